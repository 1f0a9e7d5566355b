package io.longwatch.formats.evtx;

/**
 * Caps the work of expanding one record. Templates can reference the same substitution many
 * times and BinXML values can nest, so a few kilobytes of crafted input could otherwise expand
 * to gigabytes of text. Each node visited costs 1, each value decoded or parsed 1 per 64 bytes;
 * beyond {@link #MAX} the record is reported as malformed. Real records use a few hundred.
 */
final class WorkBudget {

    static final int MAX = 1 << 17;

    private int used;

    void reset() {
        used = 0;
    }

    void node() {
        if (++used > MAX) {
            throw exceeded();
        }
    }

    void bytes(int size) {
        used += size >>> 6;
        if (used > MAX) {
            throw exceeded();
        }
    }

    private static MalformedEvtxException exceeded() {
        return new MalformedEvtxException("record expands beyond the work limit (" + MAX
                + " nodes or 64-byte blocks of values); crafted or corrupt templates");
    }
}

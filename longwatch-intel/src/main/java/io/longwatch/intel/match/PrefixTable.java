package io.longwatch.intel.match;

/**
 * Addresses and CIDR blocks of one family, one hash map per prefix length in use: a lookup masks
 * the address once per length present (a handful in real feeds) and finds every block holding it,
 * single addresses being the blocks of full length.
 */
final class PrefixTable {

    private final int bits;
    private final LongPairMap[] byLength;
    private int[] lengths = new int[0];

    PrefixTable(int bits) {
        this.bits = bits;
        this.byLength = new LongPairMap[bits + 1];
    }

    int size() {
        int n = 0;
        for (int len : lengths) {
            n += byLength[len].size();
        }
        return n;
    }

    /** The group stored for exactly this block (masked), or -1. */
    int getExact(long hi, long lo, int prefix) {
        LongPairMap m = byLength[prefix];
        return m == null ? -1 : m.get(maskHi(hi, prefix), maskLo(lo, prefix));
    }

    void put(long hi, long lo, int prefix, int group) {
        LongPairMap m = byLength[prefix];
        if (m == null) {
            m = new LongPairMap();
            byLength[prefix] = m;
            int[] grown = new int[lengths.length + 1];
            int k = 0;
            boolean placed = false;
            for (int len : lengths) {
                if (!placed && prefix > len) {
                    grown[k++] = prefix;
                    placed = true;
                }
                grown[k++] = len;
            }
            if (!placed) {
                grown[k] = prefix;
            }
            lengths = grown;
        }
        m.put(maskHi(hi, prefix), maskLo(lo, prefix), group);
    }

    /** Adds every group whose block holds the address to {@code out}, longest prefix first. */
    void lookup(long hi, long lo, Hits out, int field, String value, int from, int to) {
        for (int len : lengths) {
            int g = byLength[len].get(maskHi(hi, len), maskLo(lo, len));
            if (g >= 0) {
                out.add(g, field, value, from, to);
            }
        }
    }

    private long maskHi(long hi, int prefix) {
        if (bits == 32) {
            return 0;
        }
        if (prefix >= 64) {
            return hi;
        }
        return prefix == 0 ? 0 : hi & (-1L << (64 - prefix));
    }

    private long maskLo(long lo, int prefix) {
        if (bits == 32) {
            return prefix == 0 ? 0 : lo & (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        }
        if (prefix <= 64) {
            return 0;
        }
        return prefix == 128 ? lo : lo & (-1L << (128 - prefix));
    }
}

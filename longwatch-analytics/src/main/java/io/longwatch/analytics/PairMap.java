package io.longwatch.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs by (source key, destination key): open addressing over one array of references, the keys
 * living in the pairs themselves, so a map entry costs a few bytes however many pairs there are.
 */
final class PairMap {

    private PairState[] slots = new PairState[64];
    private int size;

    private static int slot(long src, long dst, int mask) {
        return LongSet.mix(src * 0x9E3779B97F4A7C15L + dst) & mask;
    }

    PairState get(long src, long dst) {
        int mask = slots.length - 1;
        for (int i = slot(src, dst, mask);; i = (i + 1) & mask) {
            PairState p = slots[i];
            if (p == null || (p.src == src && p.dst == dst)) {
                return p;
            }
        }
    }

    void add(PairState p) {
        if ((size + 1) * 4 > slots.length * 3) {
            PairState[] old = slots;
            slots = new PairState[old.length * 2];
            size = 0;
            for (PairState q : old) {
                if (q != null) {
                    add(q);
                }
            }
        }
        int mask = slots.length - 1;
        int i = slot(p.src, p.dst, mask);
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = p;
        size++;
    }

    int size() {
        return size;
    }

    /** The pairs, in slot order. */
    List<PairState> values() {
        List<PairState> out = new ArrayList<>(size);
        for (PairState p : slots) {
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }
}

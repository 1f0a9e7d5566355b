package io.longwatch.analytics;

/**
 * An open-addressing set of longs (no boxing), for distinct targets and subdomain hashes. The value
 * {@link Long#MIN_VALUE} is reserved as the empty marker and silently mapped to {@code MIN_VALUE + 1}.
 */
final class LongSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots;
    private int size;

    LongSet() {
        this(2);
    }

    /** A set sized for {@code expected} values (at least 4 slots; most sources hit few targets). */
    LongSet(int expected) {
        int cap = 4;
        while (cap * 3 < expected * 4 + 4) {
            cap <<= 1;
        }
        slots = new long[cap];
        java.util.Arrays.fill(slots, EMPTY);
    }

    /** Adds the value; true when it was not there. */
    boolean add(long v) {
        if (v == EMPTY) {
            v = EMPTY + 1;
        }
        if ((size + 1) * 4 > slots.length * 3) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(v) & mask;
        while (true) {
            long s = slots[i];
            if (s == EMPTY) {
                slots[i] = v;
                size++;
                return true;
            }
            if (s == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    boolean contains(long v) {
        if (v == EMPTY) {
            v = EMPTY + 1;
        }
        int mask = slots.length - 1;
        int i = mix(v) & mask;
        while (true) {
            long s = slots[i];
            if (s == EMPTY) {
                return false;
            }
            if (s == v) {
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    /** The values in slot order; callers sort when order matters. */
    long[] toArray() {
        long[] out = new long[size];
        int k = 0;
        for (long s : slots) {
            if (s != EMPTY) {
                out[k++] = s;
            }
        }
        return out;
    }

    void addAll(LongSet other) {
        for (long s : other.slots) {
            if (s != EMPTY) {
                add(s);
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        java.util.Arrays.fill(slots, EMPTY);
        size = 0;
        for (long s : old) {
            if (s != EMPTY) {
                add(s);
            }
        }
    }

    static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** 64-bit FNV-1a hash of a string, for remembering distinct names compactly. */
    static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}

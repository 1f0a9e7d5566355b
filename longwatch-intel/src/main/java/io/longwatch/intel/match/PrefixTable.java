package io.longwatch.intel.match;

/**
 * Addresses and CIDR blocks of one family, one hash map per prefix length in use: a lookup masks
 * the address once per length present (a handful in real feeds) and finds every block holding it,
 * single addresses being the blocks of full length.
 */
final class PrefixTable {

    /** IPv4 blocks of at least this length are also marked in the per-/24 bitmap. */
    private static final int BITMAP_MIN_PREFIX = 8;

    private final int bits;
    private final LongPairMap[] byLength;
    private int[] lengths = new int[0];
    /**
     * IPv4 only: one bit per /24 network, set when some block of length >= 8 covers part of it, so an
     * address no indicator is near costs one bit test instead of a probe per prefix length.
     */
    private final long[] slash24;
    private int[] shortLengths = new int[0];

    PrefixTable(int bits) {
        this.bits = bits;
        this.byLength = new LongPairMap[bits + 1];
        this.slash24 = bits == 32 ? new long[1 << 18] : null;
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
        if (slash24 != null) {
            if (prefix >= BITMAP_MIN_PREFIX) {
                long first = maskLo(lo, prefix) >>> 8;
                long count = prefix >= 24 ? 1 : 1L << (24 - prefix);
                for (long n = first; n < first + count; n++) {
                    slash24[(int) (n >>> 6)] |= 1L << (n & 63);
                }
            } else if (!contains(shortLengths, prefix)) {
                shortLengths = java.util.Arrays.copyOf(shortLengths, shortLengths.length + 1);
                shortLengths[shortLengths.length - 1] = prefix;
            }
        }
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** Adds every group whose block holds the address to {@code out}, longest prefix first. */
    void lookup(long hi, long lo, Hits out, int field, String value, int from, int to) {
        int[] probe = lengths;
        if (slash24 != null) {
            long n = lo >>> 8;
            if ((slash24[(int) (n >>> 6)] & (1L << (n & 63))) == 0) {
                probe = shortLengths; // nothing of length >= 8 near this address
            }
        }
        for (int len : probe) {
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

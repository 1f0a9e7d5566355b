package io.longwatch.analytics;

import java.util.Arrays;

/**
 * A pair's connections as packed longs (time in ticks since the pair's base, bytes sent), growing
 * on demand up to a cap. Packing keeps 8 bytes per connection and lets one {@code Arrays.sort} order
 * by time. {@link PairState} extends it so a pair and its samples are one object (millions of pairs).
 */
class Samples {

    /** Resolution of stored times: 100 ms, so an int offset covers about 6.8 years. */
    static final int TICKS_PER_SECOND = 10;
    static final long MICROS_PER_TICK = 1_000_000L / TICKS_PER_SECOND;

    private static final long[] NONE = new long[0];

    /** Most pairs see one or two connections: the array starts empty and grows on demand. */
    long[] data = NONE;
    int size;

    static long pack(long ticks, int bytes) {
        return (ticks << 32) | (bytes & 0xffffffffL);
    }

    static long time(long packed) {
        return packed >> 32;
    }

    static int size(long packed) {
        return (int) packed;
    }

    void add(long packed) {
        if (size == data.length) {
            data = Arrays.copyOf(data, Math.max(2, size * 2));
        }
        data[size++] = packed;
    }

    void sort() {
        Arrays.sort(data, 0, size);
    }

    /** Drops samples {@code [0, k)}; the rest move to the front. */
    void dropFirst(int k) {
        System.arraycopy(data, k, data, 0, size - k);
        size -= k;
        if (data.length > 64 && size < data.length / 4) {
            data = Arrays.copyOf(data, Math.max(4, size * 2));
        }
    }

    /** Appends another pair's samples, re-based by {@code shiftTicks}. */
    void addAll(Samples other, long shiftTicks) {
        if (size + other.size > data.length) {
            data = Arrays.copyOf(data, size + other.size);
        }
        for (int i = 0; i < other.size; i++) {
            long p = other.data[i];
            data[size++] = pack(time(p) + shiftTicks, size(p));
        }
    }
}

package io.longwatch.intel.match;

import java.util.Arrays;

/**
 * An open-addressing map from a 128-bit key (two longs) to a non-negative int, so that address
 * lookups on the hot path neither box nor allocate. Built once, then read-only.
 */
final class LongPairMap {

    private static final int EMPTY = -1;

    private long[] his;
    private long[] los;
    private int[] values;
    private int size;

    LongPairMap() {
        allocate(16);
    }

    int size() {
        return size;
    }

    /** The value for the key, or -1. */
    int get(long hi, long lo) {
        int mask = values.length - 1;
        for (int i = slot(hi, lo, mask); ; i = (i + 1) & mask) {
            int v = values[i];
            if (v == EMPTY) {
                return -1;
            }
            if (his[i] == hi && los[i] == lo) {
                return v;
            }
        }
    }

    /** Stores the value for the key, replacing any earlier one. */
    void put(long hi, long lo, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value");
        }
        if ((size + 1) * 2 > values.length) {
            grow();
        }
        int mask = values.length - 1;
        for (int i = slot(hi, lo, mask); ; i = (i + 1) & mask) {
            if (values[i] == EMPTY) {
                his[i] = hi;
                los[i] = lo;
                values[i] = value;
                size++;
                return;
            }
            if (his[i] == hi && los[i] == lo) {
                values[i] = value;
                return;
            }
        }
    }

    private void grow() {
        long[] oldHi = his;
        long[] oldLo = los;
        int[] oldValues = values;
        allocate(oldValues.length * 2);
        size = 0;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != EMPTY) {
                put(oldHi[i], oldLo[i], oldValues[i]);
            }
        }
    }

    private void allocate(int capacity) {
        his = new long[capacity];
        los = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, EMPTY);
    }

    private static int slot(long hi, long lo, int mask) {
        long h = hi * 0x9E3779B97F4A7C15L ^ lo * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        return (int) (h ^ (h >>> 29)) & mask;
    }
}

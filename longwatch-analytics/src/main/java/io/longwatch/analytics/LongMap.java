package io.longwatch.analytics;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to objects, so per-event lookups of a (source, destination)
 * pair need no boxing. Keys equal to {@link Long#MIN_VALUE} are not allowed.
 */
final class LongMap<V> {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private Object[] values;
    private int size;

    LongMap() {
        keys = new long[64];
        values = new Object[64];
        Arrays.fill(keys, EMPTY);
    }

    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        int i = LongSet.mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return (V) values[i];
            }
            if (k == EMPTY) {
                return null;
            }
            i = (i + 1) & mask;
        }
    }

    void put(long key, V value) {
        if ((size + 1) * 4 > keys.length * 3) {
            grow();
        }
        int mask = keys.length - 1;
        int i = LongSet.mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    int size() {
        return size;
    }

    /** Calls {@code action} for every entry, in slot order. */
    @SuppressWarnings("unchecked")
    void forEach(Entry<V> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                action.accept(keys[i], (V) values[i]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], (V) oldValues[i]);
            }
        }
    }

    /** Receives one entry. */
    @FunctionalInterface
    interface Entry<V> {
        void accept(long key, V value);
    }
}

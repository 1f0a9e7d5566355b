package io.longwatch.formats.evtx;

import java.util.Arrays;

/**
 * A small open-addressing map from chunk offsets to cached objects (names, compiled templates).
 * A chunk holds a few dozen of each, so this stays tiny and is cleared cheaply for every chunk,
 * where arrays indexed by offset would cost a megabyte per reader.
 */
final class OffsetCache {

    private int[] keys = new int[64];
    private Object[] values = new Object[64];
    private int size;

    OffsetCache() {
        Arrays.fill(keys, -1);
    }

    Object get(int offset) {
        int mask = keys.length - 1;
        for (int i = mix(offset) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == offset) {
                return values[i];
            }
            if (k == -1) {
                return null;
            }
        }
    }

    void put(int offset, Object value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = mix(offset) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == offset) {
                values[i] = value;
                return;
            }
            if (keys[i] == -1) {
                keys[i] = offset;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    void clear() {
        if (size > 0) {
            Arrays.fill(keys, -1);
            Arrays.fill(values, null);
            size = 0;
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        Arrays.fill(keys, -1);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != -1) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(int offset) {
        return offset * 0x9E3779B1 >>> 7;
    }
}

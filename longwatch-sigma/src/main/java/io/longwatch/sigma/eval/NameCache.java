package io.longwatch.sigma.eval;

/**
 * Per-thread memo of facts about event field names (an int per name), so that starting an event
 * costs one probe of a small open-addressing table per field instead of a hash-map lookup and a
 * scan of the name. Names come interned from readers, so the probe compares references first.
 * Bounded: hostile input with endless distinct names stops being cached (answers stay right).
 */
final class NameCache {

    /** Returned by {@link #get} for a name not cached. */
    static final int MISSING = Integer.MIN_VALUE;
    private static final int MAX_NAMES = 1 << 14;

    private String[] keys = new String[256];
    private int[] values = new int[256];
    private int size;

    int get(String name) {
        String[] k = keys;
        int mask = k.length - 1;
        for (int i = mix(name.hashCode()) & mask; ; i = (i + 1) & mask) {
            String x = k[i];
            if (x == name) {
                return values[i];
            }
            if (x == null) {
                return MISSING;
            }
            if (x.equals(name)) {
                return values[i];
            }
        }
    }

    void put(String name, int value) {
        if (size >= MAX_NAMES) {
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            rehash();
        }
        insert(keys, values, name, value);
        size++;
    }

    private static void insert(String[] k, int[] v, String name, int value) {
        int mask = k.length - 1;
        int i = mix(name.hashCode()) & mask;
        while (k[i] != null) {
            i = (i + 1) & mask;
        }
        k[i] = name;
        v[i] = value;
    }

    private void rehash() {
        String[] nk = new String[keys.length * 2];
        int[] nv = new int[nk.length];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                insert(nk, nv, keys[i], values[i]);
            }
        }
        keys = nk;
        values = nv;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }
}

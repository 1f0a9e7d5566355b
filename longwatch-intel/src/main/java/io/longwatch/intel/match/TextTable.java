package io.longwatch.intel.match;

import java.util.Arrays;

/**
 * An open-addressing map from lower-case text keys to non-negative ints whose lookups take a region
 * of any string and compare it ignoring case, so walking the label suffixes of a domain or picking
 * the file name out of a path allocates nothing. Built once, then read-only.
 */
final class TextTable {

    private String[] keys;
    private int[] hashes;
    private int[] values;
    private int size;

    TextTable() {
        allocate(16);
    }

    int size() {
        return size;
    }

    /** The value stored for {@code text[from, to)} compared case-insensitively, or -1. */
    int get(String text, int from, int to) {
        if (size == 0) {
            return -1;
        }
        int h = hash(text, from, to);
        int mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (hashes[i] == h && sameIgnoringCase(k, text, from, to)) {
                return values[i];
            }
        }
    }

    int get(String text) {
        return get(text, 0, text.length());
    }

    /** Stores the value for the key (folded to lower case here, the way lookups fold). */
    void put(String key, int value) {
        String lowerKey = foldAll(key);
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int h = hash(lowerKey, 0, lowerKey.length());
        int mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                keys[i] = lowerKey;
                hashes[i] = h;
                values[i] = value;
                size++;
                return;
            }
            if (hashes[i] == h && k.equals(lowerKey)) {
                values[i] = value;
                return;
            }
        }
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void allocate(int capacity) {
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        Arrays.fill(values, -1);
    }

    static String foldAll(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = fold(c);
            if (f != c && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(f);
            }
        }
        return sb == null ? s : sb.toString();
    }

    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + fold(s.charAt(i));
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }

    private static boolean sameIgnoringCase(String lowerKey, String s, int from, int to) {
        if (lowerKey.length() != to - from) {
            return false;
        }
        for (int i = 0; i < lowerKey.length(); i++) {
            if (lowerKey.charAt(i) != fold(s.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }
}

package io.longwatch.formats.json;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;

/**
 * One source path seen in records (e.g. {@code Event.System.EventID}), with what every layout
 * makes of it, worked out once per reader: the canonical name, whether to emit it, whether it
 * holds the time or host. Records then only follow references; no per-field string building.
 */
final class PathNode {

    final PathNode parent;
    final String[] keys;
    /** Dotted path, interned. */
    final String path;
    /** Per layout: interned canonical name, or null when the layout drops the path. */
    final String[] canonical;
    /** Per layout: whether the value goes into the event. */
    final boolean[] emit;
    /** Per layout: rank in the layout's time fields, or -1. */
    final byte[] timeRank;
    /** Per layout: rank in the layout's host fields, or -1. */
    final byte[] hostRank;
    /** Per layout: whether this is the record id (EventRecordID). */
    final boolean[] recordId;
    /** Bit i set when this path is one of the detect paths of layout i. */
    final long detectBits;
    /** The key under the parent (interned). */
    final String key;
    /**
     * The key's UTF-8 bytes as they appear in JSON written plainly, for the byte walker to
     * compare in place; null when the key cannot be written without escapes (a quote,
     * backslash or control character, or a lone surrogate), so that no plain byte run can match it.
     */
    final byte[] keyBytes;
    /**
     * Per layout: whether another path maps to the same canonical name (e.g. {@code EventID}
     * and {@code EventID.#text}); only then must assembly check for a field already set.
     */
    final boolean[] mayCollide;
    /** Number of the last record this path was seen in; a repeat within a record means a duplicate key. */
    long lastRecord = -1;
    /** Whether some layout needs the value decoded. */
    final boolean decode;

    private HashMap<String, PathNode> children;
    /**
     * Guesses for the walk: records of one source mostly repeat the same key order, so the key
     * after this one (and the first key inside this object) is usually the one seen last time.
     * A reference comparison then replaces the hash lookup.
     */
    PathNode nextSiblingGuess;
    PathNode firstChildGuess;

    PathNode(PathNode parent, String[] keys, String path, String[] canonical, boolean[] emit,
             byte[] timeRank, byte[] hostRank, boolean[] recordId, long detectBits) {
        this.parent = parent;
        this.keys = keys;
        this.key = keys.length == 0 ? "" : keys[keys.length - 1];
        this.keyBytes = plainBytes(key);
        this.path = path;
        this.canonical = canonical;
        this.emit = emit;
        this.timeRank = timeRank;
        this.hostRank = hostRank;
        this.recordId = recordId;
        this.detectBits = detectBits;
        this.mayCollide = new boolean[emit.length];
        boolean d = false;
        for (int i = 0; i < emit.length; i++) {
            d |= emit[i] || timeRank[i] >= 0 || hostRank[i] >= 0 || recordId[i];
        }
        this.decode = d;
    }

    private static byte[] plainBytes(String key) {
        int n = key.length();
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < ' ' || c == '"' || c == '\\') {
                return null;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == n || !Character.isLowSurrogate(key.charAt(i + 1))) {
                    return null; // a lone surrogate: UTF-8 cannot carry it
                }
                i++;
            }
        }
        return key.getBytes(StandardCharsets.UTF_8);
    }

    PathNode cachedChild(String key) {
        return children == null ? null : children.get(key);
    }

    void cacheChild(String key, PathNode child) {
        if (children == null) {
            children = new HashMap<>();
        }
        children.put(key, child);
    }
}

package io.longwatch.formats.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    /** The cached children with plain keys, by key bytes (see {@link #plainChild}). */
    private PathNode[] plainChildren;
    private int plainCount;
    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
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

    /** The guessed key after {@code prev} inside this object (the first key when {@code prev} is null). */
    PathNode guessAfter(PathNode prev) {
        return prev == null ? firstChildGuess : prev.nextSiblingGuess;
    }

    /** Remembers that {@code node} followed {@code prev} inside this object, as the next guess. */
    void learnAfter(PathNode prev, PathNode node) {
        if (prev == null) {
            firstChildGuess = node;
        } else {
            prev.nextSiblingGuess = node;
        }
    }

    PathNode cachedChild(String key) {
        return children == null ? null : children.get(key);
    }

    void cacheChild(String key, PathNode child) {
        if (children == null) {
            children = new HashMap<>();
        }
        children.put(key, child);
        if (child.keyBytes != null) {
            addPlainChild(child);
        }
    }

    /**
     * The cached child whose key is written plainly as {@code b[off, off+len)}, or null: the
     * byte walker's lookup when the guess missed, with no String built. Open addressing over
     * the children's {@link #keyBytes}.
     */
    PathNode plainChild(byte[] b, int off, int len) {
        PathNode[] table = plainChildren;
        if (table == null) {
            return null;
        }
        int mask = table.length - 1;
        for (int i = hash(b, off, len) & mask; ; i = (i + 1) & mask) {
            PathNode n = table[i];
            if (n == null) {
                return null;
            }
            byte[] k = n.keyBytes;
            if (k.length == len && Arrays.equals(k, 0, len, b, off, off + len)) {
                return n;
            }
        }
    }

    private void addPlainChild(PathNode child) {
        if (plainChildren == null || (plainCount + 1) * 2 > plainChildren.length) {
            PathNode[] old = plainChildren;
            plainChildren = new PathNode[old == null ? 8 : old.length * 2];
            plainCount = 0;
            if (old != null) {
                for (PathNode n : old) {
                    if (n != null) {
                        addPlainChild(n);
                    }
                }
            }
        }
        int mask = plainChildren.length - 1;
        int i = hash(child.keyBytes, 0, child.keyBytes.length) & mask;
        while (plainChildren[i] != null) {
            i = (i + 1) & mask;
        }
        plainChildren[i] = child;
        plainCount++;
    }

    /** A cheap hash of a key's bytes: its length and up to its first and last eight bytes. */
    private static int hash(byte[] b, int off, int len) {
        long h = len;
        if (len >= 8) {
            h = h * 31 + (long) LONGS.get(b, off);
            h = h * 31 + (long) LONGS.get(b, off + len - 8);
        } else {
            for (int i = 0; i < len; i++) {
                h = h * 31 + b[off + i];
            }
        }
        h *= 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}

package io.longwatch.formats.zeek;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The header state of the block being read: Zeek writes {@code #separator} first, then
 * {@code #set_separator}, {@code #empty_field}, {@code #unset_field}, {@code #path},
 * {@code #open}, {@code #fields}, {@code #types}; data lines follow; {@code #close} may end the
 * block. A later {@code #separator} starts a new block (concatenated or appended logs), so the
 * state is reset to Zeek's defaults there.
 */
final class ZeekHeader {

    /** What a header line changed. */
    enum Change { NONE, BLOCK_START, COLUMNS, OTHER }

    private static final byte[] TAB = {'\t'};
    private static final byte[] COMMA = {','};
    private static final byte[] EMPTY = "(empty)".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UNSET = {'-'};

    byte[] separator = TAB;
    byte[] setSeparator = COMMA;
    byte[] emptyField = EMPTY;
    byte[] unsetField = UNSET;
    /** {@code #path}, interned; null until seen. */
    String path;
    /** {@code #fields}, interned; null until seen. */
    String[] fields;
    /** {@code #types}, parallel to fields when present; null until seen. */
    String[] types;

    void reset() {
        separator = TAB;
        setSeparator = COMMA;
        emptyField = EMPTY;
        unsetField = UNSET;
        path = null;
        fields = null;
        types = null;
    }

    /**
     * Applies the header line {@code b[from, to)} (which starts with {@code #}).
     * Unknown directives (and plain comments) change nothing.
     */
    Change apply(byte[] b, int from, int to) {
        if (startsWith(b, from, to, "#separator ")) {
            reset();
            byte[] sep = ZeekEscapes.unescapeBytes(b, from + "#separator ".length(), to);
            separator = sep.length == 0 ? TAB : sep;
            return Change.BLOCK_START;
        }
        int nameEnd = indexOf(b, from, to, separator);
        if (nameEnd < 0) {
            return Change.NONE;
        }
        String name = new String(b, from + 1, nameEnd - from - 1, StandardCharsets.UTF_8);
        int valueFrom = nameEnd + separator.length;
        switch (name) {
            case "set_separator" -> setSeparator = nonEmpty(ZeekEscapes.unescapeBytes(b, valueFrom, to), COMMA);
            case "empty_field" -> emptyField = ZeekEscapes.unescapeBytes(b, valueFrom, to);
            case "unset_field" -> unsetField = ZeekEscapes.unescapeBytes(b, valueFrom, to);
            case "path" -> path = ZeekEscapes.unescape(b, valueFrom, to).intern();
            case "fields" -> {
                fields = split(b, valueFrom, to);
                return Change.COLUMNS;
            }
            case "types" -> {
                types = split(b, valueFrom, to);
                return Change.COLUMNS;
            }
            default -> {
                return Change.NONE;
            }
        }
        return Change.OTHER;
    }

    private String[] split(byte[] b, int from, int to) {
        List<String> out = new ArrayList<>();
        int at = from;
        while (true) {
            int next = indexOf(b, at, to, separator);
            int end = next < 0 ? to : next;
            out.add(ZeekEscapes.unescape(b, at, end).intern());
            if (next < 0) {
                return out.toArray(new String[0]);
            }
            at = next + separator.length;
        }
    }

    private static byte[] nonEmpty(byte[] value, byte[] fallback) {
        return value.length == 0 ? fallback : value;
    }

    static boolean startsWith(byte[] b, int from, int to, String prefix) {
        int n = prefix.length();
        if (to - from < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** First index of {@code needle} in {@code b[from, to)}, or -1. */
    static int indexOf(byte[] b, int from, int to, byte[] needle) {
        byte first = needle[0];
        int last = to - needle.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (b[i] != first) {
                continue;
            }
            for (int k = 1; k < needle.length; k++) {
                if (b[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

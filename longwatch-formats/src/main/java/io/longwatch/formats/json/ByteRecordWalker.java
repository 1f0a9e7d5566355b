package io.longwatch.formats.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fast path of {@link RecordDecoder}: walks one JSON object straight from its bytes and
 * feeds the decoder exactly what the Jackson walk would (the same path nodes, found through
 * the same guesses, the same values, the same detect bits).
 *
 * <p>It only answers when it is sure to give Jackson's answer: any input it does not handle
 * exactly as Jackson does (malformed JSON of any kind, raw control characters in strings,
 * UTF-8 that is invalid or that Jackson would decode leniently, deep nesting, over-long
 * numbers, names or strings) makes {@link #walk} return false, and the decoder then parses the
 * record with Jackson, whose error messages and places stay the reference. Giving up is
 * signalled by a negative position ({@link #FAIL}), never by an exception.
 *
 * <p>Not thread-safe; one per decoder.
 */
final class ByteRecordWalker {

    /** Returned instead of a position when the walker gives up on the record. */
    private static final int FAIL = -1;
    /** The char each one-letter JSON escape stands for, by the byte after the backslash; -1 for others. */
    private static final byte[] ESCAPED = new byte[128];

    static {
        Arrays.fill(ESCAPED, (byte) -1);
        ESCAPED['"'] = '"';
        ESCAPED['\\'] = '\\';
        ESCAPED['/'] = '/';
        ESCAPED['b'] = '\b';
        ESCAPED['f'] = '\f';
        ESCAPED['n'] = '\n';
        ESCAPED['r'] = '\r';
        ESCAPED['t'] = '\t';
    }

    /** From {@link #escapedLatin}: not decoded there; the general decoder must take the string. */
    private static final int GENERAL = -2;
    /** Deepest nesting handled (Jackson allows 1000); deeper records go to Jackson. */
    private static final int MAX_DEPTH = 200;
    /** Longest number handled, in bytes (Jackson rejects more than 1000 digits). */
    private static final int MAX_NUMBER_BYTES = 500;
    /** Longest key handled, in bytes (Jackson's name limit is 50,000). */
    private static final int MAX_KEY_BYTES = 10_000;
    /** Longest string handled, in bytes (Jackson's string limit is 20,000,000 chars). */
    private static final int MAX_STRING_BYTES = 10_000_000;

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long SPACES = ONES * ' ';
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private final PathTree tree;
    private final RecordDecoder out;

    /** The record being walked: {@code b[.., end)}. */
    private byte[] b;
    private int end;
    /** Line breaks passed so far, counted as Jackson counts them ({@code \r\n} is one). */
    private int lines;
    private long detectMask;
    /** The last string decoded by {@link #string}. */
    private String text;
    /** Scratch for strings with escapes: Latin-1 bytes while every char fits, else chars. */
    private byte[] latinScratch = new byte[1024];
    private char[] charScratch = new char[1024];
    /** Length of the text {@link #escapedLatin} left in {@link #latinScratch}. */
    private int latinLength;
    /** The node of the key read last by {@link #otherKey}. */
    private PathNode found;

    ByteRecordWalker(PathTree tree, RecordDecoder out) {
        this.tree = tree;
        this.out = out;
    }

    /**
     * Walks the object at the start of {@code buf[off, off+len)}, feeding the decoder.
     *
     * @return the bytes the object took (from its brace to just after the closing one), or a
     *         negative number when the record must be decoded by Jackson instead (the decoder
     *         then discards whatever was fed)
     */
    int walk(byte[] buf, int off, int len) {
        if (len <= 0 || buf[off] != '{') {
            return FAIL;
        }
        b = buf;
        end = off + len;
        lines = 0;
        detectMask = 0L;
        int p = object(off + 1, tree.root(), 1);
        b = null;
        text = null;
        return p < 0 ? FAIL : p - off;
    }

    /** Line breaks inside the record last walked. */
    int extraLines() {
        return lines;
    }

    /** OR of the detect bits of every path seen. */
    long detectMask() {
        return detectMask;
    }

    /**
     * An object's members, {@code p} just after its brace; returns the position after the
     * closing brace. With a null {@code parent} (an object inside an array) it is only validated.
     */
    private int object(int p, PathNode parent, int depth) {
        if (depth > MAX_DEPTH) {
            return FAIL;
        }
        p = ws(p);
        if (p < 0) {
            return FAIL;
        }
        if (b[p] == '}') {
            return p + 1;
        }
        PathNode prev = null;
        while (true) {
            if (b[p] != '"') {
                return FAIL;
            }
            p++;
            PathNode node = null;
            if (parent == null) {
                p = string(p, false, true);
            } else {
                PathNode guess = parent.guessAfter(prev);
                int afterKey = guess == null ? FAIL : matchKey(p, guess.keyBytes);
                if (afterKey >= 0) {
                    node = guess;
                    p = afterKey;
                } else {
                    p = otherKey(p, parent);
                    if (p < 0) {
                        return FAIL;
                    }
                    node = found;
                    parent.learnAfter(prev, node);
                }
                prev = node;
                detectMask |= node.detectBits;
            }
            p = ws(p);
            if (p < 0 || b[p] != ':') {
                return FAIL;
            }
            p = ws(p + 1);
            if (p < 0) {
                return FAIL;
            }
            p = ws(node == null ? skipValue(p, depth) : member(p, node, depth));
            if (p < 0) {
                return FAIL;
            }
            byte c = b[p];
            if (c == '}') {
                return p + 1;
            }
            if (c != ',') {
                return FAIL;
            }
            p = ws(p + 1);
            if (p < 0) {
                return FAIL;
            }
        }
    }

    /**
     * A key that is not the guessed one, at {@code p} (just after its opening quote): leaves its
     * node under {@code parent} in {@link #found}; returns the position after its closing
     * quote. A plain key already seen is looked up by its bytes, without building a String.
     */
    private int otherKey(int p, PathNode parent) {
        int q = plainRun(p);
        if (q < end && b[q] == '"' && q - p <= MAX_KEY_BYTES) {
            PathNode node = parent.plainChild(b, p, q - p);
            if (node == null) {
                node = tree.child(parent, new String(b, p, q - p, StandardCharsets.ISO_8859_1).intern());
            }
            found = node;
            return q + 1;
        }
        p = string(p, true, true);
        if (p < 0) {
            return FAIL;
        }
        PathNode node = parent.cachedChild(text);
        found = node != null ? node : tree.child(parent, text.intern());
        return p;
    }

    /**
     * Whether the key at {@code p} (just after its opening quote) is {@code key} written
     * plainly; returns the position after its closing quote, or {@link #FAIL}.
     */
    private int matchKey(int p, byte[] key) {
        if (key == null) {
            return FAIL;
        }
        int n = key.length;
        int close = p + n;
        if (close >= end || b[close] != '"') {
            return FAIL;
        }
        if (n >= 8) {
            // First and last eight bytes as two words; only longer keys need the middle compared.
            if ((long) LONGS.get(b, p) != (long) LONGS.get(key, 0)
                    || (long) LONGS.get(b, close - 8) != (long) LONGS.get(key, n - 8)
                    || n > 16 && !Arrays.equals(b, p + 8, close - 8, key, 8, n - 8)) {
                return FAIL;
            }
        } else {
            for (int i = 0; i < n; i++) {
                if (b[p + i] != key[i]) {
                    return FAIL;
                }
            }
        }
        return close + 1;
    }

    /** The value of {@code node} at {@code p}; returns the position after it. */
    private int member(int p, PathNode node, int depth) {
        boolean need = node.decode;
        byte c = b[p];
        switch (c) {
            case '"' -> {
                p = string(p + 1, need, false);
                if (p >= 0 && need) {
                    out.add(node, text);
                }
                return p;
            }
            case '{' -> {
                return object(p + 1, node, depth + 1);
            }
            case '[' -> {
                return need ? array(p, node, depth + 1) : skipArray(p + 1, depth + 1);
            }
            case 't' -> {
                p = literal(p, TRUE);
                if (p >= 0 && need) {
                    out.add(node, "true");
                }
                return p;
            }
            case 'f' -> {
                p = literal(p, FALSE);
                if (p >= 0 && need) {
                    out.add(node, "false");
                }
                return p;
            }
            case 'n' -> {
                p = literal(p, NULL);
                if (p >= 0 && need) {
                    out.add(node, null);
                }
                return p;
            }
            default -> {
                int q = number(p);
                if (q >= 0 && need) {
                    out.add(node, new String(b, p, q - p, StandardCharsets.ISO_8859_1));
                }
                return q;
            }
        }
    }

    /**
     * An array the node needs, {@code p} at its bracket: scalars become a list of their text
     * (nulls kept); an array holding objects or arrays becomes its JSON text as written.
     */
    private int array(int p, PathNode node, int depth) {
        if (depth > MAX_DEPTH) {
            return FAIL;
        }
        int start = p;
        List<String> items = new ArrayList<>();
        boolean complex = false;
        p = ws(p + 1);
        if (p < 0) {
            return FAIL;
        }
        if (b[p] != ']') {
            while (true) {
                byte c = b[p];
                switch (c) {
                    case '{' -> {
                        complex = true;
                        p = object(p + 1, null, depth + 1);
                    }
                    case '[' -> {
                        complex = true;
                        p = skipArray(p + 1, depth + 1);
                    }
                    case '"' -> {
                        // Once the array is known to be kept as text its strings need no decoding.
                        p = string(p + 1, !complex, false);
                        if (!complex) {
                            items.add(text);
                        }
                    }
                    case 't' -> {
                        p = literal(p, TRUE);
                        items.add("true");
                    }
                    case 'f' -> {
                        p = literal(p, FALSE);
                        items.add("false");
                    }
                    case 'n' -> {
                        p = literal(p, NULL);
                        items.add(null);
                    }
                    default -> {
                        int q = number(p);
                        if (q >= 0 && !complex) {
                            items.add(new String(b, p, q - p, StandardCharsets.ISO_8859_1));
                        }
                        p = q;
                    }
                }
                p = afterElement(p);
                if (p < 0) {
                    return FAIL;
                }
                if (b[p] == ']') {
                    break;
                }
                p = ws(p + 1);
                if (p < 0) {
                    return FAIL;
                }
            }
        }
        p++;
        if (complex) {
            out.add(node, new String(b, start, p - start, StandardCharsets.UTF_8));
        } else {
            out.add(node, items);
        }
        return p;
    }

    /** After an array element: the position of the {@code ,} or {@code ]} that follows, or FAIL. */
    private int afterElement(int p) {
        if (p < 0) {
            return FAIL;
        }
        p = ws(p);
        if (p < 0) {
            return FAIL;
        }
        byte c = b[p];
        return c == ',' || c == ']' ? p : FAIL;
    }

    /** Validates an array nobody needs, {@code p} just after its bracket. */
    private int skipArray(int p, int depth) {
        if (depth > MAX_DEPTH) {
            return FAIL;
        }
        p = ws(p);
        if (p < 0) {
            return FAIL;
        }
        if (b[p] == ']') {
            return p + 1;
        }
        while (true) {
            p = afterElement(skipValue(p, depth));
            if (p < 0) {
                return FAIL;
            }
            if (b[p] == ']') {
                return p + 1;
            }
            p = ws(p + 1);
            if (p < 0) {
                return FAIL;
            }
        }
    }

    /** Validates any value at {@code p}; returns the position after it. */
    private int skipValue(int p, int depth) {
        return switch (b[p]) {
            case '"' -> string(p + 1, false, false);
            case '{' -> object(p + 1, null, depth + 1);
            case '[' -> skipArray(p + 1, depth + 1);
            case 't' -> literal(p, TRUE);
            case 'f' -> literal(p, FALSE);
            case 'n' -> literal(p, NULL);
            default -> number(p);
        };
    }

    /**
     * The literal {@code word} at {@code p}, followed by whitespace or a delimiter (Jackson
     * rejects {@code truex}); returns the position after it.
     */
    private int literal(int p, byte[] word) {
        int n = word.length;
        if (p + n > end || !Arrays.equals(b, p, p + n, word, 0, n)) {
            return FAIL;
        }
        return delimited(p + n);
    }

    /** {@code p} if the byte there may follow a scalar value (whitespace, {@code , ] }}), else FAIL. */
    private int delimited(int p) {
        if (p >= end) {
            return FAIL;
        }
        byte c = b[p];
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t' ? p : FAIL;
    }

    /**
     * A number in strict JSON grammar ({@code -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?}) at
     * {@code p}, followed by a delimiter; returns the position after it. Leading zeros, a
     * bare minus, a dangling point or exponent are Jackson errors: FAIL.
     */
    private int number(int p) {
        int start = p;
        if (p < end && b[p] == '-') {
            p++;
        }
        if (p >= end) {
            return FAIL;
        }
        byte c = b[p];
        if (c == '0') {
            p++;
        } else if (c >= '1' && c <= '9') {
            p = digits(p + 1);
        } else {
            return FAIL;
        }
        if (p < end && b[p] == '.') {
            int q = digits(p + 1);
            if (q == p + 1) {
                return FAIL;
            }
            p = q;
        }
        if (p < end && (b[p] == 'e' || b[p] == 'E')) {
            p++;
            if (p < end && (b[p] == '+' || b[p] == '-')) {
                p++;
            }
            int q = digits(p);
            if (q == p) {
                return FAIL;
            }
            p = q;
        }
        if (p - start > MAX_NUMBER_BYTES) {
            return FAIL;
        }
        return delimited(p);
    }

    private int digits(int p) {
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            p++;
        }
        return p;
    }

    /** Skips JSON whitespace, counting line breaks; the position of the next token, or FAIL at the end. */
    private int ws(int p) {
        if (p < 0) {
            return FAIL;
        }
        while (p < end) {
            byte c = b[p];
            if (c > ' ') {
                return p;
            }
            if (c == ' ' || c == '\t') {
                p++;
            } else if (c == '\n') {
                lines++;
                p++;
            } else if (c == '\r') {
                lines++;
                p++;
                if (p < end && b[p] == '\n') {
                    p++;
                }
            } else {
                return FAIL; // other control characters, and any non-ASCII byte outside strings
            }
        }
        return FAIL;
    }

    /**
     * A string whose content starts at {@code p} (just after the opening quote); returns the
     * position after the closing quote. When {@code need}, the decoded value is left in
     * {@link #text}; otherwise the string is only validated. Keys follow Jackson's stricter
     * rules for names.
     */
    private int string(int p, boolean need, boolean key) {
        int maxBytes = key ? MAX_KEY_BYTES : MAX_STRING_BYTES;
        int q = plainRun(p);
        if (q >= end) {
            return FAIL;
        }
        if (q - p > maxBytes) {
            return FAIL;
        }
        if (b[q] == '"') {
            if (need) {
                text = new String(b, p, q - p, StandardCharsets.ISO_8859_1);
            }
            return q + 1;
        }
        if (need && !key) {
            int r = escapedLatin(p, q, maxBytes);
            if (r != GENERAL) {
                text = new String(latinScratch, 0, latinLength, StandardCharsets.ISO_8859_1);
                return r;
            }
        }
        return escapedOrUnicode(p, q, need, key, maxBytes);
    }

    /**
     * Index of the first byte at or after {@code p} that ends a plain ASCII run: a quote, a
     * backslash, a control character or a non-ASCII byte; {@code end} if none. Eight bytes at a
     * time: the lowest flagged byte of each test is exact (borrows only flag bytes above it).
     */
    private int plainRun(int p) {
        final byte[] buf = b;
        final int limit = end;
        for (; p + 8 <= limit; p += 8) {
            long special = specials((long) LONGS.get(buf, p));
            if (special != 0) {
                return p + (Long.numberOfTrailingZeros(special) >>> 3);
            }
        }
        for (; p < limit; p++) {
            byte c = buf[p];
            if (special(c)) {
                return p;
            }
        }
        return limit;
    }

    /**
     * The high bit of each byte of {@code x} (eight bytes, little-endian) that is a quote, a
     * backslash, a control character or non-ASCII; only the lowest flagged byte is exact
     * (borrows may flag bytes above it).
     */
    private static long specials(long x) {
        long q = x ^ QUOTES;
        long s = x ^ BACKSLASHES;
        return (((q - ONES) & ~q) | ((s - ONES) & ~s) | ((x - SPACES) & ~x) | x) & HIGHS;
    }

    /** Whether {@code c} is a byte {@link #specials} flags: one that ends a plain ASCII run. */
    private static boolean special(byte c) {
        return c == '"' || c == '\\' || c < ' ';
    }

    /**
     * The common case of {@link #escapedOrUnicode}, decoded faster: a string value whose text is
     * all Latin-1 (Windows messages, with {@code \r\n\t} every few words). {@code [p, q)} is
     * plain ASCII. Copies eight bytes at a time into {@link #latinScratch} while looking for the
     * next special byte, so a short run between two escapes costs no call. Leaves the text's
     * length in {@link #latinLength} and returns the position after the closing quote; returns
     * {@link #GENERAL} for anything else (a char above U+00FF, an error of any kind), which
     * {@link #escapedOrUnicode} then decodes, or judges, from the start.
     */
    private int escapedLatin(int p, int q, int maxBytes) {
        final byte[] src = b;
        final int limit = end;
        // Decoded text is never longer than its bytes: room for the rest of the record and one
        // word more, so the word loop needs no bound check. The scratch thus grows to the size of
        // the largest record with an escaped string, as the framer's buffer already has.
        byte[] dst = latin(limit - p + 8);
        int n = q - p;
        System.arraycopy(src, p, dst, 0, n);
        int i = q;
        while (true) {
            while (i + 8 <= limit) {
                long x = (long) LONGS.get(src, i);
                LONGS.set(dst, n, x); // bytes past the special one are overwritten later
                long special = specials(x);
                if (special != 0) {
                    int k = Long.numberOfTrailingZeros(special) >>> 3;
                    i += k;
                    n += k;
                    break;
                }
                i += 8;
                n += 8;
            }
            while (i < limit && i + 8 > limit) {
                byte c = src[i];
                if (special(c)) {
                    break;
                }
                dst[n++] = c;
                i++;
            }
            if (i >= limit || i - p > maxBytes) {
                return GENERAL;
            }
            int c = src[i];
            if (c == '"') {
                latinLength = n;
                return i + 1;
            }
            if (c == '\\') {
                if (i + 1 >= limit) {
                    return GENERAL;
                }
                int e = src[i + 1];
                int unit = e >= 0 ? ESCAPED[e] : -1;
                if (unit < 0) {
                    unit = e == 'u' ? hex4(i + 2) : -1;
                    if (unit < 0 || unit > 0xFF) {
                        return GENERAL;
                    }
                    i += 4;
                }
                dst[n++] = (byte) unit;
                i += 2;
            } else if ((c & 0xFE) == 0xC2 && i + 1 < limit && (src[i + 1] & 0xC0) == 0x80) {
                // Two-byte UTF-8 with lead C2 or C3: U+0080 to U+00FF, still Latin-1.
                dst[n++] = (byte) (((c & 0x1F) << 6) | (src[i + 1] & 0x3F));
                i += 2;
            } else {
                return GENERAL; // a raw control character, or a char beyond Latin-1
            }
        }
    }

    /**
     * The rest of a string holding escapes or non-ASCII bytes, from {@code q} on ({@code [p, q)}
     * is plain ASCII). Accepts only what Jackson decodes the same way: the JSON escapes, and
     * strictly valid UTF-8 (Jackson passes some overlong or surrogate forms that Java's decoder
     * would not). Plain runs between the special bytes are found and copied in bulk. The text
     * is built as Latin-1 bytes while every char fits (the common case: Windows paths and
     * messages with escapes), as chars from the first one that does not.
     */
    private int escapedOrUnicode(int p, int q, boolean need, boolean key, int maxBytes) {
        int start = p;
        int n = 0;
        boolean wide = false;
        int i = p;
        while (true) {
            if (q >= end || q - start > maxBytes) {
                return FAIL;
            }
            if (need) {
                int run = q - i;
                if (wide) {
                    char[] out = chars(n + run + 2);
                    for (int k = 0; k < run; k++) {
                        out[n + k] = (char) b[i + k];
                    }
                } else {
                    System.arraycopy(b, i, latin(n + run + 2), n, run);
                }
                n += run;
            }
            i = q;
            int c = b[i];
            if (c == '"') {
                break;
            }
            int unit; // the char to append, or a code point above U+FFFF
            if (c == '\\') {
                if (i + 1 >= end) {
                    return FAIL;
                }
                int e = b[i + 1];
                unit = e >= 0 ? ESCAPED[e] : -1;
                if (unit < 0) {
                    if (e != 'u') {
                        return FAIL;
                    }
                    unit = hex4(i + 2);
                    if (unit < 0) {
                        return FAIL;
                    }
                    if (key && Character.isSurrogate((char) unit)) {
                        // Jackson accepts surrogate escapes in names only as pairs (in values
                        // it keeps lone ones): take a pair, let Jackson judge anything else.
                        int low = i + 7 < end && b[i + 6] == '\\' && b[i + 7] == 'u' ? hex4(i + 8) : -1;
                        if (!Character.isHighSurrogate((char) unit) || low < 0
                                || !Character.isLowSurrogate((char) low)) {
                            return FAIL;
                        }
                        unit = Character.toCodePoint((char) unit, (char) low);
                        i += 6;
                    }
                    i += 4;
                }
                i += 2;
            } else if (c >= 0) {
                return FAIL; // a raw control character
            } else {
                unit = utf8(i);
                if (unit < 0) {
                    return FAIL;
                }
                i += utf8Length(c);
            }
            if (need) {
                if (!wide && unit > 0xFF) {
                    wide = true;
                    char[] out = chars(n + 2);
                    byte[] lat = latinScratch;
                    for (int k = 0; k < n; k++) {
                        out[k] = (char) (lat[k] & 0xFF);
                    }
                }
                if (wide) {
                    char[] out = chars(n + 2);
                    if (unit >= 0x10000) {
                        out[n++] = Character.highSurrogate(unit);
                        out[n++] = Character.lowSurrogate(unit);
                    } else {
                        out[n++] = (char) unit;
                    }
                } else {
                    latin(n + 1)[n++] = (byte) unit;
                }
            }
            // Escapes come in runs (\r\n\t in Windows messages): no scan between two of them.
            q = i < end && b[i] == '\\' ? i : plainRun(i);
        }
        if (need) {
            text = wide ? new String(charScratch, 0, n) : new String(latinScratch, 0, n, StandardCharsets.ISO_8859_1);
        }
        return i + 1;
    }

    /** The char scratch buffer, grown (keeping its content) to at least {@code size}. */
    private char[] chars(int size) {
        if (charScratch.length < size) {
            charScratch = Arrays.copyOf(charScratch, Math.max(size, charScratch.length * 2));
        }
        return charScratch;
    }

    /** The Latin-1 scratch buffer, grown (keeping its content) to at least {@code size}. */
    private byte[] latin(int size) {
        if (latinScratch.length < size) {
            latinScratch = Arrays.copyOf(latinScratch, Math.max(size, latinScratch.length * 2));
        }
        return latinScratch;
    }

    /** The four hex digits at {@code i} as a number, or -1. */
    private int hex4(int i) {
        if (i + 4 > end) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int h = Character.digit(b[i + k], 16); // -1 for every non-hex byte, negative ones too
            if (h < 0) {
                return -1;
            }
            v = (v << 4) | h;
        }
        return v;
    }

    private static int utf8Length(int lead) {
        return (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
    }

    /**
     * The code point of the strictly valid UTF-8 sequence at {@code i} (lead byte non-ASCII),
     * or -1: overlong forms, surrogates, values past U+10FFFF and truncated sequences are refused.
     */
    private int utf8(int i) {
        int c = b[i] & 0xFF;
        if (c >= 0xC2 && c <= 0xDF) {
            if (i + 1 >= end) {
                return -1;
            }
            int c1 = b[i + 1] & 0xFF;
            return (c1 & 0xC0) == 0x80 ? ((c & 0x1F) << 6) | (c1 & 0x3F) : -1;
        }
        if (c >= 0xE0 && c <= 0xEF) {
            if (i + 2 >= end) {
                return -1;
            }
            int c1 = b[i + 1] & 0xFF;
            int c2 = b[i + 2] & 0xFF;
            if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80) {
                return -1;
            }
            int cp = ((c & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F);
            return cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) ? -1 : cp;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            if (i + 3 >= end) {
                return -1;
            }
            int c1 = b[i + 1] & 0xFF;
            int c2 = b[i + 2] & 0xFF;
            int c3 = b[i + 3] & 0xFF;
            if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80) {
                return -1;
            }
            int cp = ((c & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F);
            return cp < 0x10000 || cp > 0x10FFFF ? -1 : cp;
        }
        return -1;
    }
}

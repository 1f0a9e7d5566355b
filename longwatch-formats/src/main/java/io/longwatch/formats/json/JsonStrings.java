package io.longwatch.formats.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes a JSON string literal straight from the record bytes, after the parser has read the
 * whole record (so the literal is known to be complete and well-formed). Lets the decoder leave
 * wanted strings undecoded while it walks a record and decode only those the record's interest
 * asks for. Invalid UTF-8 becomes U+FFFD. Not thread-safe (one scratch buffer per decoder).
 */
final class JsonStrings {

    private static final char REPLACEMENT = '\uFFFD';

    /** Unescaped bytes of the literal being decoded (ASCII-only literals never leave bytes). */
    private byte[] scratch = new byte[256];

    /** The string whose opening quote is at {@code b[quote]}. */
    String decode(byte[] b, int quote) {
        int start = quote + 1;
        int i = start;
        while (true) {
            byte c = b[i];
            if (c == '"') {
                return new String(b, start, i - start, StandardCharsets.ISO_8859_1);
            }
            if (c == '\\' || c < 0) {
                return decodeSlow(b, start, i);
            }
            i++;
        }
    }

    /**
     * From {@code from} on the literal holds escapes or non-ASCII bytes: unescape into the byte
     * scratch while all is ASCII (one copy, Latin-1 result), else switch to chars.
     */
    private String decodeSlow(byte[] b, int start, int from) {
        int n = from - start;
        byte[] out = ensure(n + 64);
        System.arraycopy(b, start, out, 0, n);
        int i = from;
        while (true) {
            byte c = b[i];
            if (c == '"') {
                return new String(out, 0, n, StandardCharsets.ISO_8859_1);
            }
            if (c < 0) {
                return decodeChars(b, start);
            }
            if (n + 1 >= out.length) {
                out = grow(n);
            }
            if (c != '\\') {
                out[n++] = c;
                i++;
                continue;
            }
            byte e = b[i + 1];
            if (e == 'u') {
                return decodeChars(b, start); // rare: let the char path handle code points
            }
            out[n++] = switch (e) {
                case 'n' -> (byte) '\n';
                case 't' -> (byte) '\t';
                case 'r' -> (byte) '\r';
                case 'b' -> (byte) '\b';
                case 'f' -> (byte) '\f';
                default -> e; // \" \\ \/
            };
            i += 2;
        }
    }

    private byte[] ensure(int n) {
        if (scratch.length < n) {
            scratch = new byte[Math.max(n, scratch.length * 2)];
        }
        return scratch;
    }

    private byte[] grow(int keep) {
        scratch = Arrays.copyOf(scratch, Math.max(keep + 64, scratch.length * 2));
        return scratch;
    }

    private static int closingQuote(byte[] b, int from) {
        int i = from;
        while (b[i] != '"') {
            i += b[i] == '\\' ? 2 : 1;
        }
        return i;
    }

    /** The general path: escapes and UTF-8 into chars; one char per byte at most. */
    private static String decodeChars(byte[] b, int start) {
        int end = closingQuote(b, start);
        char[] out = new char[end - start];
        int o = 0;
        int i = start;
        while (i < end) {
            int c = b[i] & 0xFF;
            if (c == '\\') {
                int e = b[i + 1];
                i += 2;
                switch (e) {
                    case 'n' -> out[o++] = '\n';
                    case 't' -> out[o++] = '\t';
                    case 'r' -> out[o++] = '\r';
                    case 'b' -> out[o++] = '\b';
                    case 'f' -> out[o++] = '\f';
                    case 'u' -> {
                        out[o++] = hex4(b, i, end);
                        i += 4;
                    }
                    default -> out[o++] = (char) e; // \" \\ \/
                }
            } else if (c < 0x80) {
                out[o++] = (char) c;
                i++;
            } else if (c >= 0xC2 && c < 0xE0 && i + 1 < end && cont(b[i + 1])) {
                out[o++] = (char) (((c & 0x1F) << 6) | (b[i + 1] & 0x3F));
                i += 2;
            } else if (c >= 0xE0 && c < 0xF0 && i + 2 < end && cont(b[i + 1]) && cont(b[i + 2])) {
                out[o++] = (char) (((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F));
                i += 3;
            } else if (c >= 0xF0 && c < 0xF5 && i + 3 < end && cont(b[i + 1]) && cont(b[i + 2]) && cont(b[i + 3])) {
                int cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
                out[o++] = Character.highSurrogate(cp);
                out[o++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                out[o++] = REPLACEMENT;
                i++;
            }
        }
        return new String(out, 0, o);
    }

    private static boolean cont(byte x) {
        return (x & 0xC0) == 0x80;
    }

    private static char hex4(byte[] b, int i, int end) {
        if (i + 4 > end) {
            return REPLACEMENT;
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(b[i + k], 16);
            if (d < 0) {
                return REPLACEMENT;
            }
            v = (v << 4) | d;
        }
        return (char) v;
    }
}

package io.longwatch.formats.zeek;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Zeek's ASCII escaping: the writer turns separator bytes, non-printable bytes and a literal
 * value that would read as unset or empty into {@code \xHH}; everything else is written as is.
 */
final class ZeekEscapes {

    private ZeekEscapes() {
    }

    /** Whether {@code b[from, to)} holds a backslash, i.e. may hold an escape. */
    static boolean hasBackslash(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The bytes of {@code b[from, to)} with every {@code \xHH} replaced by its byte. */
    static byte[] unescapeBytes(byte[] b, int from, int to) {
        byte[] out = new byte[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '\\' && i + 3 < to && b[i + 1] == 'x') {
                int hi = hex(b[i + 2]);
                int lo = hex(b[i + 3]);
                if (hi >= 0 && lo >= 0) {
                    out[n++] = (byte) (hi << 4 | lo);
                    i += 3;
                    continue;
                }
            }
            out[n++] = c;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** {@code b[from, to)} unescaped and decoded as UTF-8. */
    static String unescape(byte[] b, int from, int to) {
        if (!hasBackslash(b, from, to)) {
            return new String(b, from, to - from, StandardCharsets.UTF_8);
        }
        return new String(unescapeBytes(b, from, to), StandardCharsets.UTF_8);
    }

    /** A byte's hex value, or -1; no byte maps to a non-ASCII digit, so the JDK's rule is exact here. */
    private static int hex(byte c) {
        return Character.digit((char) (c & 0xFF), 16);
    }
}

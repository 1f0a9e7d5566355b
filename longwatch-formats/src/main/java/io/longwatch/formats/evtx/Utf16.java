package io.longwatch.formats.evtx;

import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-16LE text straight from the file bytes. Most EVTX text is Latin-1, which Java
 * stores compactly, so that case builds the string from one byte per character; anything else
 * goes through a {@code char[]}.
 */
final class Utf16 {

    private Utf16() {
    }

    /** Decodes {@code units} UTF-16LE code units at {@code off}; the caller has checked bounds. */
    static String decode(byte[] b, int off, int units) {
        if (units <= 0) {
            return "";
        }
        int high = 0;
        for (int i = 0; i < units; i++) {
            high |= b[off + 2 * i + 1];
        }
        if (high == 0) {
            byte[] latin = new byte[units];
            for (int i = 0; i < units; i++) {
                latin[i] = b[off + 2 * i];
            }
            return new String(latin, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[units];
        for (int i = 0; i < units; i++) {
            chars[i] = (char) ((b[off + 2 * i] & 0xff) | (b[off + 2 * i + 1] & 0xff) << 8);
        }
        return new String(chars);
    }

    /** Like {@link #decode} but drops trailing NUL code units (values often carry a terminator). */
    static String decodeTrimmed(byte[] b, int off, int units) {
        int n = units;
        while (n > 0 && b[off + 2 * n - 2] == 0 && b[off + 2 * n - 1] == 0) {
            n--;
        }
        return decode(b, off, n);
    }
}

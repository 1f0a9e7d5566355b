package io.longwatch.formats.json;

import java.util.Arrays;
import java.util.Random;

/** Damage done to valid JSON bytes: the kinds of breakage real files show. */
enum Corruption {
    TRUNCATE, FLIP_BYTE, INSERT_CONTROL, INSERT_INVALID_UTF8, DELETE_BYTE, INSERT_JSON_CHAR;

    /** Byte sequences Java's strict UTF-8 refuses, some of which Jackson passes (overlong, surrogate). */
    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0x80},
        {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}, {(byte) 0xC3},
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    };
    private static final byte[] JSON_CHARS = "{}[]\",:\\ 0-eE.tn\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static Corruption random(Random r) {
        return values()[r.nextInt(values().length)];
    }

    byte[] apply(byte[] in, Random r) {
        if (in.length == 0) {
            return in;
        }
        int at = r.nextInt(in.length);
        return switch (this) {
            case TRUNCATE -> Arrays.copyOf(in, at);
            case FLIP_BYTE -> {
                byte[] out = in.clone();
                out[at] = (byte) r.nextInt(256);
                yield out;
            }
            case INSERT_CONTROL -> insert(in, at, new byte[] {(byte) r.nextInt(0x20)});
            case INSERT_INVALID_UTF8 -> insert(in, at, INVALID_UTF8[r.nextInt(INVALID_UTF8.length)]);
            case DELETE_BYTE -> {
                byte[] out = new byte[in.length - 1];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + 1, out, at, in.length - at - 1);
                yield out;
            }
            case INSERT_JSON_CHAR -> insert(in, at, new byte[] {JSON_CHARS[r.nextInt(JSON_CHARS.length)]});
        };
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(in, at, out, at + what.length, in.length - at);
        return out;
    }
}

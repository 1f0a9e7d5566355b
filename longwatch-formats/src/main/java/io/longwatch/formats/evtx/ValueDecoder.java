package io.longwatch.formats.evtx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one substitution value into text the way the evtx-crate JSON shows it: decimal integers,
 * {@code 0x...} lower-case for hex integers and sizes, upper-case GUIDs without braces, {@code S-1-...}
 * SIDs, ISO-8601 UTC times with microseconds, upper-case hex for binary, {@code true}/{@code false}.
 * Arrays become lists of such texts. String values are stripped of surrounding whitespace, as
 * evtx-crate does. A value whose size does not fit its type is shown as hex
 * bytes rather than rejected: the rest of the record is still worth having.
 */
final class ValueDecoder {

    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

    private ValueDecoder() {
    }

    /**
     * Decodes a value: {@code String}, {@code List<String>} for array types, or {@code null} for
     * the null type. BinXML values are not handled here (the caller expands them).
     */
    static Object value(byte[] b, int off, int size, int type) {
        if ((type & ValueType.ARRAY) != 0) {
            return array(b, off, size, type & 0x7f);
        }
        return scalar(b, off, size, type);
    }

    static String scalar(byte[] b, int off, int size, int type) {
        switch (type) {
            case ValueType.NULL:
                return null;
            case ValueType.STRING:
                // evtx-crate (whose JSON the JSON readers and the Sigma samples use) trims string values;
                // doing the same keeps .evtx and its JSON export identical for rules
                return Utf16.decodeTrimmed(b, off, size / 2).strip();
            case ValueType.ANSI_STRING:
                return ansi(b, off, size);
            case ValueType.INT8:
                return size == 1 ? Integer.toString(b[off]) : hex(b, off, size);
            case ValueType.UINT8:
                return size == 1 ? Integer.toString(b[off] & 0xff) : hex(b, off, size);
            case ValueType.INT16:
                return size == 2 ? Integer.toString((short) Le.u16(b, off)) : hex(b, off, size);
            case ValueType.UINT16:
                return size == 2 ? Integer.toString(Le.u16(b, off)) : hex(b, off, size);
            case ValueType.INT32:
                return size == 4 ? Integer.toString(Le.i32(b, off)) : hex(b, off, size);
            case ValueType.UINT32:
                return size == 4 ? Long.toString(Le.u32(b, off)) : hex(b, off, size);
            case ValueType.INT64:
                return size == 8 ? Long.toString(Le.i64(b, off)) : hex(b, off, size);
            case ValueType.UINT64:
                return size == 8 ? Long.toUnsignedString(Le.i64(b, off)) : hex(b, off, size);
            case ValueType.REAL32:
                return size == 4 ? real(Float.intBitsToFloat(Le.i32(b, off))) : hex(b, off, size);
            case ValueType.REAL64:
                return size == 8 ? real(Double.longBitsToDouble(Le.i64(b, off))) : hex(b, off, size);
            case ValueType.BOOL:
                return size == 4 || size == 1 ? (nonZero(b, off, size) ? "true" : "false") : hex(b, off, size);
            case ValueType.GUID:
                return size == 16 ? guid(b, off) : hex(b, off, size);
            case ValueType.SIZE_T:
            case ValueType.HEX_INT32:
            case ValueType.HEX_INT64:
            case ValueType.EVT_HANDLE:
                if (size == 4) {
                    return "0x" + Long.toHexString(Le.u32(b, off));
                }
                return size == 8 ? "0x" + Long.toHexString(Le.i64(b, off)) : hex(b, off, size);
            case ValueType.FILETIME:
                return size == 8 ? TimeText.iso(TimeText.fileTimeMicros(Le.i64(b, off))) : hex(b, off, size);
            case ValueType.SYSTEMTIME:
                return systemTime(b, off, size);
            case ValueType.SID:
                return sid(b, off, size);
            default:
                // binary, EvtXml, and types the format description does not name
                return hex(b, off, size);
        }
    }

    /** Unix micros of a FILETIME or SYSTEMTIME value, or {@link Long#MIN_VALUE}. */
    static long timeMicros(byte[] b, int off, int size, int type) {
        if (type == ValueType.FILETIME && size == 8) {
            return TimeText.fileTimeMicros(Le.i64(b, off));
        }
        if (type == ValueType.SYSTEMTIME && size == 16) {
            return TimeText.systemTimeMicros(Le.u16(b, off), Le.u16(b, off + 2), Le.u16(b, off + 6),
                    Le.u16(b, off + 8), Le.u16(b, off + 10), Le.u16(b, off + 12), Le.u16(b, off + 14));
        }
        return Long.MIN_VALUE;
    }

    private static List<String> array(byte[] b, int off, int size, int base) {
        List<String> out = new ArrayList<>();
        int end = off + size;
        if (base == ValueType.STRING) {
            int start = off;
            for (int p = off; p + 1 < end; p += 2) {
                if (b[p] == 0 && b[p + 1] == 0) {
                    out.add(Utf16.decode(b, start, (p - start) / 2));
                    start = p + 2;
                }
            }
            if (start + 1 < end) {
                out.add(Utf16.decode(b, start, (end - start) / 2));
            }
            return out;
        }
        if (base == ValueType.ANSI_STRING) {
            int start = off;
            for (int p = off; p < end; p++) {
                if (b[p] == 0) {
                    out.add(new String(b, start, p - start, StandardCharsets.ISO_8859_1));
                    start = p + 1;
                }
            }
            if (start < end) {
                out.add(new String(b, start, end - start, StandardCharsets.ISO_8859_1));
            }
            return out;
        }
        if (base == ValueType.SID) {
            int p = off;
            while (p + 8 <= end) {
                int len = 8 + 4 * Le.u8(b, p + 1);
                if (p + len > end) {
                    break;
                }
                out.add(sid(b, p, len));
                p += len;
            }
            return out;
        }
        int width = width(base);
        if (width <= 0) {
            out.add(hex(b, off, size));
            return out;
        }
        for (int p = off; p + width <= end; p += width) {
            out.add(scalar(b, p, width, base));
        }
        return out;
    }

    /** Fixed size of a scalar type, or 0 for variable-size types. */
    static int width(int type) {
        return switch (type) {
            case ValueType.INT8, ValueType.UINT8 -> 1;
            case ValueType.INT16, ValueType.UINT16 -> 2;
            case ValueType.INT32, ValueType.UINT32, ValueType.REAL32, ValueType.BOOL, ValueType.HEX_INT32 -> 4;
            case ValueType.INT64, ValueType.UINT64, ValueType.REAL64, ValueType.FILETIME, ValueType.HEX_INT64 -> 8;
            case ValueType.GUID, ValueType.SYSTEMTIME -> 16;
            default -> 0;
        };
    }

    private static boolean nonZero(byte[] b, int off, int size) {
        for (int i = 0; i < size; i++) {
            if (b[off + i] != 0) {
                return true;
            }
        }
        return false;
    }

    private static String ansi(byte[] b, int off, int size) {
        int n = size;
        while (n > 0 && b[off + n - 1] == 0) {
            n--;
        }
        return new String(b, off, n, StandardCharsets.ISO_8859_1);
    }

    private static String real(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static String hex(byte[] b, int off, int size) {
        char[] c = new char[size * 2];
        for (int i = 0; i < size; i++) {
            int v = b[off + i] & 0xff;
            c[2 * i] = HEX_UPPER[v >>> 4];
            c[2 * i + 1] = HEX_UPPER[v & 0xf];
        }
        return new String(c);
    }

    static String guid(byte[] b, int off) {
        char[] c = new char[36];
        int p = 0;
        // Data1 (4 bytes LE), Data2 and Data3 (2 bytes LE each), then Data4 as stored
        p = hexBytes(c, p, b, off + 3, off - 1, -1);
        c[p++] = '-';
        p = hexBytes(c, p, b, off + 5, off + 3, -1);
        c[p++] = '-';
        p = hexBytes(c, p, b, off + 7, off + 5, -1);
        c[p++] = '-';
        p = hexBytes(c, p, b, off + 8, off + 10, 1);
        c[p++] = '-';
        hexBytes(c, p, b, off + 10, off + 16, 1);
        return new String(c);
    }

    private static int hexBytes(char[] c, int p, byte[] b, int from, int to, int step) {
        for (int i = from; i != to; i += step) {
            int v = b[i] & 0xff;
            c[p++] = HEX_UPPER[v >>> 4];
            c[p++] = HEX_UPPER[v & 0xf];
        }
        return p;
    }

    private static String sid(byte[] b, int off, int size) {
        if (size < 8) {
            return hex(b, off, size);
        }
        int subCount = Le.u8(b, off + 1);
        if (8 + 4 * subCount > size) {
            return hex(b, off, size);
        }
        long authority = 0;
        for (int i = 2; i < 8; i++) {
            authority = authority << 8 | (b[off + i] & 0xff);
        }
        StringBuilder sb = new StringBuilder(16 + 11 * subCount);
        sb.append("S-").append(Le.u8(b, off)).append('-');
        if (authority < 0x1_0000_0000L) {
            sb.append(authority);
        } else {
            sb.append("0x").append(Long.toHexString(authority).toUpperCase(java.util.Locale.ROOT));
        }
        for (int i = 0; i < subCount; i++) {
            sb.append('-').append(Le.u32(b, off + 8 + 4 * i));
        }
        return sb.toString();
    }

    private static String systemTime(byte[] b, int off, int size) {
        long micros = timeMicros(b, off, size, ValueType.SYSTEMTIME);
        return micros == Long.MIN_VALUE ? hex(b, off, size) : TimeText.iso(micros);
    }
}

package io.longwatch.formats.input;

import io.longwatch.formats.Format;

/** Recognises a format from the first bytes of an input. */
public final class Sniffer {

    /** How many leading bytes {@link #sniff} wants to see. */
    public static final int HEAD_BYTES = 64 * 1024;

    private static final byte[] EVTX_MAGIC = {'E', 'l', 'f', 'F', 'i', 'l', 'e', 0};
    private static final byte[] ZEEK_SEPARATOR = "#separator ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ZEEK_FIELDS = "#fields\t".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Sniffer() {
    }

    /** The format of content beginning with {@code head[0, length)}. */
    public static Format sniff(byte[] head, int length) {
        if (startsWith(head, length, EVTX_MAGIC)) {
            return Format.EVTX;
        }
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Format.GZIP;
        }
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Format.ZIP;
        }
        int from = bomLength(head, length);
        int firstText = -1;
        int controls = 0;
        for (int i = from; i < length; i++) {
            int c = head[i] & 0xff;
            if (c == 0) {
                return Format.BINARY;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
                controls++;
            }
            if (firstText < 0 && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                firstText = i;
            }
        }
        if (firstText < 0) {
            return Format.EMPTY;
        }
        // A few stray control bytes happen in real logs; many mean this is not text.
        if (controls > 8 && controls * 100L > (length - from)) {
            return Format.BINARY;
        }
        if (startsWith(head, firstText, length, ZEEK_SEPARATOR) || startsWith(head, firstText, length, ZEEK_FIELDS)) {
            return Format.ZEEK_TSV;
        }
        byte first = head[firstText];
        if (first == '{' || first == '[') {
            return Format.JSON;
        }
        return Format.UNKNOWN_TEXT;
    }

    /** Length of a UTF-8 byte-order mark at the start, or 0. */
    public static int bomLength(byte[] head, int length) {
        return length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        return startsWith(head, 0, length, magic);
    }

    private static boolean startsWith(byte[] head, int from, int length, byte[] magic) {
        if (length - from < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[from + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

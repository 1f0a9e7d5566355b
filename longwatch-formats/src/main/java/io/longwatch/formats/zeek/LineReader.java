package io.longwatch.formats.zeek;

import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts a byte stream into lines in place: the current line is {@code buffer()[start(), end())},
 * without its {@code \n} or {@code \r\n}. Holds at most one line plus a read chunk; a line
 * longer than the limit is skipped as it streams past, never buffered whole.
 */
final class LineReader {

    /** What {@link #next} found. */
    enum Kind { LINE, TOO_LONG, END }

    private static final int INITIAL_BUFFER = 256 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buf;
    private int pos;
    private int limit;
    /** Where the newline search resumes (bytes before it, from {@code pos}, hold no newline). */
    private int scanned;
    private boolean eof;
    private long dropped;

    private int start;
    private int end;
    private long line;
    private long skippedBytes;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.buf = new byte[Math.min(INITIAL_BUFFER, maxLineBytes + 1)];
    }

    Kind next() throws IOException {
        while (true) {
            int nl = indexOfNewline(buf, scanned, limit);
            if (nl >= 0) {
                return line(nl, nl + 1);
            }
            scanned = limit;
            if (eof) {
                return pos < limit ? line(limit, limit) : Kind.END;
            }
            if (limit - pos > maxLineBytes) {
                return skipRestOfLine();
            }
            fill();
        }
    }

    private Kind line(int lineEnd, int next) {
        start = pos;
        end = lineEnd > start && buf[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        pos = next;
        scanned = next;
        line++;
        return Kind.LINE;
    }

    /** Moves the unread bytes to the front (growing the buffer when they fill it) and reads more. */
    private void fill() throws IOException {
        if (pos > 0) {
            int kept = limit - pos;
            System.arraycopy(buf, pos, buf, 0, kept);
            dropped += pos;
            scanned -= pos;
            limit = kept;
            pos = 0;
        }
        if (limit == buf.length) {
            byte[] bigger = new byte[(int) Math.min((long) buf.length * 2, (long) maxLineBytes + 1)];
            System.arraycopy(buf, 0, bigger, 0, limit);
            buf = bigger;
        }
        int r = in.read(buf, limit, buf.length - limit);
        if (r < 0) {
            eof = true;
        } else {
            limit += r;
        }
    }

    /** Discards the over-long line at {@code pos} through its newline (or the end of input). */
    private Kind skipRestOfLine() throws IOException {
        long size = 0;
        while (true) {
            int nl = indexOfNewline(buf, pos, limit);
            if (nl >= 0) {
                size += nl - pos;
                pos = nl + 1;
                break;
            }
            size += limit - pos;
            dropped += limit;
            pos = 0;
            limit = 0;
            if (eof) {
                break;
            }
            fill();
        }
        scanned = pos;
        start = end = pos;
        skippedBytes = size;
        line++;
        return Kind.TOO_LONG;
    }

    byte[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** 1-based number of the current line. */
    long line() {
        return line;
    }

    /** For {@link Kind#TOO_LONG}: the skipped line's length in bytes. */
    long skippedBytes() {
        return skippedBytes;
    }

    /** Content bytes read so far. */
    long bytesRead() {
        return dropped + limit;
    }

    private static int indexOfNewline(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}

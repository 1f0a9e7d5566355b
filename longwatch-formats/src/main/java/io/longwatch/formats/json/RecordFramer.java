package io.longwatch.formats.json;

import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts a byte stream into records (byte slices) without holding more than one record plus a
 * read chunk in memory. A record longer than the limit is skipped as it streams past, never
 * buffered whole.
 */
abstract sealed class RecordFramer permits LineFramer, DocumentFramer {

    /** What {@link #next} found. */
    enum Kind { RECORD, TOO_LARGE, END }

    private static final int INITIAL_BUFFER = 256 * 1024;

    private final InputStream in;
    protected final int maxRecordBytes;
    protected byte[] buf;
    protected int limit;
    protected boolean eof;
    /** Bytes dropped from the front of the buffer so far. */
    private long dropped;

    // The current record: buf[start, end), starting on `line`; skippedBytes for TOO_LARGE.
    protected int start;
    protected int end;
    protected long line;
    protected long skippedBytes;

    RecordFramer(InputStream in, int maxRecordBytes) {
        this.in = in;
        this.maxRecordBytes = maxRecordBytes;
        this.buf = new byte[Math.min(INITIAL_BUFFER, maxRecordBytes + 1)];
    }

    /**
     * Finds the next record. For {@link Kind#RECORD}, {@code buffer()[start(), start()+length())}
     * holds it (a line framer may hand on a window of several lines: the record is the JSON
     * value at its start). The caller then calls {@link #accept} or {@link #reject}.
     */
    abstract Kind next() throws IOException;

    /**
     * The record's value took {@code consumed} bytes and spanned {@code extraLines} line
     * breaks; moves past it.
     *
     * @return whether only whitespace follows the value up to the end of the record
     */
    abstract boolean accept(int consumed, int extraLines);

    /** The record could not be parsed: moves past it (for lines, to the next line). */
    abstract void reject();

    byte[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int length() {
        return end - start;
    }

    /** 1-based line where the current record starts. */
    long line() {
        return line;
    }

    /** 1-based line the framer has reached, for reporting where reading stopped. */
    abstract long currentLine();

    /** For {@link Kind#TOO_LARGE}: how many bytes the skipped record had (at least). */
    long skippedBytes() {
        return skippedBytes;
    }

    /** Content bytes read so far. */
    long bytesRead() {
        return dropped + limit;
    }

    /**
     * Drops {@code buf[0, keepFrom)}, moves the rest to the front, and reads more, growing the
     * buffer (up to the record limit plus one byte) when it is full.
     *
     * @return how far the kept bytes moved left (subtract from indices into the buffer)
     */
    protected int refill(int keepFrom) throws IOException {
        int kept = limit - keepFrom;
        if (keepFrom > 0) {
            System.arraycopy(buf, keepFrom, buf, 0, kept);
            dropped += keepFrom;
            limit = kept;
        }
        if (limit == buf.length) {
            int grown = (int) Math.min((long) buf.length * 2, (long) maxRecordBytes + 1);
            if (grown <= buf.length) {
                throw new IllegalStateException("record framer buffer full; caller must skip");
            }
            byte[] bigger = new byte[grown];
            System.arraycopy(buf, 0, bigger, 0, limit);
            buf = bigger;
        }
        int r = in.read(buf, limit, buf.length - limit);
        if (r < 0) {
            eof = true;
        } else {
            limit += r;
        }
        return keepFrom;
    }

    static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }
}

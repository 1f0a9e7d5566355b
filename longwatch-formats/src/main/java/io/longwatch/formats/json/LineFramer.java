package io.longwatch.formats.json;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * JSON lines: one record per line; blank lines are ignored; {@code \r\n} is fine.
 *
 * <p>To avoid a separate pass over every byte just to find line ends, the framer hands the
 * parser a window that runs to the last newline in the buffer; the parser stops at the end of
 * the record's value, and {@link #accept} checks that only whitespace follows on that line.
 * Only a bad record makes the framer search for its line end.
 */
final class LineFramer extends RecordFramer {

    private int pos;
    /** End (exclusive) of the complete lines in the buffer from {@code pos}; 0 when unknown. */
    private int bound;
    private long nextLine = 1;

    LineFramer(InputStream in, int maxRecordBytes) {
        super(in, maxRecordBytes);
    }

    @Override
    long currentLine() {
        return nextLine;
    }

    @Override
    Kind next() throws IOException {
        while (true) {
            // Skip blank space and empty lines.
            while (pos < limit) {
                byte c = buf[pos];
                if (c == '\n') {
                    nextLine++;
                } else if (c != ' ' && c != '\t' && c != '\r') {
                    break;
                }
                pos++;
            }
            if (pos == limit) {
                if (eof) {
                    return Kind.END;
                }
                moveAndRead();
                continue;
            }
            if (bound <= pos) {
                int nl = lastNewline(buf, pos, limit);
                if (nl >= 0) {
                    bound = nl + 1;
                } else if (eof) {
                    bound = limit;
                } else if (limit - pos > maxRecordBytes) {
                    return skipRestOfLine(limit - pos);
                } else {
                    moveAndRead();
                    continue;
                }
            }
            start = pos;
            end = bound;
            line = nextLine;
            return Kind.RECORD;
        }
    }

    private void moveAndRead() throws IOException {
        int shift = refill(pos);
        pos -= shift;
        bound = 0;
    }

    @Override
    boolean accept(int consumed, int extraLines) {
        nextLine += extraLines;
        int i = start + consumed;
        if (consumed > 0 && buf[i - 1] == '\n') {
            pos = i; // a top-level scalar: the parser took its terminating newline (and counted it)
            return true;
        }
        while (i < bound) {
            byte c = buf[i];
            if (c == '\n') {
                pos = i + 1;
                nextLine++;
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                skipLineFrom(i);
                return false;
            }
            i++;
        }
        pos = bound; // the last line of the input, without a newline
        return true;
    }

    @Override
    void reject() {
        skipLineFrom(start);
    }

    private void skipLineFrom(int from) {
        int nl = indexOfNewline(buf, from, bound);
        if (nl < 0) {
            pos = bound;
        } else {
            pos = nl + 1;
            nextLine++;
        }
    }

    private Kind tooLarge(long size) {
        line = nextLine++;
        skippedBytes = size;
        start = end = pos;
        return Kind.TOO_LARGE;
    }

    /** Discards an over-long line chunk by chunk until its newline (or the end). */
    private Kind skipRestOfLine(long seen) throws IOException {
        long size = seen;
        pos = limit;
        bound = 0;
        while (true) {
            if (eof) {
                return tooLarge(size);
            }
            refill(limit);
            pos = 0;
            int nl = indexOfNewline(buf, 0, limit);
            if (nl >= 0) {
                size += nl;
                pos = nl;
                Kind k = tooLarge(size);
                pos = nl + 1;
                return k;
            }
            size += limit;
            pos = limit;
        }
    }

    private static int lastNewline(byte[] b, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';

    /**
     * Index of the first {@code \n} in {@code b[from, to)}, or -1. Looks at eight bytes at a time
     * (a zero byte in {@code word ^ NEWLINES} marks a newline).
     */
    static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}

package io.longwatch.formats.json;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** JSON lines: one record per line; blank lines are ignored; {@code \r\n} is fine. */
final class LineFramer extends RecordFramer {

    private int pos;
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
            int recStart = pos;
            int scan = pos;
            while (true) {
                int nl = indexOfNewline(buf, scan, limit);
                if (nl >= 0) {
                    long thisLine = nextLine++;
                    pos = nl + 1;
                    if (nl - recStart > maxRecordBytes) {
                        return tooLarge(thisLine, nl - recStart);
                    }
                    if (isBlank(buf, recStart, nl)) {
                        break; // next line
                    }
                    return record(recStart, nl, thisLine);
                }
                if (limit - recStart > maxRecordBytes) {
                    long thisLine = nextLine++;
                    return skipRestOfLine(thisLine, limit - recStart);
                }
                if (eof) {
                    pos = limit;
                    if (recStart < limit && !isBlank(buf, recStart, limit)) {
                        return record(recStart, limit, nextLine++);
                    }
                    return Kind.END;
                }
                int scanned = limit - recStart;
                refill(recStart);
                recStart = 0;
                pos = 0;
                scan = scanned;
            }
        }
    }

    private Kind record(int from, int to, long lineNo) {
        int e = to;
        if (e > from && buf[e - 1] == '\r') {
            e--;
        }
        start = from;
        end = e;
        line = lineNo;
        return Kind.RECORD;
    }

    private Kind tooLarge(long lineNo, long size) {
        line = lineNo;
        skippedBytes = size;
        start = end = pos;
        return Kind.TOO_LARGE;
    }

    /** Discards the over-long line chunk by chunk until its newline (or the end). */
    private Kind skipRestOfLine(long lineNo, long seen) throws IOException {
        long size = seen;
        pos = limit;
        while (true) {
            if (eof) {
                pos = limit;
                return tooLarge(lineNo, size);
            }
            refill(limit);
            pos = 0;
            int nl = indexOfNewline(buf, 0, limit);
            if (nl >= 0) {
                size += nl;
                pos = nl + 1;
                return tooLarge(lineNo, size);
            }
            size += limit;
            pos = limit;
        }
    }

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';

    /**
     * Index of the first {@code \n} in {@code b[from, to)}, or -1. Looks at eight bytes at a time
     * (a zero byte in {@code word ^ NEWLINES} marks a newline); framing was the biggest single
     * cost of reading JSON lines with a plain byte loop.
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

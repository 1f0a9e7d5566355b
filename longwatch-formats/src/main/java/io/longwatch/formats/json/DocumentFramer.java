package io.longwatch.formats.json;

import java.io.IOException;
import java.io.InputStream;

/**
 * Whole-file JSON: one document, a top-level array of documents, or documents one after
 * another (pretty-printed, as evtx_dump writes them). Finds record boundaries by tracking
 * nesting outside strings, so each record can be parsed, and fail, on its own.
 *
 * <p>Resynchronisation after damage: a raw newline inside a string ends the string (JSON
 * strings cannot contain one), and outside arrays a <code>{</code> at the start of a line while a
 * record is still open starts a new record; the damaged part is handed on as its own record,
 * for the parser to report.
 */
final class DocumentFramer extends RecordFramer {

    private int pos;
    private long lineNo = 1;
    private int lineStart;
    /** Nesting depth at which records start: 1 inside a top-level array, else 0. */
    private int base;
    private final Nesting nesting = new Nesting();
    /** Whether the current record began with { or [ (else it is a bare scalar). */
    private boolean container;

    DocumentFramer(InputStream in, int maxRecordBytes) {
        super(in, maxRecordBytes);
    }

    @Override
    boolean accept(int consumed, int extraLines) {
        return isBlank(buf, start + consumed, end);
    }

    @Override
    void reject() {
        // The record's extent is already known; next() continues after it.
    }

    @Override
    long currentLine() {
        return lineNo;
    }

    @Override
    Kind next() throws IOException {
        // Phase 1: find the first byte of a record.
        int recStart;
        while (true) {
            if (pos == limit) {
                if (eof) {
                    return Kind.END;
                }
                int shift = refill(pos);
                pos -= shift;
                lineStart -= shift;
                continue;
            }
            byte c = buf[pos];
            if (c == '\n') {
                lineNo++;
                lineStart = pos + 1;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r' || (base == 1 && c == ',')) {
                pos++;
            } else if (base == 0 && c == '[') {
                base = 1; // a top-level array: its elements are the records
                pos++;
            } else if (base == 1 && c == ']') {
                base = 0;
                pos++;
            } else {
                recStart = pos;
                break;
            }
        }
        long recLine = lineNo;
        container = buf[recStart] == '{' || buf[recStart] == '[';
        nesting.reset(base);
        boolean tooLarge = false;
        long size = 0;
        int scan = recStart;
        // Phase 2: find its end.
        while (true) {
            if (scan == limit) {
                if (eof) {
                    // Unterminated record at the end of input: hand it on; the parser reports it.
                    pos = limit;
                    return finish(recStart, limit, recLine, tooLarge, size + (limit - recStart));
                }
                int keep = tooLarge ? limit : recStart;
                if (tooLarge) {
                    size += limit - recStart;
                }
                int shift = refill(keep);
                recStart -= shift;
                if (tooLarge) {
                    recStart = 0;
                }
                scan -= shift;
                lineStart -= shift;
                continue;
            }
            byte c = buf[scan];
            if (c == '\n') {
                if (!container) {
                    pos = scan; // the newline is counted when the next search passes it
                    return finish(recStart, scan, recLine, tooLarge, size + (scan - recStart));
                }
                lineNo++;
                lineStart = scan + 1;
                if (nesting.inString()) {
                    nesting.endBrokenString(); // damaged string; let the parser say so
                }
            } else if (!container) {
                // A bare value ends at a delimiter; a stray delimiter at its start is a
                // one-byte record of its own, for the parser to reject.
                if (scan > recStart && !nesting.inString() && (c == ' ' || c == '\t' || c == '\r'
                        || c == ',' || c == ']' || c == '}' || c == '{' || c == '[')) {
                    pos = scan;
                    return finish(recStart, scan, recLine, tooLarge, size + (scan - recStart));
                }
                nesting.feed(c);
            } else {
                if (c == '{' && !nesting.inString() && base == 0 && nesting.depth() > 0
                        && scan == lineStart && scan > recStart) {
                    // A new top-level document starts while the last one is still open.
                    pos = scan;
                    return finish(recStart, scan, recLine, tooLarge, size + (scan - recStart));
                }
                nesting.feed(c);
                if (nesting.depth() <= base) {
                    pos = scan + 1;
                    return finish(recStart, scan + 1, recLine, tooLarge, size + (scan + 1 - recStart));
                }
            }
            scan++;
            if (!tooLarge && scan - recStart > maxRecordBytes) {
                tooLarge = true;
            }
        }
    }

    private Kind finish(int from, int to, long recLine, boolean tooLarge, long size) {
        line = recLine;
        if (tooLarge) {
            skippedBytes = size;
            start = end = to;
            return Kind.TOO_LARGE;
        }
        start = from;
        end = to;
        return Kind.RECORD;
    }
}

package io.longwatch.formats.zeek;

import io.longwatch.core.event.Event;
import io.longwatch.core.event.EventSink;
import io.longwatch.core.event.SourceRef;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.formats.ReadOptions;
import io.longwatch.formats.ReadStats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Zeek's tab-separated ASCII logs: a header block ({@code #separator}, {@code #set_separator},
 * {@code #empty_field}, {@code #unset_field}, {@code #path}, {@code #fields}, {@code #types}), data
 * lines, maybe {@code #close}, maybe further header blocks (concatenated or appended logs).
 *
 * <p>Each data line becomes one event: field names as in {@code #fields} (extra columns, such as
 * the {@code label} columns of labelled captures, included); unset ({@code -}) fields absent;
 * {@code set}/{@code vector} fields a {@code List<String>} ({@code (empty)} is the empty list),
 * {@code (empty)} strings the empty string; {@code bool} as {@code true}/{@code false} (as in
 * Zeek's JSON); {@code \xHH} escapes decoded; everything else as written. The event time is
 * {@code ts} (UTC microseconds), the host is null, and {@link ZeekLogPath#FIELD} holds
 * {@code #path} (or the file-name stem when the header has none). Only columns the
 * {@link io.longwatch.formats.FieldInterest} wants are decoded.
 *
 * <p>A line with the wrong number of columns, a bad {@code ts} or data before any {@code #fields}
 * is reported with its {@code file:line} and skipped; the read goes on. Not thread-safe; a
 * reader may be reused for several streams on one thread.
 */
public final class ZeekTsvReader {

    private static final String TRUE = "true";
    private static final String FALSE = "false";
    /** Values up to this length are compared with the column's previous value and reused. */
    private static final int CACHED_VALUE_BYTES = 24;
    /** Misses after which a column that has hit less than a quarter as often stops being cached. */
    private static final int CACHE_TRIAL = 256;

    private final ReadOptions options;
    private final ZeekHeader header = new ZeekHeader();
    private ColumnPlan plan;
    private String logPath;
    private String fileLogPath;

    private int[] colStart = new int[64];
    private int[] colEnd = new int[64];
    /** Per column: the last decoded short value and its bytes, so repeated values share one String. */
    private byte[][] lastBytes = new byte[64][];
    private String[] lastValue = new String[64];
    private int[] cacheHits = new int[64];
    private int[] cacheMisses = new int[64];
    private boolean[] cacheOff = new boolean[64];

    /** Whether the line being built holds a backslash; when not, no value needs unescaping. */
    private boolean lineEscaped;
    private long records;
    private long skipped;
    private boolean reportedNoHeader;

    /** A reader for one stream at a time. */
    public ZeekTsvReader(ReadOptions options) {
        this.options = options;
    }

    /**
     * Reads {@code in} to the end.
     *
     * @param displayPath the name used in events and problems; its file-name stem is the log path
     *     when the header has no {@code #path}
     */
    public ReadStats read(InputStream in, String displayPath, EventSink sink, ProblemSink problems) {
        LineReader lines = new LineReader(in, options.maxRecordBytes());
        header.reset();
        plan = null;
        fileLogPath = ZeekLogPath.fromFileName(displayPath);
        logPath = fileLogPath;
        records = 0;
        skipped = 0;
        reportedNoHeader = false;
        try {
            for (LineReader.Kind kind = lines.next(); kind != LineReader.Kind.END; kind = lines.next()) {
                if (kind == LineReader.Kind.TOO_LONG) {
                    skipped++;
                    problems.report(Problem.Stage.RECORD, displayPath + ":" + lines.line(), "record.too-large",
                            "line of " + lines.skippedBytes() + " bytes exceeds the limit of "
                                    + options.maxRecordBytes() + " bytes; skipped");
                    continue;
                }
                byte[] b = lines.buffer();
                int from = lines.start();
                int to = lines.end();
                if (from == to) {
                    continue;
                }
                if (b[from] == '#') {
                    headerLine(b, from, to, displayPath, lines.line(), problems);
                } else {
                    dataLine(b, from, to, displayPath, lines.line(), sink, problems);
                }
            }
        } catch (IOException e) {
            long at = lines.line() + 1;
            problems.report(Problem.Stage.INPUT, displayPath + ":" + at, "input.read-error",
                    "reading stopped in line " + at + " after " + records + " record(s): "
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        return new ReadStats(records, skipped, lines.bytesRead());
    }

    private void headerLine(byte[] b, int from, int to, String displayPath, long line, ProblemSink problems) {
        ZeekHeader.Change change = header.apply(b, from, to);
        switch (change) {
            case BLOCK_START -> {
                plan = null;
                logPath = fileLogPath;
            }
            case COLUMNS -> {
                if (header.fields != null) {
                    if (header.types != null && header.types.length != header.fields.length
                            && ZeekHeader.startsWith(b, from, to, "#types")) {
                        problems.report(Problem.Stage.RECORD, displayPath + ":" + line, "zeek.bad-header",
                                "#types lists " + header.types.length + " types for " + header.fields.length
                                        + " #fields; column types ignored (sets are not split)");
                    }
                    plan = ColumnPlan.of(header.fields, header.types, options.interest());
                    ensureColumns(plan.size());
                }
            }
            case OTHER -> {
                if (header.path != null) {
                    logPath = header.path;
                }
            }
            case NONE -> {
                // #open, #close and comments carry nothing a record needs.
            }
        }
    }

    private void ensureColumns(int n) {
        if (colStart.length < n + 1) {
            int size = Math.max(n + 1, colStart.length * 2);
            colStart = new int[size];
            colEnd = new int[size];
        }
        // A new column layout: cached values belonged to the old columns.
        lastBytes = new byte[Math.max(n, 1)][];
        lastValue = new String[Math.max(n, 1)];
        cacheHits = new int[Math.max(n, 1)];
        cacheMisses = new int[Math.max(n, 1)];
        cacheOff = new boolean[Math.max(n, 1)];
    }

    private void dataLine(byte[] b, int from, int to, String displayPath, long line, EventSink sink,
                          ProblemSink problems) {
        if (plan == null) {
            skipped++;
            if (!reportedNoHeader) {
                reportedNoHeader = true;
                problems.report(Problem.Stage.RECORD, displayPath + ":" + line, "zeek.no-header",
                        "data line before any #fields header: its columns cannot be named; skipped"
                                + " (later such lines in this file are skipped without another report)");
            }
            return;
        }
        int expected = plan.size();
        int found = split(b, from, to, expected);
        if (found != expected) {
            skipped++;
            problems.report(Problem.Stage.RECORD, displayPath + ":" + line, "zeek.column-count",
                    "expected " + expected + " columns (as in #fields), found " + found + "; skipped");
            return;
        }
        long micros = Event.NO_TIME;
        int tc = plan.timeColumn;
        String ts = null;
        if (tc >= 0 && !isUnset(b, colStart[tc], colEnd[tc])) {
            ts = decode(b, colStart[tc], colEnd[tc]);
            micros = ZeekTime.parseMicros(ts);
            if (micros == Event.NO_TIME) {
                skipped++;
                problems.report(Problem.Stage.RECORD, displayPath + ":" + line, "zeek.bad-time",
                        "field ts is not a Zeek time: \"" + preview(b, colStart[tc], colEnd[tc]) + "\"; skipped");
                return;
            }
        }
        sink.accept(build(b, micros, ts, new SourceRef(displayPath, line, -1)));
        records++;
    }

    /**
     * Records column boundaries of {@code b[from, to)} in {@code colStart}/{@code colEnd} (at most
     * {@code expected} of them) and returns the number of columns the line has.
     */
    private int split(byte[] b, int from, int to, int expected) {
        byte[] sep = header.separator;
        int col = 0;
        int at = from;
        if (sep.length == 1) {
            byte s = sep[0];
            boolean backslash = false;
            for (int i = from; i < to; i++) {
                byte c = b[i];
                backslash |= c == '\\';
                if (c == s) {
                    if (col < expected) {
                        colStart[col] = at;
                        colEnd[col] = i;
                    }
                    col++;
                    at = i + 1;
                }
            }
            lineEscaped = backslash;
        } else {
            lineEscaped = ZeekEscapes.hasBackslash(b, from, to);
            for (int i = ZeekHeader.indexOf(b, from, to, sep); i >= 0; i = ZeekHeader.indexOf(b, at, to, sep)) {
                if (col < expected) {
                    colStart[col] = at;
                    colEnd[col] = i;
                }
                col++;
                at = i + sep.length;
            }
        }
        if (col < expected) {
            colStart[col] = at;
            colEnd[col] = to;
        }
        return col + 1;
    }

    /** The event of the split line; {@code ts} is the time column's text, already decoded. */
    private Event build(byte[] b, long micros, String ts, SourceRef source) {
        ColumnPlan p = plan;
        int capacity = p.emitCount + (logPath != null ? 1 : 0);
        String[] names = new String[capacity];
        Object[] values = new Object[capacity];
        int size = 0;
        if (logPath != null) {
            names[0] = ZeekLogPath.FIELD;
            values[0] = logPath;
            size = 1;
        }
        for (int c = 0, n = p.size(); c < n; c++) {
            if (!p.emit[c]) {
                continue;
            }
            int s = colStart[c];
            int e = colEnd[c];
            if (isUnset(b, s, e)) {
                continue;
            }
            Object value = switch (p.kinds[c]) {
                case ColumnPlan.CONTAINER -> isEmpty(b, s, e) ? List.of() : elements(b, s, e);
                case ColumnPlan.BOOL -> e - s == 1 && b[s] == 'T' ? TRUE
                        : e - s == 1 && b[s] == 'F' ? FALSE : text(c, b, s, e);
                default -> c == p.timeColumn ? ts : isEmpty(b, s, e) ? "" : text(c, b, s, e);
            };
            if (p.names[c] == ZeekLogPath.FIELD && logPath != null) {
                values[0] = value; // the log states its own _path column: that one wins
                continue;
            }
            names[size] = p.names[c];
            values[size] = value;
            size++;
        }
        return new Event(names, values, size, micros, null, source);
    }

    /**
     * Column text, reusing the column's previous String when the bytes repeat (proto, service,
     * conn_state, labels). Columns whose values rarely repeat (uid, addresses, byte counts) stop
     * being cached after a trial, so they do not pay for a copy of every value.
     */
    private String text(int column, byte[] b, int s, int e) {
        int len = e - s;
        if (len > CACHED_VALUE_BYTES || cacheOff[column]) {
            return decode(b, s, e);
        }
        byte[] last = lastBytes[column];
        if (last != null && sameBytes(b, s, e, last)) {
            cacheHits[column]++;
            return lastValue[column];
        }
        if (++cacheMisses[column] == CACHE_TRIAL && cacheHits[column] < CACHE_TRIAL / 4) {
            cacheOff[column] = true;
        }
        String v = decode(b, s, e);
        lastBytes[column] = Arrays.copyOfRange(b, s, e);
        lastValue[column] = v;
        return v;
    }

    private List<String> elements(byte[] b, int s, int e) {
        byte[] sep = header.setSeparator;
        int count = 1;
        for (int i = ZeekHeader.indexOf(b, s, e, sep); i >= 0; i = ZeekHeader.indexOf(b, i + sep.length, e, sep)) {
            count++;
        }
        String[] items = new String[count];
        int at = s;
        for (int k = 0; k < count - 1; k++) {
            int i = ZeekHeader.indexOf(b, at, e, sep);
            items[k] = decode(b, at, i);
            at = i + sep.length;
        }
        items[count - 1] = decode(b, at, e);
        return List.of(items);
    }

    private String decode(byte[] b, int s, int e) {
        return lineEscaped ? ZeekEscapes.unescape(b, s, e) : new String(b, s, e - s, StandardCharsets.UTF_8);
    }

    private boolean isUnset(byte[] b, int s, int e) {
        return sameBytes(b, s, e, header.unsetField);
    }

    private boolean isEmpty(byte[] b, int s, int e) {
        return sameBytes(b, s, e, header.emptyField);
    }

    /** {@code b[s, e)} equals {@code m}; a plain loop, as the values compared are a few bytes long. */
    private static boolean sameBytes(byte[] b, int s, int e, byte[] m) {
        if (e - s != m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (b[s + i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static String preview(byte[] b, int s, int e) {
        return new String(b, s, Math.min(e - s, 40), StandardCharsets.UTF_8);
    }
}

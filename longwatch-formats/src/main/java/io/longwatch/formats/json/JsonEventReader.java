package io.longwatch.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.longwatch.core.event.Event;
import io.longwatch.core.event.EventSink;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.formats.ReadOptions;
import io.longwatch.formats.ReadStats;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads JSON log content, either JSON lines or whole-file JSON (one document, an array of
 * documents, or concatenated pretty-printed documents), recognising each record's layout
 * (evtx-crate, Winlogbeat/ECS, flattened Windows, generic) and emitting canonical events.
 *
 * <p>Bad records are reported to the {@link ProblemSink} with their place and skipped; only
 * an unreadable stream ends the read early (reported as an {@code INPUT} problem).
 */
public final class JsonEventReader {

    /** One factory for all reads: it owns the shared, thread-safe name symbol table. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .enable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build();

    private final ReadOptions options;
    private final RecordDecoder decoder;
    /** Counts for the read in progress. */
    private long records;
    private long skipped;

    /** A reader for one stream at a time; reusable for several streams on one thread. */
    public JsonEventReader(ReadOptions options) {
        this(options, true);
    }

    /** @param fastPath false to decode every record with Jackson only (for comparisons in tests) */
    JsonEventReader(ReadOptions options, boolean fastPath) {
        this.options = options;
        this.decoder = new RecordDecoder(FACTORY, LayoutSet.standard(), options.interest(), fastPath);
    }

    /** The decoder, for tests to see which path decoded how many records. */
    RecordDecoder decoder() {
        return decoder;
    }

    /**
     * Whether content starting with {@code head} is whole-file JSON rather than JSON lines: it
     * starts with {@code [}, or its first object is still open at the end of its first line
     * (and the second line does not start a new object, which would mean a broken JSON line).
     */
    public static boolean looksLikeDocuments(byte[] head, int length) {
        int i = 0;
        while (i < length && isSpace(head[i])) {
            i++;
        }
        if (i == length) {
            return false;
        }
        if (head[i] == '[') {
            return true;
        }
        Nesting nesting = new Nesting();
        for (; i < length; i++) {
            byte c = head[i];
            if (c == '\n') {
                // A raw newline inside a string is a broken line, not a pretty-printed document;
                // so is an open first line followed by a line that starts a new object.
                return !nesting.inString() && nesting.depth() > 0 && !(i + 1 < length && head[i + 1] == '{');
            }
            nesting.feed(c);
        }
        return false; // a first line longer than the head: treat as JSON lines
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * Reads {@code in} to the end.
     *
     * @param documents whole-file JSON ({@link #looksLikeDocuments}) rather than JSON lines
     * @param displayPath the name used in events and problems
     */
    public ReadStats read(InputStream in, boolean documents, String displayPath, EventSink sink, ProblemSink problems) {
        RecordFramer framer = documents
                ? new DocumentFramer(in, options.maxRecordBytes())
                : new LineFramer(in, options.maxRecordBytes());
        records = 0;
        skipped = 0;
        try {
            for (RecordFramer.Kind kind = framer.next(); kind != RecordFramer.Kind.END; kind = framer.next()) {
                if (kind == RecordFramer.Kind.TOO_LARGE) {
                    skipped++;
                    problems.report(Problem.Stage.RECORD, displayPath + ":" + framer.line(), "record.too-large",
                            "record of " + framer.skippedBytes() + " bytes exceeds the limit of "
                                    + options.maxRecordBytes() + " bytes; skipped");
                    continue;
                }
                decodeOne(framer, documents, displayPath, sink, problems);
            }
        } catch (IOException e) {
            long at = framer.currentLine();
            problems.report(Problem.Stage.INPUT, displayPath + ":" + at, "input.read-error",
                    "reading stopped in line " + at + " after " + records + " record(s): " + describe(e));
        }
        return new ReadStats(records, skipped, framer.bytesRead());
    }

    /** Decodes the framer's current record, counting events and skipped records. */
    private void decodeOne(RecordFramer framer, boolean documents, String displayPath, EventSink sink,
                             ProblemSink problems) {
        long line = framer.line();
        try {
            decoder.decode(framer.buffer(), framer.start(), framer.length(), displayPath, line);
        } catch (JsonProcessingException e) {
            framer.reject();
            JsonLocation loc = e.getLocation();
            long errLine = line;
            long column = -1;
            if (loc != null) {
                // Lines: the error may lie past the end of the broken line; its place is the line.
                errLine = documents ? line + Math.max(0, loc.getLineNr() - 1) : line;
                column = documents || loc.getLineNr() <= 1 ? loc.getColumnNr() : -1;
            }
            problems.report(Problem.Stage.RECORD, displayPath + ":" + errLine, "json.malformed",
                    "malformed JSON" + (column > 0 ? " at column " + column : "") + ": " + e.getOriginalMessage()
                            + (documents ? "; skipped the record of " + framer.length() + " bytes starting on line "
                                    + line : ""));
            skipped++;
            return;
        } catch (IOException | RuntimeException e) {
            framer.reject();
            problems.report(Problem.Stage.RECORD, displayPath + ":" + line, "json.malformed",
                    "unreadable record: " + describe(e));
            skipped++;
            return;
        }
        byte first = framer.buffer()[framer.start()];
        if (!framer.accept(decoder.consumed(), decoder.extraLines())) {
            problems.report(Problem.Stage.RECORD, displayPath + ":" + line, "json.malformed",
                    "malformed JSON at column " + (decoder.consumed() + 1)
                            + ": unexpected content after the end of the " + describeStart(first));
            skipped++;
            return;
        }
        int notObjects = decoder.notObjects();
        if (notObjects > 0) {
            problems.report(Problem.Stage.RECORD, displayPath + ":" + line, "json.not-an-object",
                    first == '['
                            ? "array holds " + notObjects + " value(s) that are not objects; those skipped"
                            : "record is a JSON " + describeStart(first) + ", not an object; skipped");
        }
        List<Event> events = decoder.events();
        for (int i = 0; i < events.size(); i++) {
            sink.accept(events.get(i));
        }
        records += events.size();
        skipped += notObjects;
    }

    private static String describeStart(byte b) {
        return switch (b) {
            case '{' -> "object";
            case '[' -> "array";
            case '"' -> "string";
            case 't', 'f' -> "boolean";
            case 'n' -> "null";
            default -> "number";
        };
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}

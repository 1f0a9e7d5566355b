package io.longwatch.formats.json;

import io.longwatch.core.event.Event;
import io.longwatch.core.problem.Problem;
import io.longwatch.formats.FieldInterest;
import io.longwatch.formats.ReadOptions;
import io.longwatch.formats.ReadStats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the same bytes through the byte walker (with its Jackson fallback) and through Jackson
 * alone, and renders what came out as text that names every detail a difference could hide
 * in: field names and typed values, time, host, source, consumed bytes, line breaks, errors.
 */
final class BothPaths {

    final RecordDecoder fast;
    final RecordDecoder jackson;

    BothPaths(FieldInterest interest) {
        fast = new RecordDecoder(JsonEventReader.FACTORY, LayoutSet.standard(), interest, true);
        jackson = new RecordDecoder(JsonEventReader.FACTORY, LayoutSet.standard(), interest, false);
    }

    /** What decoding {@code buf[off, off+len)} gives: events and framing figures, or Jackson's error. */
    static String outcome(RecordDecoder d, byte[] buf, int off, int len) {
        try {
            d.decode(buf, off, len, "test.json", 7);
            return "consumed=" + d.consumed() + " extraLines=" + d.extraLines() + " notObjects=" + d.notObjects()
                    + " events=" + describe(d.events());
        } catch (IOException | RuntimeException e) {
            return "error " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** What a whole read gave, and how many objects each path decoded. */
    record Read(ReadStats stats, List<Event> events, List<Problem> problems, long walked, long byJackson) {

        @Override
        public String toString() {
            return "stats=" + stats + "\nevents=" + describe(events) + "\nproblems=" + problems;
        }
    }

    /** Reads {@code content} through a fresh reader, with or without the walker. */
    static Read read(byte[] content, boolean documents, FieldInterest interest, boolean fastPath) {
        JsonEventReader reader = new JsonEventReader(new ReadOptions(interest, ReadOptions.DEFAULT_MAX_RECORD_BYTES),
                fastPath);
        List<Event> events = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ReadStats stats = reader.read(new ByteArrayInputStream(content), documents, "in.json", events::add,
                problems::add);
        return new Read(stats, events, problems, reader.decoder().walkedObjects(), reader.decoder().jacksonObjects());
    }

    /** One event as text. */
    static String describe(Event e) {
        return describe(List.of(e));
    }

    static String describe(List<Event> events) {
        StringBuilder sb = new StringBuilder();
        for (Event e : events) {
            sb.append("\n  {");
            for (int i = 0; i < e.size(); i++) {
                String name = e.name(i);
                if (name != name.intern()) {
                    sb.append("(NOT INTERNED)");
                }
                sb.append(escape(name)).append('=').append(typed(e.value(i))).append("; ");
            }
            sb.append("} time=").append(e.timeMicros()).append(" host=").append(typed(e.host()))
                    .append(" source=").append(e.source());
        }
        return sb.toString();
    }

    private static String typed(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "S\"" + escape(s) + "\"";
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("L[");
            for (Object o : list) {
                sb.append(typed(o)).append(',');
            }
            return sb.append(']').toString();
        }
        return "?" + v.getClass().getName() + ":" + v;
    }

    /** Non-printable and non-ASCII chars as \\uXXXX, so that surrogates and controls show. */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || c == '\\') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

package io.longwatch.intel.text;

import io.longwatch.core.event.Event;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.time.Timestamps;
import io.longwatch.intel.ImportCollector;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.IndicatorValues;
import io.longwatch.intel.IntelContext;
import io.longwatch.intel.ObservableType;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CSV feed through a {@link CsvMapping}: one entry per data row. Quoted fields
 * ({@code "a,b"}, {@code ""} for a quote) are understood within a line.
 */
public final class CsvReader {

    private static final Set<String> VALUE_NAMES = Set.of("value", "indicator", "ioc", "observable", "ioc_value",
            "indicator_value");
    private static final Set<String> TYPE_NAMES = Set.of("type", "indicator_type", "ioc_type", "kind", "value_type");
    private static final Set<String> LABEL_NAMES = Set.of("labels", "tags", "label", "tag");

    private CsvReader() {
    }

    /**
     * Reads the rows.
     *
     * @param place the file, for problem places ({@code file:line})
     * @param sourceName the file name, for derived ids
     * @param source the shared source string for the indicators
     * @param mapping the column mapping
     * @param in the text
     * @param out where entries go
     */
    public static void read(String place, String sourceName, String source, CsvMapping mapping, BufferedReader in,
            ImportCollector out) throws IOException {
        String first = in.readLine();
        if (first == null) {
            return;
        }
        List<String> cells = new ArrayList<>();
        split(first, mapping.delimiter(), cells);
        boolean header = mapping.header() != null ? mapping.header() : looksLikeHeader(cells, mapping);
        List<String> names = new ArrayList<>();
        if (header) {
            for (String c : cells) {
                names.add(c.strip().toLowerCase(Locale.ROOT));
            }
        }
        int valueCol = column(mapping.value(), names, VALUE_NAMES, 0);
        if (valueCol < 0) {
            out.problem(Problem.Stage.INPUT, place, "intel.csv-mapping", "no value column '" + mapping.value()
                    + "' in the header " + names + ": file not read");
            return;
        }
        int typeCol = column(mapping.type(), names, TYPE_NAMES, -1);
        int labelCol = column(mapping.labels(), names, LABEL_NAMES, -1);
        int confCol = column(mapping.confidence(), names, Set.of("confidence"), -1);
        int fromCol = column(mapping.validFrom(), names, Set.of("valid_from", "first_seen"), -1);
        int untilCol = column(mapping.validUntil(), names, Set.of("valid_until", "last_seen"), -1);
        for (String[] named : new String[][] {{mapping.type(), "type"}, {mapping.labels(), "labels"},
                {mapping.confidence(), "confidence"}, {mapping.validFrom(), "valid_from"},
                {mapping.validUntil(), "valid_until"}}) {
            if (named[0] != null && column(named[0], names, Set.of(), -1) < 0) {
                out.problem(Problem.Stage.INPUT, place, "intel.csv-mapping", "no " + named[1] + " column '"
                        + named[0] + "' in the header " + names + ": that column is ignored");
            }
        }
        Map<String, List<String>> labelCache = new HashMap<>();
        long lineNo = 1;
        String line = header ? in.readLine() : first;
        if (header) {
            lineNo++;
        }
        for (; line != null; line = in.readLine(), lineNo++) {
            if (line.isBlank() || line.charAt(0) == '#') {
                continue;
            }
            out.seen();
            split(line, mapping.delimiter(), cells);
            String where = place + ":" + lineNo;
            if (valueCol >= cells.size() || cells.get(valueCol).isBlank()) {
                out.reject(where, "intel.csv-row", "row has no value in column " + (valueCol + 1));
                continue;
            }
            String raw = Refang.refang(cells.get(valueCol).strip());
            String typeName = typeCol >= 0 && typeCol < cells.size() ? cells.get(typeCol).strip() : "";
            ObservableType type = typeName.isEmpty() ? TypeDetector.detect(raw) : TypeNames.resolve(typeName, raw);
            if (type == null) {
                out.reject(where, "intel.unknown-type", typeName.isEmpty()
                        ? "cannot tell what '" + PlainListReader.abbreviate(raw) + "' is"
                        : "unknown indicator type '" + typeName + "' for '" + PlainListReader.abbreviate(raw) + "'");
                continue;
            }
            String norm = IndicatorValues.normalize(type, raw);
            if (norm == null) {
                out.reject(where, "intel.bad-value", "'" + PlainListReader.abbreviate(raw) + "' is not a valid "
                        + type);
                continue;
            }
            List<String> labels = List.of();
            if (labelCol >= 0 && labelCol < cells.size() && !cells.get(labelCol).isBlank()) {
                labels = labelCache.computeIfAbsent(cells.get(labelCol), t -> out.labels(splitLabels(t)));
            }
            int confidence = confCol >= 0 && confCol < cells.size() ? confidence(cells.get(confCol)) : -1;
            long from = fromCol >= 0 && fromCol < cells.size() ? Timestamps.parseMicros(cells.get(fromCol)) : Event.NO_TIME;
            long until = untilCol >= 0 && untilCol < cells.size()
                    ? Timestamps.parseMicros(cells.get(untilCol)) : Event.NO_TIME;
            out.accept(new Indicator(ImportCollector.derivedId(sourceName, type, norm), type, norm, null, source,
                    labels, confidence, from, until, false, IntelContext.NONE, null));
            out.parsed();
        }
    }

    private static boolean looksLikeHeader(List<String> cells, CsvMapping mapping) {
        for (String c : cells) {
            String n = c.strip().toLowerCase(Locale.ROOT);
            if (VALUE_NAMES.contains(n) || TYPE_NAMES.contains(n) || LABEL_NAMES.contains(n) || n.equals(mapping.value())) {
                return true;
            }
        }
        return mapping.value() != null && !isNumber(mapping.value());
    }

    private static int column(String spec, List<String> names, Set<String> guesses, int fallback) {
        if (spec == null) {
            for (int i = 0; i < names.size(); i++) {
                if (guesses.contains(names.get(i))) {
                    return i;
                }
            }
            return fallback;
        }
        if (isNumber(spec)) {
            return Integer.parseInt(spec) - 1;
        }
        return names.indexOf(spec.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(s) > 0;
    }

    private static List<String> splitLabels(String cell) {
        List<String> out = new ArrayList<>();
        for (String p : cell.split("[;|]")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static int confidence(String cell) {
        String c = cell.strip();
        if (!isNumber(c) && !c.equals("0")) {
            return -1;
        }
        int v = Integer.parseInt(c);
        return v <= 100 ? v : -1;
    }

    /** Splits one CSV line into cells (reusing the list). */
    static void split(String line, char delimiter, List<String> cells) {
        cells.clear();
        int n = line.length();
        int i = 0;
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (i < n) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            sb.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    sb.append(c);
                    i++;
                }
                while (i < n && line.charAt(i) != delimiter) {
                    sb.append(line.charAt(i++));
                }
                cells.add(sb.toString());
            } else {
                int end = line.indexOf(delimiter, i);
                if (end < 0) {
                    end = n;
                }
                cells.add(line.substring(i, end));
                i = end;
            }
            if (i >= n) {
                return;
            }
            i++; // the delimiter
            if (i == n) {
                cells.add("");
                return;
            }
        }
    }
}

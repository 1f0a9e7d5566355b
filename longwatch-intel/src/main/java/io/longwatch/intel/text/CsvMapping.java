package io.longwatch.intel.text;

import java.util.Locale;

/**
 * Which CSV columns hold what. A column is named by its header text (case-insensitive) or by its
 * 1-based number. Only the value column is required; without a type column each value's type is
 * detected as in a plain list.
 *
 * @param value the value column
 * @param type the type column, or null
 * @param labels a column of labels/tags separated by {@code ;} or {@code |}, or null
 * @param confidence a 0–100 confidence column, or null
 * @param validFrom a timestamp column for the start of validity, or null
 * @param validUntil a timestamp column for the end of validity, or null
 * @param delimiter the field separator
 * @param header whether the first row is a header; null to decide from the first row
 */
public record CsvMapping(String value, String type, String labels, String confidence, String validFrom,
        String validUntil, char delimiter, Boolean header) {

    /**
     * Guesses from the header: the value in a column named value, indicator, ioc, observable or
     * the first column; type in type, indicator_type, ioc_type, kind; labels in labels, tags.
     */
    public static final CsvMapping AUTO = new CsvMapping(null, null, null, null, null, null, ',', null);

    /**
     * Parses {@code value=COL,type=COL,labels=COL,confidence=COL,valid_from=COL,valid_until=COL,
     * delimiter=tab|;|,,header=yes|no} (any subset; COL is a header name or a 1-based number).
     *
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static CsvMapping parse(String spec) {
        CsvMapping m = AUTO;
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("CSV mapping part '" + part + "' is not KEY=COLUMN");
            }
            String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT).replace('-', '_');
            String col = part.substring(eq + 1).strip();
            m = switch (key) {
                case "value" -> new CsvMapping(col, m.type, m.labels, m.confidence, m.validFrom, m.validUntil,
                        m.delimiter, m.header);
                case "type" -> new CsvMapping(m.value, col, m.labels, m.confidence, m.validFrom, m.validUntil,
                        m.delimiter, m.header);
                case "labels", "tags" -> new CsvMapping(m.value, m.type, col, m.confidence, m.validFrom, m.validUntil,
                        m.delimiter, m.header);
                case "confidence" -> new CsvMapping(m.value, m.type, m.labels, col, m.validFrom, m.validUntil,
                        m.delimiter, m.header);
                case "valid_from", "first_seen" -> new CsvMapping(m.value, m.type, m.labels, m.confidence, col,
                        m.validUntil, m.delimiter, m.header);
                case "valid_until", "last_seen" -> new CsvMapping(m.value, m.type, m.labels, m.confidence,
                        m.validFrom, col, m.delimiter, m.header);
                case "delimiter" -> new CsvMapping(m.value, m.type, m.labels, m.confidence, m.validFrom,
                        m.validUntil, delimiter(col), m.header);
                case "header" -> new CsvMapping(m.value, m.type, m.labels, m.confidence, m.validFrom, m.validUntil,
                        m.delimiter, switch (col.toLowerCase(Locale.ROOT)) {
                            case "yes", "true" -> Boolean.TRUE;
                            case "no", "false" -> Boolean.FALSE;
                            default -> throw new IllegalArgumentException("header must be yes or no, not '" + col
                                    + "'");
                        });
                default -> throw new IllegalArgumentException("unknown CSV mapping key '" + key
                        + "' (value, type, labels, confidence, valid_from, valid_until, delimiter, header)");
            };
        }
        return m;
    }

    private static char delimiter(String col) {
        return switch (col.toLowerCase(Locale.ROOT)) {
            case "tab", "\\t" -> '\t';
            case "semicolon", ";" -> ';';
            case "pipe", "|" -> '|';
            case "comma", "" -> ',';
            default -> {
                if (col.length() != 1) {
                    throw new IllegalArgumentException("delimiter must be one character, tab, semicolon or pipe");
                }
                yield col.charAt(0);
            }
        };
    }
}

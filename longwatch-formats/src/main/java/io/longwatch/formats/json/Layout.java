package io.longwatch.formats.json;

import java.util.List;

/**
 * One JSON record layout, read from a mapping file under {@code layouts/}: how to recognise a
 * record in it, and how its source paths become canonical field names.
 *
 * @param name layout name, e.g. {@code evtx-crate}
 * @param windows whether records are Windows events (the System fields are always materialised)
 * @param detectAll dotted source paths that must all be present
 * @param detectAny dotted source paths of which at least one must be present (empty: no condition)
 * @param timeFields canonical names holding the event time, best first
 * @param hostFields canonical names holding the host, best first
 * @param rules path patterns, first match wins
 * @param keepUnmatched whether paths no rule matches keep their dotted path (else dropped)
 * @param logPathField for Zeek: the field naming the log ({@code _path}), filled from the file name
 *     when a record lacks it; null for other layouts
 */
record Layout(String name, boolean windows, List<String> detectAll, List<String> detectAny,
              List<String> timeFields, List<String> hostFields, List<PathPattern> rules,
              boolean keepUnmatched, String logPathField) {

    /** Most wildcards in any rule; sizes the capture buffer. */
    static final int MAX_CAPTURES = 8;

    /** The canonical name of a source path (keys from the record root), or null to drop it. */
    String canonicalName(String[] keys, String dottedPath) {
        String[] captures = new String[MAX_CAPTURES];
        for (PathPattern rule : rules) {
            if (rule.matches(keys, captures)) {
                return rule.drops() ? null : rule.target(captures);
            }
        }
        return keepUnmatched ? dottedPath : null;
    }
}

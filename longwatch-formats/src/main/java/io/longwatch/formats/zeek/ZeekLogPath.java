package io.longwatch.formats.zeek;

/**
 * The Zeek log path ({@code conn}, {@code dns}, {@code http}, ...) that every Zeek event carries
 * in {@link #FIELD}, so that Sigma routing and the analytics know which log an event came from.
 */
public final class ZeekLogPath {

    /** Name of the field holding the log path: Zeek's own name for it in streamed JSON logs. */
    public static final String FIELD = "_path";

    private ZeekLogPath() {
    }

    /**
     * The log path implied by a file name, for logs that do not state it themselves (JSON logs,
     * TSV without {@code #path}): the file's base name up to its first dot, so {@code conn.log},
     * {@code conn.2024-01-01-00-00-00.log.gz}, {@code dns.log.labeled} and
     * {@code archive.zip!/logs/http.log} give {@code conn}, {@code conn}, {@code dns} and
     * {@code http}. Interned; null when nothing usable remains (standard input {@code -}).
     */
    public static String fromFileName(String displayPath) {
        if (displayPath == null) {
            return null;
        }
        int from = 0;
        for (int i = displayPath.length() - 1; i >= 0; i--) {
            char c = displayPath.charAt(i);
            if (c == '/' || c == '\\' || c == '!') {
                from = i + 1;
                break;
            }
        }
        int to = displayPath.indexOf('.', from);
        if (to < 0) {
            to = displayPath.length();
        }
        String stem = displayPath.substring(from, to);
        if (stem.isEmpty() || stem.equals("-")) {
            return null;
        }
        return stem.intern();
    }
}

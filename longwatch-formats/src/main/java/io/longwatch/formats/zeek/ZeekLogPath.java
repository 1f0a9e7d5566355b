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
     * TSV without {@code #path}): the start of the file's base name up to the first character
     * that cannot be in a Zeek log path (letters, digits, {@code _}), so {@code conn.log},
     * {@code conn.2024-01-01-00-00-00.log.gz}, {@code dns-week2.log.gz}, {@code dns.log.labeled},
     * {@code smb_files.log} and {@code archive.zip!/logs/http.log} give {@code conn}, {@code conn},
     * {@code dns}, {@code dns}, {@code smb_files} and {@code http}. Interned; null when nothing
     * usable remains (standard input {@code -}).
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
        int to = from;
        while (to < displayPath.length() && isPathChar(displayPath.charAt(to))) {
            to++;
        }
        return to == from ? null : displayPath.substring(from, to).intern();
    }

    private static boolean isPathChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}

package io.longwatch.formats;

/**
 * What an input's first bytes say it is. {@link EventReaders} dispatches on this; a new log
 * format is one new constant, its signature in the sniffer, and one reader.
 */
public enum Format {
    /** JSON lines or whole-file JSON (first non-blank byte <code>{</code> or <code>[</code>). */
    JSON,
    /**
     * Zeek's tab-separated ASCII log (first line {@code #separator ...}, or {@code #fields} when
     * the separator line was dropped). Zeek's JSON logs are {@link #JSON}.
     */
    ZEEK_TSV,
    /** Windows EVTX ({@code ElfFile\0}). */
    EVTX,
    /** A gzip stream that was not named {@code .gz}; read through a decompressor and sniffed again. */
    GZIP,
    /** A zip archive met as a stream (stdin, or a file not named {@code .zip}): not expanded. */
    ZIP,
    /** Nothing, or only whitespace. */
    EMPTY,
    /** NUL bytes or control characters: not a text log. */
    BINARY,
    /** Text, but no format we read (yet). */
    UNKNOWN_TEXT
}

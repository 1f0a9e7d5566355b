package io.longwatch.formats;

import io.longwatch.core.event.EventSink;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.formats.input.CorruptArchiveException;
import io.longwatch.formats.input.Sniffer;
import io.longwatch.formats.evtx.EvtxReader;
import io.longwatch.formats.evtx.EvtxStats;
import io.longwatch.formats.json.JsonEventReader;
import io.longwatch.formats.zeek.ZeekTsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads any supported input into events: sniffs the content, picks the reader for its
 * {@link Format}, and reports what cannot be read instead of throwing.
 */
public final class EventReaders {

    private EventReaders() {
    }

    /**
     * Reads one input unit to the end, handing each event to {@code sink} on this thread.
     * Never throws for bad content: unreadable, empty, binary or unsupported inputs and bad
     * records are reported to {@code problems} with their place. An exception thrown by the
     * sink itself is not the input's fault and propagates unchanged.
     */
    public static ReadStats read(InputUnit unit, ReadOptions options, EventSink sink, ProblemSink problems) {
        try {
            return readUnit(unit, options, event -> {
                try {
                    sink.accept(event);
                } catch (RuntimeException e) {
                    throw new SinkFailure(e);
                }
            }, problems);
        } catch (SinkFailure e) {
            throw e.original;
        }
    }

    /** Carries a sink's exception past the reader's own "report and continue" handlers. */
    private static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RuntimeException original;

        SinkFailure(RuntimeException original) {
            super(null, null, false, false);
            this.original = original;
        }
    }

    private static ReadStats readUnit(InputUnit unit, ReadOptions options, EventSink sink, ProblemSink problems) {
        String path = unit.displayPath();
        InputStream raw;
        try {
            raw = unit.open();
        } catch (CorruptArchiveException e) {
            problems.report(Problem.Stage.INPUT, path, "input.corrupt-archive", describe(e));
            return ReadStats.NONE;
        } catch (IOException | RuntimeException e) {
            problems.report(Problem.Stage.INPUT, path, "input.unreadable", "cannot open: " + describe(e));
            return ReadStats.NONE;
        }
        try (InputStream in = raw) {
            return readStream(in, path, options, sink, problems, 0);
        } catch (SinkFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            problems.report(Problem.Stage.INPUT, path, "input.read-error", "reading failed: " + describe(e));
            return ReadStats.NONE;
        }
    }

    private static ReadStats readStream(InputStream raw, String path, ReadOptions options, EventSink sink,
                                        ProblemSink problems, int gzipDepth) throws IOException {
        byte[] head = new byte[Sniffer.HEAD_BYTES];
        int n = 0;
        IOException headError = null;
        try {
            for (int r; n < head.length && (r = raw.read(head, n, head.length - n)) >= 0; ) {
                n += r;
            }
        } catch (IOException e) {
            headError = e;
        }
        if (headError != null && n == 0) {
            problems.report(Problem.Stage.INPUT, path, "input.unreadable", "cannot read: " + describe(headError));
            return ReadStats.NONE;
        }
        Format format = Sniffer.sniff(head, n);
        int bom = Sniffer.bomLength(head, n);
        // A stream that breaks inside its first bytes (truncated gzip or zip member) still has
        // records worth reading: replay what arrived, then fail where the damage is.
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head, bom, n - bom),
                headError == null ? raw : new FailingInputStream(headError));
        return switch (format) {
            case JSON -> new JsonEventReader(options).read(in,
                    JsonEventReader.looksLikeDocuments(head, n), path, sink, problems);
            case ZEEK_TSV -> new ZeekTsvReader(options).read(in, path, sink, problems);
            case GZIP -> {
                if (gzipDepth > 0) {
                    problems.report(Problem.Stage.INPUT, path, "input.unsupported",
                            "gzip inside gzip is not read");
                    yield ReadStats.NONE;
                }
                GZIPInputStream gz;
                try {
                    gz = new GZIPInputStream(in, 64 * 1024);
                } catch (IOException e) {
                    problems.report(Problem.Stage.INPUT, path, "input.corrupt-archive",
                            "corrupt gzip: " + describe(e));
                    yield ReadStats.NONE;
                }
                yield readStream(gz, path, options, sink, problems, gzipDepth + 1);
            }
            case EVTX -> {
                // EVTX needs random access to chunks: read the whole file, then parse it.
                byte[] all;
                try {
                    all = in.readAllBytes();
                } catch (IOException e) {
                    problems.report(Problem.Stage.INPUT, path, "input.unreadable", "cannot read: " + describe(e));
                    yield ReadStats.NONE;
                }
                EvtxStats s = EvtxReader.read(all, path, sink, problems);
                yield new ReadStats(s.records(), s.skipped(), all.length);
            }
            case ZIP -> {
                problems.report(Problem.Stage.INPUT, path, "input.unsupported",
                        "zip archive content; archives are expanded only when given as files named .zip");
                yield ReadStats.NONE;
            }
            case EMPTY -> {
                problems.report(Problem.Stage.INPUT, path, "input.empty",
                        n == 0 ? "file is empty" : "file contains only whitespace");
                yield new ReadStats(0, 0, n);
            }
            case BINARY -> {
                problems.report(Problem.Stage.INPUT, path, "input.binary",
                        "binary content (NUL or control bytes in the first " + n + " bytes), not a text log; skipped");
                yield ReadStats.NONE;
            }
            case UNKNOWN_TEXT -> {
                problems.report(Problem.Stage.INPUT, path, "input.unknown-format",
                        "text that is neither JSON nor a Zeek TSV log (first line starts with " + preview(head, bom, n)
                                + "); no reader for it");
                yield ReadStats.NONE;
            }
        };
    }

    private static String preview(byte[] head, int from, int n) {
        int end = from;
        while (end < n && end - from < 40 && head[end] != '\n' && head[end] != '\r') {
            end++;
        }
        return '"' + new String(head, from, end - from, java.nio.charset.StandardCharsets.UTF_8) + '"';
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}

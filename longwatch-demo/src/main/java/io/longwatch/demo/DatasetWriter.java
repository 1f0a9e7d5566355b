package io.longwatch.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Lays a host's records out as files, one per week, in time order; odd weeks are gzipped so the
 * readers' compression path is exercised. Collects the ground-truth position of every campaign record.
 */
final class DatasetWriter {
    static final int WEEKS = 4;
    private static final Comparator<DemoEvent> BY_TIME =
            Comparator.comparingLong((DemoEvent e) -> e.timeMicros).thenComparingLong(e -> e.seq);

    private final JsonFactory factory = new JsonFactory();
    private final Path dir;
    private final List<Path> files = new ArrayList<>();
    private final List<DemoStep> steps = new ArrayList<>();
    private long events;

    /** What one host's files hold: written by {@link #write}, merged in host order by the caller. */
    record HostOutput(List<Path> files, List<DemoStep> steps, long events) {
    }

    private DatasetWriter(Path dir) {
        this.dir = dir;
    }

    /** Writes the four weekly files of one host into {@code dir}. Safe to run for several hosts at once. */
    static HostOutput write(Path dir, HostLog log) throws IOException {
        DatasetWriter w = new DatasetWriter(dir);
        w.writeHost(log);
        return new HostOutput(List.copyOf(w.files), List.copyOf(w.steps), w.events);
    }

    static String fileName(Host host, int week) {
        return host.name().toLowerCase(Locale.ROOT) + "-week" + (week + 1) + (week % 2 == 1 ? ".jsonl.gz" : ".jsonl");
    }

    private void writeHost(HostLog log) throws IOException {
        List<DemoEvent> sorted = new ArrayList<>(log.events);
        sorted.sort(BY_TIME);
        RecordLayout layout = RecordLayout.of(log.host.layout());
        long[] recordIds = {
            100_000L + log.host.index() * 7_919L, 2_000_000L + log.host.index() * 104_729L, 1L
        };
        int from = 0;
        for (int week = 0; week < WEEKS; week++) {
            int to = from;
            while (to < sorted.size() && (week == WEEKS - 1 || DemoClock.week(sorted.get(to).timeMicros) <= week)) {
                to++;
            }
            writeFile(log.host, week, sorted.subList(from, to), layout, recordIds);
            from = to;
        }
    }

    private void writeFile(Host host, int week, List<DemoEvent> records, RecordLayout layout, long[] recordIds)
            throws IOException {
        String name = fileName(host, week);
        Path path = dir.resolve(name);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        if (name.endsWith(".gz")) {
            out = new FastGzip(out);
        }
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.setRootValueSeparator(null);
            long line = 0;
            for (DemoEvent e : records) {
                int channel = e.kind.source.ordinal();
                long id = recordIds[channel]++;
                layout.write(g, host, e, id);
                g.writeRaw('\n');
                line++;
                if (e.step != null) {
                    steps.add(new DemoStep(e.step.id(), e.step.description(), e.step.technique(), host.computer(), name,
                            line, e.timeMicros));
                }
            }
            events += line;
        }
        files.add(path);
    }

    /** Gzip at the fastest level: the demo is about reading, and generation must stay quick. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}

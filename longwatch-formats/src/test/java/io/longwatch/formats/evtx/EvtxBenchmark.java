package io.longwatch.formats.evtx;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.EventSink;
import io.longwatch.core.problem.ProblemSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Parse throughput of {@link EvtxReader} over every .evtx in evtx/attack-samples and
 * sigma/regression_data, held in memory: MB/s and records/s on one thread and on all cores
 * (files and chunk ranges spread over a thread pool), medians of several runs; then python-evtx
 * over the same files in the same run, and the ratio. Run by hand (not a unit test):
 * <pre>
 *   java -cp longwatch-formats/target/test-classes:longwatch-formats/target/classes:longwatch-core/target/classes \
 *        io.longwatch.formats.evtx.EvtxBenchmark [--runs N] [--no-python]
 * </pre>
 * MB/s counts whole files, preallocated empty chunks included, as evtx_dump's figures do; the
 * records/s figures do not depend on that.
 */
public final class EvtxBenchmark {

    private EvtxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 7;
        boolean python = true;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--no-python")) {
                python = false;
            }
        }
        Path root = SharedData.root().orElseThrow(() -> new IllegalStateException("set LONGWATCH_DATA"));
        List<Path> paths = new ArrayList<>();
        for (String dir : new String[] {"evtx/attack-samples", "sigma/regression_data"}) {
            try (Stream<Path> s = Files.walk(root.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".evtx")).sorted().forEach(paths::add);
            }
        }
        List<byte[]> files = new ArrayList<>();
        long bytes = 0;
        long usedBytes = 0;
        for (Path p : paths) {
            byte[] data = Files.readAllBytes(p);
            files.add(data);
            bytes += data.length;
            usedBytes += usedBytes(data);
        }
        System.out.printf(Locale.ROOT, "%d files, %.1f MB (%.1f MB in header and chunks in use; the rest is"
                + " preallocated empty chunks)%n", files.size(), bytes / 1e6, usedBytes / 1e6);

        long warmUntil = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            oneThread(files); // warm-up: let the JIT compile the hot paths first (slow on a busy machine)
        }
        double[] single = new double[runs];
        long records = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            records = oneThread(files);
            single[i] = (System.nanoTime() - t0) / 1e9;
        }
        double s1 = median(single);
        report("one thread", records, single, bytes, usedBytes);

        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            allCores(files, pool);
            double[] multi = new double[runs];
            long recordsAll = 0;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                recordsAll = allCores(files, pool);
                multi[i] = (System.nanoTime() - t0) / 1e9;
            }
            report(threads + " threads", recordsAll, multi, bytes, usedBytes);
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }

        if (python) {
            pythonEvtx(paths, records, s1);
        }
    }

    private static long oneThread(List<byte[]> files) {
        long[] count = {0};
        EventSink sink = e -> count[0]++;
        ProblemSink problems = ProblemSink.ignoring();
        for (byte[] data : files) {
            EvtxReader.read(data, "bench.evtx", sink, problems);
        }
        return count[0];
    }

    /** Files split into ranges of at most 4 chunks, all ranges on the pool. */
    private static long allCores(List<byte[]> files, ExecutorService pool) throws Exception {
        LongAdder count = new LongAdder();
        List<Future<?>> tasks = new ArrayList<>();
        for (byte[] data : files) {
            int chunks = EvtxReader.chunkCount(data);
            for (int from = 0; from < chunks; from += 4) {
                int start = from;
                tasks.add(pool.submit(() -> {
                    long[] n = {0};
                    EvtxReader.readChunks(data, start, start + 4, "bench.evtx", e -> n[0]++, ProblemSink.ignoring());
                    count.add(n[0]);
                }));
            }
        }
        for (Future<?> f : tasks) {
            f.get();
        }
        return count.sum();
    }

    private static void pythonEvtx(List<Path> paths, long javaRecords, double javaSeconds) throws IOException,
            InterruptedException {
        Process p = PythonEvtx.start("python_evtx_bench.py", paths);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher records = Pattern.compile("\"records\": (\\d+)").matcher(out);
        Matcher seconds = Pattern.compile("\"seconds\": ([0-9.eE+-]+)").matcher(out);
        Matcher bytes = Pattern.compile("\"bytes\": (\\d+)").matcher(out);
        if (p.exitValue() != 0 || !records.find() || !seconds.find() || !bytes.find()) {
            System.out.println("python-evtx: not available (" + out.strip() + ")");
            return;
        }
        long pr = Long.parseLong(records.group(1));
        double ps = Double.parseDouble(seconds.group(1));
        long pb = Long.parseLong(bytes.group(1));
        System.out.printf(Locale.ROOT, "python-evtx: %d records in %.1f s = %.2f MB/s, %.0f records/s%n",
                pr, ps, pb / 1e6 / ps, pr / ps);
        System.out.printf(Locale.ROOT, "ratio (one Java thread vs python-evtx, records/s): %.0fx%n",
                (javaRecords / javaSeconds) / (pr / ps));
    }

    private static void report(String what, long records, double[] seconds, long bytes, long usedBytes) {
        double median = median(seconds);
        if (Boolean.getBoolean("evtx.bench.verbose")) {
            System.out.println(what + " runs: " + Arrays.toString(seconds));
        }
        double best = Arrays.stream(seconds).min().orElseThrow();
        System.out.printf(Locale.ROOT, "%s: %d records; median of %d runs %.3f s = %.0f MB/s (%.0f MB/s of chunks in use),"
                        + " %.0f records/s; best run %.3f s = %.0f MB/s, %.0f records/s%n",
                what, records, seconds.length, median, bytes / 1e6 / median, usedBytes / 1e6 / median,
                records / median, best, bytes / 1e6 / best, records / best);
    }

    /** The header plus every chunk that carries the chunk signature. */
    private static long usedBytes(byte[] data) {
        long used = Math.min(data.length, 4096);
        for (int c = 0; c < EvtxReader.chunkCount(data); c++) {
            int base = 4096 + c * 0x10000;
            if (base + 8 <= data.length && data[base] == 'E' && data[base + 3] == 'C' && data[base + 5] == 'n') {
                used += Math.min(0x10000, data.length - base);
            }
        }
        return used;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

package io.longwatch.cli.bench;

import io.longwatch.analytics.AnalyticsOptions;
import io.longwatch.analytics.AnalyticsRun;
import io.longwatch.analytics.NetworkAnalytics;
import io.longwatch.cli.hunt.AnalyticsCliOptions;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.formats.EventReaders;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.ReadOptions;
import io.longwatch.formats.ReadStats;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code longwatch bench analytics}: records/s of reading Zeek conn logs alone and of reading plus all
 * network analytics (including their {@code finish}), over a corpus made from real conn logs shifted
 * and repeated over simulated days with distinct hosts, rendered on the fly. Also measures rendering
 * alone, so the reading figure can be read net of the generator, and the heap the analytics retain.
 */
@Command(name = "analytics", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Benchmark the network analytics against reading alone on a large synthetic Zeek conn corpus.",
            "Example: LONGWATCH_JAVA_OPTS=-Xmx2g longwatch bench analytics ../shared/data/zeek/stratosphere",
            "         --records 10000000 --days 30 --runs 3"
        })
public final class BenchAnalyticsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Zeek logs or folders whose conn records are the templates.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--records", paramLabel = "N", description = "Conn records per timed run (default: ${DEFAULT-VALUE}).")
    long records = 10_000_000;

    @Option(names = "--days", paramLabel = "N", description = "Simulated days the copies are spread over (default: ${DEFAULT-VALUE}).")
    int days = 30;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per mode (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--window", paramLabel = "DURATION", defaultValue = "24h",
            description = "Analytics window (default: ${DEFAULT-VALUE}).")
    String window = "24h";

    private enum Mode { RENDER, READ, ANALYTICS }

    private record Result(long records, long findings, double seconds, long retainedBytes) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ProblemLog problems = new ProblemLog(20);
        ZeekBenchCorpus corpus = ZeekBenchCorpus.load(inputs, problems);
        if (corpus.templates() == 0) {
            spec.commandLine().getErr().println("longwatch bench analytics: no Zeek conn records in the inputs");
            return 3;
        }
        NetworkAnalytics detector = NetworkAnalytics.detector(
                AnalyticsOptions.defaults().withWindow(AnalyticsCliOptions.parseDuration(window)));
        List<InputUnit> units = corpus.units(records, days);
        out.printf(Locale.ROOT, "corpus   %,d template conn records, %,d addresses; %,d copies over %d days = %,d records per run%n",
                corpus.templates(), corpus.addresses(), units.size(), days, corpus.records(units));
        out.printf(Locale.ROOT, "jvm      max heap %,d MiB, %d threads, %d timed runs per mode (median shown)%n%n",
                Runtime.getRuntime().maxMemory() >> 20, threads, runs);
        out.flush();
        // Warm-up on a tenth of the corpus, every mode.
        List<InputUnit> warm = units.subList(0, Math.max(1, units.size() / 10));
        for (Mode m : Mode.values()) {
            pass(warm, m, detector, problems, corpus.templates());
        }
        out.printf(Locale.ROOT, "%-22s %14s %10s %12s %s%n", "mode", "records/s", "seconds", "findings", "runs (records/s)");
        double[] medians = new double[Mode.values().length];
        long retained = 0;
        for (Mode m : Mode.values()) {
            double[] rps = new double[runs];
            double[] secs = new double[runs];
            long findings = 0;
            for (int r = 0; r < runs; r++) {
                Result res = pass(units, m, detector, problems, corpus.templates());
                rps[r] = res.records / res.seconds;
                secs[r] = res.seconds;
                findings = res.findings;
                retained = Math.max(retained, res.retainedBytes);
            }
            double[] sorted = rps.clone();
            Arrays.sort(sorted);
            double[] sortedSecs = secs.clone();
            Arrays.sort(sortedSecs);
            medians[m.ordinal()] = sorted[sorted.length / 2];
            StringBuilder each = new StringBuilder();
            for (double v : rps) {
                each.append(each.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%,.0f", v));
            }
            String label = switch (m) {
                case RENDER -> "render only";
                case READ -> "read (render + parse)";
                case ANALYTICS -> "read + all analytics";
            };
            out.printf(Locale.ROOT, "%-22s %,14.0f %10.1f %12s %s%n", label, medians[m.ordinal()],
                    sortedSecs[sortedSecs.length / 2], m == Mode.ANALYTICS ? String.format(Locale.ROOT, "%,d", findings) : "-", each);
            out.flush();
        }
        double read = medians[Mode.READ.ordinal()];
        double all = medians[Mode.ANALYTICS.ordinal()];
        double render = medians[Mode.RENDER.ordinal()];
        out.printf(Locale.ROOT, "%nratio    read+analytics / read = %.2f%n", all / read);
        // Net of the generator: time per record minus rendering time per record.
        double netRead = 1 / (1 / read - 1 / render);
        double netAll = 1 / (1 / all - 1 / render);
        out.printf(Locale.ROOT, "net      without rendering: read %,.0f records/s, read+analytics %,.0f records/s, ratio %.2f%n",
                netRead, netAll, netAll / netRead);
        out.printf(Locale.ROOT, "memory   analytics state retained at finish (live heap after full GC): %,d MiB%n",
                retained >> 20);
        long skipped = problems.count(io.longwatch.core.problem.Problem.Stage.RECORD);
        if (skipped > 0) {
            out.printf(Locale.ROOT, "note     %,d records skipped as unreadable%n", skipped);
        }
        return 0;
    }

    private Result pass(List<InputUnit> units, Mode mode, NetworkAnalytics detector, ProblemLog problems,
            long templatesPerUnit) throws Exception {
        ReadOptions options = ReadOptions.forDetectors(List.of(detector));
        AtomicInteger next = new AtomicInteger();
        AtomicLong recordsRead = new AtomicLong();
        int workers = Math.max(1, threads);
        List<AnalyticsRun> analyticsRuns = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            analyticsRuns.add(detector.newRun());
        }
        List<Finding> found = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        long elapsed;
        long retained = 0;
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                AnalyticsRun run = analyticsRuns.get(w);
                fs.add(pool.submit(() -> {
                    long n = 0;
                    byte[] buf = new byte[1 << 16];
                    for (int i = next.getAndIncrement(); i < units.size(); i = next.getAndIncrement()) {
                        InputUnit u = units.get(i);
                        if (mode == Mode.RENDER) {
                            try (InputStream in = u.open()) {
                                while (in.read(buf) > 0) {
                                    // drain: rendering cost only
                                }
                            }
                            n += templatesPerUnit;
                        } else {
                            ReadStats rs = mode == Mode.READ
                                    ? EventReaders.read(u, options, e -> { }, problems)
                                    : EventReaders.read(u, options, e -> run.accept(e, f -> { }), problems);
                            n += rs.records();
                        }
                    }
                    recordsRead.addAndGet(n);
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            elapsed = System.nanoTime() - start;
            if (mode == Mode.ANALYTICS) {
                // Untimed: a full GC to measure what the runs hold, then the timed merge and scoring.
                retained = liveHeap();
                long finishStart = System.nanoTime();
                detector.finish(analyticsRuns, found::add);
                elapsed += System.nanoTime() - finishStart;
            }
        } finally {
            pool.shutdown();
        }
        return new Result(recordsRead.get(), found.size(), elapsed / 1e9, retained);
    }

    /** Heap in use after a full collection, with the analytics' state still referenced by the caller. */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

package io.longwatch.cli.bench;

import io.longwatch.cli.hunt.LoadedRules;
import io.longwatch.cli.hunt.RuleOptions;
import io.longwatch.core.detect.Detector;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.Inputs;
import io.longwatch.formats.ReadOptions;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.ObservableType;
import io.longwatch.intel.match.IntelDetector;
import io.longwatch.intel.match.MatchOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code longwatch bench intel}: (1) hunt throughput with a million mixed indicators against the
 * same hunt without them, over a corpus held in memory; (2) an indicator sweep over at least 1 GB of
 * JSON logs on disk against GNU {@code grep -F -f} with the same values on the same files. Medians.
 */
@Command(name = "intel", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Benchmark indicator matching: the hunt with and without N mixed indicators (in memory), then an",
            "indicator sweep over >= 1 GB of JSON logs written to disk against GNU grep -F -f with the same",
            "values on the same files (grep reports every line containing a value anywhere; Longwatch only",
            "values in the fields of their type). Prints timings, ratios and match counts; medians of --runs.",
            "Example: longwatch bench intel ../shared/data/windows-json/otrf --rules ../shared/data/sigma/rules",
            "         --product windows"
        })
public final class BenchIntelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "JSON log corpus (files, archives, folders).")
    List<String> inputs = new ArrayList<>();

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @Option(names = "--indicators", paramLabel = "N", description = "Mixed indicators (default: ${DEFAULT-VALUE}).")
    int indicators = 1_000_000;

    @Option(names = "--min-events", paramLabel = "N",
            description = "Events per timed hunt run; the corpus is repeated to reach it (default: ${DEFAULT-VALUE}).")
    long minEvents = 500_000;

    @Option(names = "--sweep-mb", paramLabel = "MB", description = "Size of the on-disk sweep corpus (default: ${DEFAULT-VALUE}).")
    long sweepMb = 1024;

    @Option(names = "--sweep-indicators", paramLabel = "N",
            description = "Indicators (the first N of the same mix) for the sweep and grep: grep -F slows down steeply "
                    + "with the pattern count (default: ${DEFAULT-VALUE}).")
    int sweepIndicators = 10_000;

    @Option(names = "--sweep-dir", paramLabel = "DIR",
            description = "Where to write the sweep corpus (default: a temporary folder, removed afterwards).")
    Path sweepDir;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per measurement (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--no-grep", description = "Skip the grep comparison.")
    boolean noGrep;

    /** Values known to occur in the OTRF and Sigma regression samples, so the sweep finds something. */
    static final List<Indicator> PLANTED = List.of(
            SyntheticIndicators.of("planted--1", ObservableType.IPV4, "172.18.39.102"),
            SyntheticIndicators.of("planted--2", ObservableType.IPV4, "10.10.10.0/24"),
            SyntheticIndicators.of("planted--3", ObservableType.DOMAIN, "shire.com"),
            SyntheticIndicators.of("planted--4", ObservableType.MD5, "36354d9b5b0a58a4b9a19103852c00a2"),
            SyntheticIndicators.of("planted--5", ObservableType.FILE_NAME, "wmiprvse.exe"),
            SyntheticIndicators.of("planted--6", ObservableType.IPV6, "fe80::3816:b2ee:1b9b:324b"));

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ProblemLog problems = new ProblemLog(20);
        long t0 = System.nanoTime();
        InMemoryCorpus corpus = InMemoryCorpus.load(inputs, problems);
        LoadedRules rules = LoadedRules.load(ruleOptions.rules(), List.of(), ruleOptions, problems);
        List<Indicator> inds = SyntheticIndicators.generate(indicators, 42, PLANTED);
        long tc = System.nanoTime();
        IntelDetector intel = IntelDetector.compile(inds, MatchOptions.DEFAULTS, problems);
        double compileSeconds = (System.nanoTime() - tc) / 1e9;
        List<Detector<?>> without = rules.engine().ruleCount() > 0 ? List.of(rules.engine()) : List.of();
        List<Detector<?>> with = new ArrayList<>(without);
        with.add(intel);
        ReadOptions withoutOptions = without.isEmpty() ? ReadOptions.forDetectors(List.of(intel))
                : ReadOptions.forDetectors(without);
        ReadOptions withOptions = ReadOptions.forDetectors(with);

        DetectorPass.Result warm = DetectorPass.run(corpus.units, 1, with, withOptions, threads, problems);
        if (warm.events() == 0) {
            spec.commandLine().getErr().println("longwatch bench: the corpus holds no events");
            return 3;
        }
        int passes = (int) Math.max(1, (minEvents + warm.events() - 1) / warm.events());
        out.printf(Locale.ROOT, "corpus      %,d units, %,d events, %.1f MB; %d passes per run; %d threads%n",
                corpus.units.size(), warm.events(), corpus.bytes / 1e6, passes, threads);
        out.printf(Locale.ROOT, "indicators  %,d mixed (%,d indexed, %,d rejected), compiled in %.2f s%n", inds.size(),
                intel.index().indexed(), intel.index().rejected(), compileSeconds);
        out.printf(Locale.ROOT, "rules       %,d compiled%s; setup %.1f s%n%n", rules.engine().ruleCount(),
                without.isEmpty() ? " (none: the baseline reads the same fields and runs no detector)" : "",
                (System.nanoTime() - t0) / 1e9);
        out.flush();

        List<DetectorPass.Result> base = new ArrayList<>();
        List<DetectorPass.Result> withIntel = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            base.add(DetectorPass.run(corpus.units, passes, without, withoutOptions, threads, problems));
            withIntel.add(DetectorPass.run(corpus.units, passes, with, withOptions, threads, problems));
        }
        DetectorPass.Result b = DetectorPass.median(base);
        DetectorPass.Result w = DetectorPass.median(withIntel);
        out.printf(Locale.ROOT, "hunt without indicators  %,12.0f events/s  findings %,d%n", b.eventsPerSecond(), b.findings());
        out.printf(Locale.ROOT, "hunt with %,d      %,12.0f events/s  findings %,d%n", inds.size(), w.eventsPerSecond(),
                w.findings());
        out.printf(Locale.ROOT, "ratio with/without       %12.2f  (target >= 0.80)%n%n", w.eventsPerSecond() / b.eventsPerSecond());
        out.flush();

        Path dir = sweepDir != null ? Files.createDirectories(sweepDir) : Files.createTempDirectory("longwatch-sweep");
        try {
            long bytes = materialise(corpus, dir, sweepMb * 1024 * 1024);
            List<Indicator> sweepSet = inds.subList(0, Math.min(inds.size(), sweepIndicators));
            IntelDetector sweep = IntelDetector.compile(sweepSet, MatchOptions.DEFAULTS, problems);
            Path values = dir.resolve("values.txt");
            try (BufferedWriter vw = Files.newBufferedWriter(values, StandardCharsets.UTF_8)) {
                for (Indicator i : sweepSet) {
                    vw.write(i.value());
                    vw.newLine();
                }
            }
            List<InputUnit> files = Inputs.expand(List.of(dir.resolve("logs").toString()), problems);
            ReadOptions intelOnly = ReadOptions.forDetectors(List.of(sweep));
            List<DetectorPass.Result> sweeps = new ArrayList<>();
            List<long[]> greps = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                sweeps.add(DetectorPass.run(files, 1, List.of(sweep), intelOnly, threads, problems));
                if (!noGrep) {
                    greps.add(grep(values, dir.resolve("logs")));
                }
            }
            DetectorPass.Result s = DetectorPass.median(sweeps);
            out.printf(Locale.ROOT, "sweep corpus %,d files, %.2f GB of JSON lines in %s; %,d indicator values%n",
                    files.size(), bytes / 1e9, dir, sweepSet.size());
            out.printf(Locale.ROOT, "longwatch sweep   %8.2f s  %7.1f MB/s  %,d findings in %,d records (field-exact), %d threads%n",
                    s.nanos() / 1e9, bytes / 1e6 / (s.nanos() / 1e9), s.findings(), s.records(), threads);
            if (!greps.isEmpty()) {
                greps.sort(Comparator.comparingLong(g -> g[0]));
                long[] g = greps.get(greps.size() / 2);
                out.printf(Locale.ROOT, "grep -F -f        %8.2f s  %7.1f MB/s  %,d matching lines (any substring), 1 thread%n",
                        g[0] / 1e9, bytes / 1e6 / (g[0] / 1e9), g[1]);
                out.printf(Locale.ROOT, "speed-up over grep %7.2fx%n", (double) g[0] / s.nanos());
            }
        } finally {
            if (sweepDir == null) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    /** Writes the corpus to {@code dir/logs} as plain JSON-lines files, repeated until {@code target} bytes. */
    private static long materialise(InMemoryCorpus corpus, Path dir, long target) throws IOException {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        long written = 0;
        for (int copy = 0; written < target; copy++) {
            for (int i = 0; i < corpus.units.size() && written < target; i++) {
                InputUnit u = corpus.units.get(i);
                Path f = logs.resolve(String.format(Locale.ROOT, "c%02d-u%04d.json", copy, i));
                try (InputStream in = u.open(); OutputStream os = Files.newOutputStream(f)) {
                    written += in.transferTo(os);
                }
            }
        }
        return written;
    }

    /** Runs {@code LC_ALL=C grep -F -c -r -f values dir}; returns {wall nanos, matching lines}. */
    private static long[] grep(Path values, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("grep", "-F", "-c", "-r", "-f", values.toString(), dir.toString());
        pb.environment().put("LC_ALL", "C");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process p = pb.start();
        long lines = 0;
        try (var r = p.inputReader(StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int colon = line.lastIndexOf(':');
                lines += Long.parseLong(line.substring(colon + 1).trim());
            }
        }
        p.waitFor();
        return new long[] {System.nanoTime() - start, lines};
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

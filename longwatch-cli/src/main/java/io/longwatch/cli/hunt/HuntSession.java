package io.longwatch.cli.hunt;

import io.longwatch.cli.ExitCodes;
import io.longwatch.cli.output.FindingOutput;
import io.longwatch.analytics.NetworkAnalytics;
import io.longwatch.core.detect.Detector;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.formats.InputUnit;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** One hunt from start to exit code: load rules, read inputs, write findings and the summary. */
public final class HuntSession {

    private HuntSession() {
    }

    /**
     * Runs a hunt.
     *
     * @param units inputs, already expanded (problems from expansion are already in {@code problems})
     * @param rulePaths rule files/folders
     * @param ruleTexts built-in rule texts
     * @param intel indicator feeds and how they match (none: no intel detector)
     * @param analytics network analytics options (the default runs them when an input is a Zeek log)
     * @return the process exit code
     */
    public static int run(List<InputUnit> units, List<Path> rulePaths, List<LoadedRules.Text> ruleTexts,
            IntelOptions intel, AnalyticsCliOptions analytics, RuleOptions ruleOptions, RunOptions run,
            ProblemLog problems, PrintWriter stdout, PrintWriter stderr) throws Exception {
        TimeWindow window;
        try {
            window = TimeWindow.parse(run.from, run.to);
        } catch (IllegalArgumentException e) {
            stderr.println("longwatch: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        LoadedRules rules;
        try {
            rules = LoadedRules.load(rulePaths, ruleTexts, ruleOptions, problems);
        } catch (IllegalArgumentException e) {
            stderr.println("longwatch: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<Detector<?>> others = new ArrayList<>(intel.detectors(problems, stderr, run.quiet));
        try {
            NetworkAnalytics network = analytics.detector(units, problems);
            if (network != null) {
                others.add(network);
            }
        } catch (IllegalArgumentException e) {
            stderr.println("longwatch: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        HuntStats stats;
        Writer sink = run.output == null
                ? new BufferedWriter(stdout, 1 << 16)
                : Files.newBufferedWriter(prepare(run.output), StandardCharsets.UTF_8);
        try (FindingOutput out = FindingOutput.of(run.format, sink);
             Progress progress = Progress.start(units, !run.noProgress && !run.quiet && System.console() != null)) {
            List<Detector<?>> detectors = new ArrayList<>();
            if (rules.engine().ruleCount() > 0 || others.isEmpty()) {
                detectors.add(rules.engine());
            }
            detectors.addAll(others);
            Hunter hunter = new Hunter(detectors, window, run.threads, problems);
            stats = hunter.run(units, out, progress);
        } finally {
            if (run.output != null) {
                sink.close();
            } else {
                sink.flush();
            }
        }
        RunSummary summary = new RunSummary(rules, stats, problems);
        if (!run.quiet) {
            summary.print(stderr, run.verbose);
        }
        if (run.statsJson != null) {
            summary.writeJson(run.statsJson);
        }
        return exitCode(rules.engine().ruleCount() > 0 || !others.isEmpty(), stats, problems, run.strict,
                !units.isEmpty());
    }

    static int exitCode(boolean anyDetector, HuntStats stats, ProblemLog problems, boolean strict,
            boolean hadInputs) {
        boolean nothingRead = !hadInputs || (stats.inputsRead == 0 && stats.events == 0);
        if (!anyDetector || nothingRead) {
            return ExitCodes.FAILED;
        }
        if (strict) {
            for (Problem.Stage s : Problem.Stage.values()) {
                if (problems.count(s) > 0) {
                    return ExitCodes.FAILED;
                }
            }
        }
        return stats.findings > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    private static Path prepare(Path output) throws java.io.IOException {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return output;
    }

    /** A progress bar over input bytes on a terminal; a no-op elsewhere. */
    private static final class Progress implements LongConsumer, AutoCloseable {
        private final ProgressBar bar;
        private final AtomicLong done = new AtomicLong();

        private Progress(ProgressBar bar) {
            this.bar = bar;
        }

        static Progress start(List<InputUnit> units, boolean show) {
            if (!show) {
                return new Progress(null);
            }
            long total = 0;
            for (InputUnit u : units) {
                total += Math.max(0, u.sizeHint());
            }
            ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("hunt")
                    .setInitialMax(Math.max(1, total / (1 << 20)))
                    .setUnit(" MiB", 1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
            return new Progress(bar);
        }

        @Override
        public void accept(long bytes) {
            if (bar != null) {
                bar.stepTo(done.addAndGet(bytes) / (1 << 20));
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}

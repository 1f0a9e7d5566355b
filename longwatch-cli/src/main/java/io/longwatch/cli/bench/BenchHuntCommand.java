package io.longwatch.cli.bench;

import io.longwatch.cli.hunt.LoadedRules;
import io.longwatch.cli.hunt.RuleOptions;
import io.longwatch.core.event.Event;
import io.longwatch.core.event.EventSink;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.formats.EventReaders;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.ReadOptions;
import io.longwatch.sigma.SigmaEngine;
import io.longwatch.sigma.SigmaMatcher;
import io.longwatch.sigma.eval.EngineMatcher;
import io.longwatch.sigma.eval.RuleProfile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code longwatch bench hunt}: events/s and MB/s of (a) parse-only — read every event and touch the
 * fields the rules use — and (b) the full hunt, in the same process over the same in-memory corpus,
 * with the ratio b/a, for each thread count. Medians of several timed runs after a warm-up.
 */
@Command(name = "hunt", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Benchmark the hunt against parse-only on a corpus held in memory (decompressed once).",
            "Example: longwatch bench hunt ../shared/data/windows-json/otrf --rules ../shared/data/sigma/rules",
            "         --product windows --min-events 1000000 --threads 1,2"
        })
public final class BenchHuntCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Corpus files, archives or folders.")
    List<String> inputs = new ArrayList<>();

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @Option(names = "--min-events", paramLabel = "N",
            description = "Repeat the corpus until each timed run covers at least N events (default: ${DEFAULT-VALUE}).")
    long minEvents = 1_000_000;

    @Option(names = "--threads", paramLabel = "N", split = ",",
            description = "Thread counts to measure (default: 1 and all cores).")
    List<Integer> threads = new ArrayList<>();

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per measurement (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--profile-rules", paramLabel = "N",
            description = "After the timed runs, one more pass on one thread timing every rule evaluation; "
                    + "prints the N rules that cost the most.")
    int profileRules;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ProblemLog problems = new ProblemLog(20);
        long t0 = System.nanoTime();
        InMemoryCorpus corpus = InMemoryCorpus.load(inputs, problems);
        LoadedRules rules = LoadedRules.load(ruleOptions.rules(), List.of(), ruleOptions, problems);
        SigmaEngine engine = rules.engine();
        ReadOptions options = ReadOptions.forDetectors(List.of(engine));
        Set<String> touched = new HashSet<>(engine.fieldsUsed());

        // One untimed pass to count events and warm up the JIT.
        Result warm = pass(corpus, 1, 1, options, null, touched, problems);
        if (warm.events == 0) {
            spec.commandLine().getErr().println("longwatch bench: the corpus holds no events");
            return 3;
        }
        int passes = (int) Math.max(1, (minEvents + warm.events - 1) / warm.events);
        Result warmHunt = pass(corpus, 1, 1, options, engine, touched, problems);
        out.printf(Locale.ROOT, "corpus   %,d units, %,d events and %.1f MB per pass, %d passes per run (%,d events)%n",
                corpus.units.size(), warm.events, corpus.bytes / 1e6, passes, warm.events * passes);
        out.printf(Locale.ROOT, "rules    %,d compiled of %,d selected (%,d failed); fields used %d%s%n",
                engine.ruleCount(), rules.selected(), rules.failed(), touched.size(),
                engine.needsAllFields() ? " (some rules need all fields)" : "");
        out.printf(Locale.ROOT, "prefilter %.2f rule evaluations and %.2f trigger hits per event (%,d variants, %,d never prefiltered)%n",
                warmHunt.evaluations / (double) warmHunt.events, warmHunt.triggerHits / (double) warmHunt.events,
                engine.variantCount(), engine.untriggeredCount());
        out.printf(Locale.ROOT, "memo     %.1f%% of %.2f field-value scans per event answered from recent values (one pass, fresh matcher)%n",
                100.0 * warmHunt.remembered / Math.max(1, warmHunt.fieldScans), warmHunt.fieldScans / (double) warmHunt.events);
        out.printf(Locale.ROOT, "setup    %.1f s; timed runs: %d per row, median shown%n%n", (System.nanoTime() - t0) / 1e9, runs);
        out.printf(Locale.ROOT, "%-8s %-11s %14s %10s %12s %s%n", "threads", "mode", "events/s", "MB/s", "findings", "runs (events/s)");
        out.flush();

        List<Integer> threadCounts = threads.isEmpty()
                ? distinct(1, Runtime.getRuntime().availableProcessors()) : threads;
        double huntOneThread = 0;
        for (int t : threadCounts) {
            Row parse = measure(corpus, passes, t, options, null, touched, problems);
            Row hunt = measure(corpus, passes, t, options, engine, touched, problems);
            print(out, t, "parse-only", parse, corpus.bytes * passes);
            print(out, t, "hunt", hunt, corpus.bytes * passes);
            out.printf(Locale.ROOT, "%-8d %-11s %14.2f%n", t, "hunt/parse", hunt.medianEps / parse.medianEps);
            if (t == 1) {
                huntOneThread = hunt.medianEps;
            } else if (huntOneThread > 0) {
                out.printf(Locale.ROOT, "%-8d %-11s %14.2fx%n", t, "hunt vs 1t", hunt.medianEps / huntOneThread);
            }
            out.flush();
        }
        if (profileRules > 0) {
            printRuleProfile(out, corpus, options, engine, problems);
        }
        long skipped = problems.count(io.longwatch.core.problem.Problem.Stage.RECORD);
        if (skipped > 0) {
            out.printf(Locale.ROOT, "%nnote: %,d records were skipped as unreadable (see longwatch hunt for reasons)%n", skipped);
        }
        return 0;
    }

    /** One untimed-rows pass on one thread with a profiling matcher; the dearest rules first. */
    private void printRuleProfile(PrintWriter out, InMemoryCorpus corpus, ReadOptions options, SigmaEngine engine,
            ProblemLog problems) {
        EngineMatcher matcher = engine.newProfilingMatcher();
        long events = 0;
        long start = System.nanoTime();
        for (InputUnit u : corpus.units) {
            events += EventReaders.read(u, options, (Event e) -> matcher.match(e, f -> { }), problems).records();
        }
        long wall = System.nanoTime() - start;
        RuleProfile profile = matcher.profile();
        out.printf(Locale.ROOT, "%nrule evaluation time, one pass on one thread: %.0f ms of %.0f ms (%,d events); "
                + "the %d dearest rules:%n", profile.totalNanos() / 1e6, wall / 1e6, events, profileRules);
        out.printf(Locale.ROOT, "%12s %10s %10s %8s  %s%n", "evaluations", "ms", "us/eval", "fired", "rule");
        for (RuleProfile.Entry e : profile.top(profileRules)) {
            out.printf(Locale.ROOT, "%,12d %10.1f %10.2f %,8d  %s%n", e.evaluations(), e.nanos() / 1e6,
                    e.nanos() / 1e3 / Math.max(1, e.evaluations()), e.fired(), e.rule().place());
        }
    }

    private static List<Integer> distinct(int a, int b) {
        return a == b ? List.of(a) : List.of(a, b);
    }

    private void print(PrintWriter out, int t, String mode, Row row, long bytesPerRun) {
        StringBuilder each = new StringBuilder();
        for (double e : row.eps) {
            each.append(each.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%,.0f", e));
        }
        out.printf(Locale.ROOT, "%-8d %-11s %,14.0f %10.1f %,12d %s%n", t, mode, row.medianEps,
                row.medianEps / row.eventsPerRun * bytesPerRun / 1e6, row.findings, each);
    }

    private Row measure(InMemoryCorpus corpus, int passes, int threads, ReadOptions options, SigmaEngine engine,
            Set<String> touched, ProblemLog problems) throws Exception {
        double[] eps = new double[runs];
        long findings = 0;
        long events = 0;
        for (int r = 0; r < runs; r++) {
            Result res = pass(corpus, passes, threads, options, engine, touched, problems);
            eps[r] = res.events / (res.nanos / 1e9);
            findings = res.findings;
            events = res.events;
        }
        double[] sorted = eps.clone();
        Arrays.sort(sorted);
        return new Row(eps, sorted[sorted.length / 2], findings, events);
    }

    private record Row(double[] eps, double medianEps, long findings, long eventsPerRun) {
    }

    private record Result(long events, long findings, long nanos, long evaluations, long triggerHits,
            long fieldScans, long remembered) {
    }

    /** Reads every unit {@code passes} times on {@code threads} threads; hunts when {@code engine} is set. */
    private static Result pass(InMemoryCorpus corpus, int passes, int threads, ReadOptions options, SigmaEngine engine,
            Set<String> touched, ProblemLog problems) throws Exception {
        int tasks = corpus.units.size() * passes;
        AtomicLong events = new AtomicLong();
        AtomicLong findings = new AtomicLong();
        AtomicLong blackhole = new AtomicLong();
        AtomicLong evaluations = new AtomicLong();
        AtomicLong triggerHits = new AtomicLong();
        AtomicLong fieldScans = new AtomicLong();
        AtomicLong remembered = new AtomicLong();
        long start = System.nanoTime();
        TaskPool.run(threads, tasks, () -> {
            SigmaMatcher matcher = engine == null ? null : engine.newMatcher();
            long[] found = new long[1];
            long[] sum = new long[1];
            long[] n = new long[1];
            EventSink sink = matcher == null
                    ? (Event e) -> sum[0] += touch(e, touched)
                    : (Event e) -> found[0] += matcher.match(e, f -> { });
            return new TaskPool.Worker() {
                @Override
                public void run(int task) {
                    InputUnit u = corpus.units.get(task % corpus.units.size());
                    n[0] += EventReaders.read(u, options, sink, problems).records();
                }

                @Override
                public void done() {
                    events.addAndGet(n[0]);
                    findings.addAndGet(found[0]);
                    blackhole.addAndGet(sum[0]);
                    if (matcher instanceof EngineMatcher em) {
                        evaluations.addAndGet(em.evaluations());
                        triggerHits.addAndGet(em.triggerHits());
                        fieldScans.addAndGet(em.fieldScans());
                        remembered.addAndGet(em.scansRemembered());
                    }
                }
            };
        });
        long nanos = System.nanoTime() - start;
        if (blackhole.get() == 42) {
            System.err.print("");
        }
        return new Result(events.get(), findings.get(), nanos, evaluations.get(), triggerHits.get(),
                fieldScans.get(), remembered.get());
    }

    /**
     * The parse-only baseline still reads the value of every field of the event that some rule uses
     * (one pass over the event's fields, so the baseline is not inflated by lookups of absent fields).
     */
    private static long touch(Event e, Set<String> fields) {
        long n = 0;
        for (int i = 0, size = e.size(); i < size; i++) {
            if (fields.contains(e.name(i))) {
                Object v = e.value(i);
                if (v instanceof String s) {
                    n += s.length();
                } else if (v != null) {
                    n++;
                }
            }
        }
        return n;
    }
}

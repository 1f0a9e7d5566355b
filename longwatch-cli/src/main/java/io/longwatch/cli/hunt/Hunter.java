package io.longwatch.cli.hunt;

import io.longwatch.cli.output.FindingOutput;
import io.longwatch.core.detect.Detector;
import io.longwatch.core.detect.DetectorRun;
import io.longwatch.core.event.Event;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.finding.FindingSink;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.ReadOptions;
import io.longwatch.formats.ReadStats;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * Runs compiled detectors (Sigma rules, indicators, analytics) over input units on a pool of worker
 * threads, reading every input once.
 *
 * <p>Each worker takes the next unread unit, feeds every event to its own run of each detector, and
 * buffers that unit's findings; findings are written in input order, whatever thread finished first,
 * so the output of a run does not depend on scheduling. Findings that detectors can only decide
 * after all input (their {@code finish}) follow, detector by detector.
 */
final class Hunter {

    private final List<Detector<?>> detectors;
    private final TimeWindow window;
    private final int threads;
    private final ProblemSink problems;
    private final ReadOptions readOptions;

    Hunter(List<Detector<?>> detectors, TimeWindow window, int threads, ProblemSink problems) {
        this.detectors = List.copyOf(detectors);
        this.window = window;
        this.threads = Math.max(1, threads);
        this.problems = problems;
        this.readOptions = ReadOptions.forDetectors(this.detectors);
    }

    /**
     * Hunts all units.
     *
     * @param progress called with the size of each unit as it completes (may be a no-op)
     */
    HuntStats run(List<InputUnit> units, FindingOutput output, LongConsumer progress) throws Exception {
        HuntStats stats = new HuntStats();
        stats.inputs = units.size();
        long start = System.nanoTime();
        List<ReadTask> tasks = ReadTask.plan(units, threads);
        OrderedEmitter emitter = new OrderedEmitter(tasks.size(), output, stats);
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(threads, Math.max(1, tasks.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "longwatch-hunt");
            t.setDaemon(true);
            return t;
        });
        List<Runs<?>> runs = new ArrayList<>();
        for (Detector<?> d : detectors) {
            runs.add(new Runs<>(d));
        }
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    DetectorRun[] mine = new DetectorRun[runs.size()];
                    for (int d = 0; d < mine.length; d++) {
                        mine[d] = runs.get(d).add();
                    }
                    for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                        ReadTask task = tasks.get(i);
                        emitter.complete(i, huntOne(task, mine));
                        progress.accept(task.size());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (Runs<?> r : runs) {
            List<Finding> late = new ArrayList<>();
            r.finish(late::add);
            emitter.emitLate(late);
        }
        stats.elapsedNanos = System.nanoTime() - start;
        return stats;
    }

    /** The runs one detector handed out, kept with their type so {@code finish} gets them back. */
    private static final class Runs<R extends DetectorRun> {
        private final Detector<R> detector;
        private final List<R> handedOut = new ArrayList<>();

        Runs(Detector<R> detector) {
            this.detector = detector;
        }

        synchronized R add() {
            R r = detector.newRun();
            handedOut.add(r);
            return r;
        }

        synchronized void finish(FindingSink out) {
            detector.finish(List.copyOf(handedOut), out);
        }
    }

    private UnitResult huntOne(ReadTask task, DetectorRun[] runs) {
        List<Finding> found = new ArrayList<>();
        FindingSink sink = found::add;
        long[] outside = new long[1];
        ReadStats rs;
        try {
            rs = task.read(readOptions, (Event e) -> {
                if (!window.contains(e.timeMicros())) {
                    outside[0]++;
                    return;
                }
                for (DetectorRun run : runs) {
                    run.accept(e, sink);
                }
            }, problems);
        } catch (RuntimeException e) {
            // A reader must not throw, but if one does the rest of the run still goes on.
            problems.report(Problem.Stage.INPUT, describe(task), "input.reader-failed",
                    "reader failed: " + e);
            rs = new ReadStats(0, 0, 0);
        }
        return new UnitResult(rs, outside[0], found);
    }

    private static String describe(ReadTask task) {
        return switch (task) {
            case ReadTask.WholeUnit w -> w.unit().displayPath();
            case ReadTask.EvtxRange r -> r.file().unit().displayPath() + " chunks " + r.from() + ".." + r.to();
        };
    }

    record UnitResult(ReadStats read, long outsideWindow, List<Finding> findings) {
    }

    /** Writes each unit's findings once all earlier units are written. */
    private static final class OrderedEmitter {
        private final UnitResult[] done;
        private final FindingOutput output;
        private final HuntStats stats;
        private int nextToWrite;

        OrderedEmitter(int units, FindingOutput output, HuntStats stats) {
            this.done = new UnitResult[units];
            this.output = output;
            this.stats = stats;
        }

        synchronized void complete(int index, UnitResult result) {
            done[index] = result;
            while (nextToWrite < done.length && done[nextToWrite] != null) {
                UnitResult r = done[nextToWrite];
                done[nextToWrite] = null;
                nextToWrite++;
                stats.events += r.read().records();
                stats.skipped += r.read().skipped();
                stats.bytes += r.read().bytes();
                stats.outsideWindow += r.outsideWindow();
                if (r.read().bytes() > 0) {
                    stats.inputsRead++;
                }
                for (Finding f : r.findings()) {
                    stats.count(f);
                    output.write(f);
                }
            }
        }

        /** Findings decided after all input; every unit is written by then. */
        synchronized void emitLate(List<Finding> findings) {
            for (Finding f : findings) {
                stats.count(f);
                output.write(f);
            }
        }
    }
}

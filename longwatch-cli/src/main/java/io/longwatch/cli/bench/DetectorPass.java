package io.longwatch.cli.bench;

import io.longwatch.core.detect.Detector;
import io.longwatch.core.detect.DetectorRun;
import io.longwatch.core.event.Event;
import io.longwatch.core.event.EventSink;
import io.longwatch.core.finding.FindingSink;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.formats.EventReaders;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.ReadOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One timed pass of any detectors over input units on a thread pool, the way the hunt feeds them
 * (one run per worker and detector, {@code finish} at the end), counting events, findings and the
 * records that had at least one.
 */
final class DetectorPass {

    /**
     * @param events events read
     * @param findings findings produced
     * @param records records with at least one finding
     * @param nanos wall time
     */
    record Result(long events, long findings, long records, long nanos) {
        double eventsPerSecond() {
            return events / (nanos / 1e9);
        }
    }

    private DetectorPass() {
    }

    /** Reads {@code units} {@code passes} times and feeds every event to every detector. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Result run(List<InputUnit> units, int passes, List<Detector<?>> detectors, ReadOptions options, int threads,
            ProblemSink problems) throws Exception {
        int tasks = units.size() * passes;
        AtomicLong events = new AtomicLong();
        AtomicLong findings = new AtomicLong();
        AtomicLong records = new AtomicLong();
        List<List<DetectorRun>> handedOut = new ArrayList<>();
        for (int d = 0; d < detectors.size(); d++) {
            handedOut.add(new ArrayList<>());
        }
        long start = System.nanoTime();
        TaskPool.run(threads, tasks, () -> {
            DetectorRun[] runs = new DetectorRun[detectors.size()];
            synchronized (handedOut) {
                for (int d = 0; d < runs.length; d++) {
                    runs[d] = detectors.get(d).newRun();
                    handedOut.get(d).add(runs[d]);
                }
            }
            long[] found = new long[2];
            long[] n = new long[1];
            FindingSink sink = f -> found[0]++;
            EventSink each = (Event e) -> {
                long before = found[0];
                for (DetectorRun r : runs) {
                    r.accept(e, sink);
                }
                if (found[0] > before) {
                    found[1]++;
                }
            };
            return new TaskPool.Worker() {
                @Override
                public void run(int task) {
                    n[0] += EventReaders.read(units.get(task % units.size()), options, each, problems).records();
                }

                @Override
                public void done() {
                    events.addAndGet(n[0]);
                    findings.addAndGet(found[0]);
                    records.addAndGet(found[1]);
                }
            };
        });
        long[] late = new long[1];
        for (int d = 0; d < detectors.size(); d++) {
            ((Detector) detectors.get(d)).finish((List) handedOut.get(d), f -> late[0]++);
        }
        return new Result(events.get(), findings.get() + late[0], records.get(), System.nanoTime() - start);
    }

    /** The run with the median wall time of {@code runs} results. */
    static Result median(List<Result> runs) {
        List<Result> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Long.compare(a.nanos(), b.nanos()));
        return sorted.get(sorted.size() / 2);
    }
}

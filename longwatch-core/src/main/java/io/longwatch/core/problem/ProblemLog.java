package io.longwatch.core.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A thread-safe {@link ProblemSink} that counts problems per stage and kind and keeps the
 * first {@code keepPerKind} of each kind verbatim, so summaries stay small on huge inputs
 * while every reason is still shown with at least one place.
 */
public final class ProblemLog implements ProblemSink {

    private final int keepPerKind;
    private final Map<Problem.Stage, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();
    private final Map<String, List<Problem>> kept = new ConcurrentHashMap<>();

    public ProblemLog(int keepPerKind) {
        this.keepPerKind = keepPerKind;
    }

    @Override
    public void report(Problem problem) {
        counts.computeIfAbsent(problem.stage(), s -> new ConcurrentHashMap<>())
                .computeIfAbsent(problem.kind(), k -> new LongAdder())
                .increment();
        List<Problem> list = kept.computeIfAbsent(problem.stage() + "/" + problem.kind(),
                k -> Collections.synchronizedList(new ArrayList<>()));
        synchronized (list) {
            if (list.size() < keepPerKind) {
                list.add(problem);
            }
        }
    }

    /** Total problems reported for a stage. */
    public long count(Problem.Stage stage) {
        Map<String, LongAdder> m = counts.get(stage);
        return m == null ? 0 : m.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Counts by kind for a stage, sorted by kind. */
    public Map<String, Long> countsByKind(Problem.Stage stage) {
        Map<String, Long> out = new TreeMap<>();
        Map<String, LongAdder> m = counts.get(stage);
        if (m != null) {
            m.forEach((k, v) -> out.put(k, v.sum()));
        }
        return out;
    }

    /** The problems kept verbatim (at most {@code keepPerKind} per kind), for a stage. */
    public List<Problem> examples(Problem.Stage stage) {
        List<Problem> out = new ArrayList<>();
        kept.forEach((key, list) -> {
            if (key.startsWith(stage + "/")) {
                synchronized (list) {
                    out.addAll(list);
                }
            }
        });
        out.sort((a, b) -> a.place().compareTo(b.place()));
        return out;
    }
}

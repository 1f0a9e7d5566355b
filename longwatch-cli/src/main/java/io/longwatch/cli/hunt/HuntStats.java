package io.longwatch.cli.hunt;

import io.longwatch.core.finding.Finding;
import io.longwatch.core.finding.Level;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counters of one hunt, filled by {@link Hunter}. Findings are counted on the single emitting
 * thread; record counters are merged per input unit under the same lock.
 */
final class HuntStats {

    long inputs;
    long inputsRead;
    long bytes;
    long events;
    long skipped;
    long outsideWindow;
    long findings;
    final Map<Level, Long> byLevel = new EnumMap<>(Level.class);
    /** Findings per detector kind ({@code sigma}, {@code intel}, {@code analytic}), sorted by kind. */
    final Map<String, Long> byKind = new TreeMap<>();
    final Map<String, RuleCount> byRule = new HashMap<>();
    long elapsedNanos;

    /** A rule and how often it fired. */
    static final class RuleCount {
        final String id;
        final String title;
        final Level level;
        long count;

        RuleCount(String id, String title, Level level) {
            this.id = id;
            this.title = title;
            this.level = level;
        }
    }

    void count(Finding f) {
        findings++;
        Level l = f.rule().level() == null ? Level.INFORMATIONAL : f.rule().level();
        byLevel.merge(l, 1L, Long::sum);
        byKind.merge(f.kind(), 1L, Long::sum);
        byRule.computeIfAbsent(f.rule().id(), id -> new RuleCount(id, f.rule().title(), l)).count++;
    }

    double seconds() {
        return elapsedNanos / 1e9;
    }

    double eventsPerSecond() {
        double s = seconds();
        return s <= 0 ? 0 : events / s;
    }
}

package io.longwatch.intel;

import java.util.List;
import java.util.Map;

/**
 * The result of a load: the indicators and what every source yielded. Rejected entries were
 * reported to the load's {@link io.longwatch.core.problem.ProblemSink}, one problem each, with place
 * and reason; here they are counted by kind.
 *
 * @param indicators all indicators, in source order
 * @param sources per-source counts, in load order
 * @param byType indicators per type over all sources (sorted by type)
 * @param rejectedByKind rejected entries per problem kind (sorted)
 * @param flaggedByList indicators per warning-list name (sorted)
 */
public record IntelSet(List<Indicator> indicators, List<SourceStats> sources, Map<ObservableType, Long> byType,
        Map<String, Long> rejectedByKind, Map<String, Long> flaggedByList) {

    public IntelSet {
        indicators = List.copyOf(indicators);
        sources = List.copyOf(sources);
        byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
        rejectedByKind = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rejectedByKind));
        flaggedByList = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(flaggedByList));
    }

    /** Entries seen over all sources. */
    public long seen() {
        long n = 0;
        for (SourceStats s : sources) {
            n += s.seen();
        }
        return n;
    }

    /** Entries parsed over all sources. */
    public long parsed() {
        long n = 0;
        for (SourceStats s : sources) {
            n += s.parsed();
        }
        return n;
    }

    /** Entries rejected over all sources. */
    public long rejected() {
        long n = 0;
        for (SourceStats s : sources) {
            n += s.rejected();
        }
        return n;
    }
}

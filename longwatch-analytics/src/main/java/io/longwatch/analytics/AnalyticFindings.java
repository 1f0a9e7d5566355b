package io.longwatch.analytics;

import io.longwatch.core.event.SourceRef;
import io.longwatch.core.finding.Attack;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.finding.Level;
import io.longwatch.core.finding.MatchedField;
import io.longwatch.core.finding.RuleRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@code kind: analytic} findings: rule, ATT&amp;CK, level from the score, and the detail tree. */
final class AnalyticFindings {

    static final String KIND = "analytic";
    static final String VERSION = "1";

    private AnalyticFindings() {
    }

    /** A scored finding, sortable into the deterministic output order. */
    record Scored(Analytic analytic, double score, String key, Finding finding) {
    }

    static Level level(double score) {
        if (score >= 0.9) {
            return Level.HIGH;
        }
        if (score >= 0.75) {
            return Level.MEDIUM;
        }
        return Level.LOW;
    }

    static Attack attack(Analytic a) {
        return switch (a) {
            case BEACON, RARE_DESTINATION -> new Attack(List.of("T1071"), List.of("TA0011"), List.of());
            case LONG_CONNECTION -> new Attack(List.of("T1071", "T1572"), List.of("TA0011"), List.of());
            case SCAN -> new Attack(List.of("T1046"), List.of("TA0007"), List.of());
            case DNS_TUNNEL -> new Attack(List.of("T1071.004", "T1048"), List.of("TA0011", "TA0010"), List.of());
            case DGA -> new Attack(List.of("T1568.002"), List.of("TA0011"), List.of());
        };
    }

    /**
     * @param title human title of what was found
     * @param key stable identity of the finding (pair, source or domain), used for ordering
     * @param host the source host
     * @param subscores the sub-scores, in documented order
     * @param evidence pairs, counts, first and last seen
     */
    static Scored of(Analytic a, String title, String key, double score, long timeMicros, String host,
            SourceRef source, List<MatchedField> matches, Map<String, Object> subscores, Map<String, Object> evidence) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("analytic", a.id());
        detail.put("version", VERSION);
        detail.put("score", round(score));
        detail.put("subscores", subscores);
        detail.put("evidence", evidence);
        RuleRef rule = new RuleRef("longwatch.analytic." + a.id(), title, level(score), "experimental", null);
        Finding f = new Finding(KIND, rule, attack(a), List.of("analytic." + a.id()), timeMicros, host, null,
                source == null ? new SourceRef("-", 0, -1) : source, matches, detail);
        return new Scored(a, score, key, f);
    }

    /** Three decimals: enough to rank, stable in JSON. */
    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    /** Adds {@code first_seen} and {@code last_seen} of a state's span to evidence. */
    static void putSpan(Map<String, Object> evidence, Observed o) {
        evidence.put("first_seen", time(o.firstMicros));
        evidence.put("last_seen", time(o.lastMicros));
    }

    /** Formats UTC micros as ISO-8601 for evidence. */
    static String time(long micros) {
        return io.longwatch.core.time.Timestamps.format(micros);
    }
}

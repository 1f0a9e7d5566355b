package io.longwatch.core.finding;

import io.longwatch.core.event.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The product: one detection, in the schema every output format is a view of.
 * See {@code docs/findings-schema.md} for the JSON form ({@link FindingJson}).
 *
 * @param kind what produced it: {@code sigma}, {@code intel}, {@code analytic}
 * @param rule what fired
 * @param attack ATT&amp;CK references
 * @param tags the detector's tags as written (Sigma tags, indicator labels)
 * @param timeMicros event time, UTC microseconds, or {@code Event.NO_TIME}
 * @param host host of the source event, or null
 * @param user user of the source event, or null
 * @param source the exact source record
 * @param matches the fields and values that made it fire
 * @param detail what only this kind of detector knows (an indicator and its context, an analytic's
 *     score and evidence), as an ordered tree of JSON values: {@code String}, {@code Number},
 *     {@code Boolean}, {@code null}, {@code List} and {@code Map<String, ?>}; empty for Sigma
 */
public record Finding(
        String kind,
        RuleRef rule,
        Attack attack,
        List<String> tags,
        long timeMicros,
        String host,
        String user,
        SourceRef source,
        List<MatchedField> matches,
        Map<String, Object> detail) {

    /** Version of the findings schema this record serialises to. */
    public static final String SCHEMA = "longwatch.finding/1";

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
        attack = attack == null ? Attack.NONE : attack;
        tags = tags == null ? List.of() : List.copyOf(tags);
        matches = matches == null ? List.of() : List.copyOf(matches);
        detail = detail == null || detail.isEmpty() ? Map.of() : FindingDetail.freeze(detail);
    }

    /** A finding without kind-specific detail (Sigma). */
    public Finding(String kind, RuleRef rule, Attack attack, List<String> tags, long timeMicros, String host,
            String user, SourceRef source, List<MatchedField> matches) {
        this(kind, rule, attack, tags, timeMicros, host, user, source, matches, Map.of());
    }
}

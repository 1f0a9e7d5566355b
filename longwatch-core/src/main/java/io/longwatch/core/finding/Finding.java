package io.longwatch.core.finding;

import io.longwatch.core.event.SourceRef;
import java.util.List;
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
        List<MatchedField> matches) {

    /** Version of the findings schema this record serialises to. */
    public static final String SCHEMA = "longwatch.finding/1";

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
        attack = attack == null ? Attack.NONE : attack;
        tags = tags == null ? List.of() : List.copyOf(tags);
        matches = matches == null ? List.of() : List.copyOf(matches);
    }
}

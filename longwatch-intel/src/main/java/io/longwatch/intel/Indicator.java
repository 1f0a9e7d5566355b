package io.longwatch.intel;

import io.longwatch.core.event.Event;
import java.util.List;
import java.util.Objects;

/**
 * One indicator of compromise, whatever feed it came from.
 *
 * @param id stable id: the STIX id, the MISP attribute uuid, or one derived from source and value
 * @param type what the value is
 * @param value the value, re-fanged and normalised for its type (lower-case domain, canonical
 *     address, lower-case hex hash); for {@link ObservableType#PATTERN} the pattern text
 * @param pattern the STIX pattern it came from, or null
 * @param source where it came from ({@code file}, {@code file#object-id}, feed name)
 * @param labels labels, tags and indicator types as the source wrote them
 * @param confidence 0–100, or -1 when the source gives none
 * @param validFromMicros start of validity (UTC micros), or {@link Event#NO_TIME} for "always"
 * @param validUntilMicros end of validity (UTC micros, exclusive), or {@link Event#NO_TIME} for "never ends"
 * @param revoked whether the source revoked it (a revoked indicator never matches)
 * @param context actors, campaigns, malware and techniques it is tied to
 * @param warningLists names of the MISP warning lists the value is on (a public resolver, a top
 *     site, a cloud range): a match is then likely noise, and says so
 */
public record Indicator(
        String id,
        ObservableType type,
        String value,
        String pattern,
        String source,
        List<String> labels,
        int confidence,
        long validFromMicros,
        long validUntilMicros,
        boolean revoked,
        IntelContext context,
        List<String> warningLists) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        labels = labels == null ? List.of() : List.copyOf(labels);
        context = context == null ? IntelContext.NONE : context;
        warningLists = warningLists == null ? List.of() : List.copyOf(warningLists);
        if (confidence < -1 || confidence > 100) {
            throw new IllegalArgumentException("confidence out of range: " + confidence);
        }
    }

    /** Whether the indicator may match an event at this time (revoked ones never do). */
    public boolean validAt(long eventMicros) {
        if (revoked) {
            return false;
        }
        if (eventMicros == Event.NO_TIME) {
            return true;
        }
        return (validFromMicros == Event.NO_TIME || eventMicros >= validFromMicros)
                && (validUntilMicros == Event.NO_TIME || eventMicros < validUntilMicros);
    }

    /** The same indicator, flagged as being on these warning lists. */
    public Indicator withWarningLists(List<String> lists) {
        return new Indicator(id, type, value, pattern, source, labels, confidence, validFromMicros, validUntilMicros,
                revoked, context, lists);
    }
}

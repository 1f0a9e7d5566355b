package io.longwatch.sigma.mapping;

import java.util.List;
import java.util.Map;

/**
 * Where one variant of a rule runs, and how its field names translate there.
 *
 * @param kind which events the variant may see
 * @param channels Windows channels (for {@link Kind#CHANNELS}), as events spell them
 * @param eventIds EventIDs as text; empty means any EventID in those channels
 * @param conditions extra field tests the log source implies (field -> allowed values, OR)
 * @param fieldRenames rule field name -> event field name for this variant
 * @param label short description for messages, e.g. {@code process_creation/security}
 * @param mapped false when the log source was not in the mapping and the rule falls back to
 *     "any event of the product"
 */
public record Route(Kind kind, List<String> channels, List<String> eventIds,
        Map<String, List<String>> conditions, Map<String, String> fieldRenames, String label, boolean mapped) {

    public Route {
        channels = List.copyOf(channels);
        eventIds = List.copyOf(eventIds);
        conditions = Map.copyOf(conditions);
        fieldRenames = Map.copyOf(fieldRenames);
    }

    /** Which events a route admits. */
    public enum Kind {
        /** Windows events of the given channels (and EventIDs, when given). */
        CHANNELS,
        /** Any Windows event (one that has a Channel). */
        ANY_WINDOWS,
        /** Only events without a Windows Channel (Linux, cloud, Zeek, proxy, ...). */
        NON_WINDOWS
    }
}

package io.longwatch.sigma.mapping;

import java.util.List;
import java.util.Map;

/**
 * Where one variant of a rule runs, and how its field names translate there.
 *
 * @param kind which events the variant may see
 * @param channelField the event field that names the source, for {@link Kind#CHANNELS} and
 *     {@link Kind#ANY_OF_PRODUCT}: {@code Channel} for Windows, {@code _path} for Zeek
 * @param channels values of the channel field (for {@link Kind#CHANNELS}) as events spell them:
 *     Windows channels, Zeek log paths
 * @param eventIds EventIDs as text; empty means any EventID in those channels
 * @param conditions extra field tests the log source implies (field -> allowed values, OR)
 * @param fieldRenames rule field name -> event field name for this variant
 * @param label short description for messages, e.g. {@code process_creation/security}
 * @param mapped false when the log source was not in the mapping and the rule falls back to
 *     "any event of the product"
 */
public record Route(Kind kind, String channelField, List<String> channels, List<String> eventIds,
        Map<String, List<String>> conditions, Map<String, String> fieldRenames, String label, boolean mapped) {

    public Route {
        channels = List.copyOf(channels);
        eventIds = List.copyOf(eventIds);
        conditions = Map.copyOf(conditions);
        fieldRenames = Map.copyOf(fieldRenames);
    }

    /** The field Windows events name their channel in. */
    public static final String WINDOWS_CHANNEL = "Channel";

    /** Which events a route admits. */
    public enum Kind {
        /** Events whose channel field holds one of the channels (and EventIDs, when given). */
        CHANNELS,
        /** Any event of the product: one that has its channel field (a Windows Channel, a Zeek _path). */
        ANY_OF_PRODUCT,
        /** Only events of no mapped product: neither a Windows Channel nor a mapped channel field (Linux, cloud, proxy, ...). */
        NON_WINDOWS
    }
}

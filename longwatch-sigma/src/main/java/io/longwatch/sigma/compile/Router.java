package io.longwatch.sigma.compile;

import io.longwatch.sigma.mapping.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The log-source router: maps an event's (Channel, EventID), or for channel-less products the
 * value of their channel field (Zeek's {@code _path}), to the one {@link Bucket} of rule variants
 * that can match it. All buckets are merged and built at compile time, so per event the router
 * costs two hash lookups. Immutable.
 */
public final class Router {

    private record ChannelBuckets(Map<String, Bucket> byEventId, Bucket otherEventIds) {
    }

    /** The buckets of one channel field: by channel value, and for a value no rule names. */
    private record FieldRoutes(Map<String, ChannelBuckets> channels, Map<String, ChannelBuckets> channelsLower,
            Bucket anyChannel) {
    }

    private final FieldRoutes windows;
    private final String[] logFields;
    private final FieldRoutes[] logRoutes;
    private final Bucket nonWindows;
    private int largest;
    private int buckets;

    /**
     * Builds all buckets for the variants.
     *
     * @param channelFields the channel fields of the mapped products other than Windows (Zeek's
     *     {@code _path}): events that have one are routed by it even when no rule names its
     *     product, so that rules of unmapped products never see them
     */
    public Router(List<CompiledVariant> variants, List<String> channelFields) {
        Map<String, List<CompiledVariant>> byField = new LinkedHashMap<>();
        byField.put(Route.WINDOWS_CHANNEL, new ArrayList<>());
        for (String f : channelFields) {
            byField.putIfAbsent(f, new ArrayList<>());
        }
        List<CompiledVariant> nonWin = new ArrayList<>();
        for (CompiledVariant v : variants) {
            Route r = v.route();
            if (r.kind() == Route.Kind.NON_WINDOWS) {
                nonWin.add(v);
            } else {
                byField.computeIfAbsent(r.channelField(), k -> new ArrayList<>()).add(v);
            }
        }
        this.windows = routes(byField.remove(Route.WINDOWS_CHANNEL));
        this.logFields = byField.keySet().toArray(String[]::new);
        this.logRoutes = new FieldRoutes[logFields.length];
        for (int i = 0; i < logFields.length; i++) {
            logRoutes[i] = routes(byField.get(logFields[i]));
        }
        this.nonWindows = new Bucket(nonWin, buckets++);
        this.largest = Math.max(largest, nonWindows.size());
    }

    private FieldRoutes routes(List<CompiledVariant> variants) {
        Map<String, Map<String, List<CompiledVariant>>> byChannelEid = new LinkedHashMap<>();
        Map<String, List<CompiledVariant>> byChannelAny = new LinkedHashMap<>();
        List<CompiledVariant> anyChannel = new ArrayList<>();
        for (CompiledVariant v : variants) {
            Route r = v.route();
            if (r.kind() == Route.Kind.ANY_OF_PRODUCT) {
                anyChannel.add(v);
                continue;
            }
            for (String ch : r.channels()) {
                if (r.eventIds().isEmpty()) {
                    byChannelAny.computeIfAbsent(ch, k -> new ArrayList<>()).add(v);
                } else {
                    for (String eid : r.eventIds()) {
                        byChannelEid.computeIfAbsent(ch, k -> new LinkedHashMap<>())
                                .computeIfAbsent(eid, k -> new ArrayList<>()).add(v);
                    }
                }
            }
        }
        Map<String, ChannelBuckets> ch = new HashMap<>();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(byChannelEid.keySet());
        names.addAll(byChannelAny.keySet());
        for (String c : names) {
            List<CompiledVariant> common = new ArrayList<>(byChannelAny.getOrDefault(c, List.of()));
            common.addAll(anyChannel);
            Map<String, Bucket> byEid = new HashMap<>();
            for (Map.Entry<String, List<CompiledVariant>> e : byChannelEid.getOrDefault(c, Map.of()).entrySet()) {
                List<CompiledVariant> all = new ArrayList<>(e.getValue());
                all.addAll(common);
                Bucket b = new Bucket(all, buckets++);
                largest = Math.max(largest, b.size());
                byEid.put(e.getKey(), b);
            }
            Bucket other = new Bucket(common, buckets++);
            largest = Math.max(largest, other.size());
            ch.put(c, new ChannelBuckets(byEid, other));
        }
        Map<String, ChannelBuckets> lower = new HashMap<>();
        ch.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        Bucket any = new Bucket(anyChannel, buckets++);
        largest = Math.max(largest, any.size());
        return new FieldRoutes(ch, lower, any);
    }

    /**
     * The bucket for an event.
     *
     * @param channel the event's Channel, or null for non-Windows events
     * @param eventId the event's EventID as text, or null
     */
    public Bucket lookup(String channel, String eventId) {
        if (channel == null) {
            return nonWindows;
        }
        return lookup(windows, channel, eventId);
    }

    private static Bucket lookup(FieldRoutes routes, String channel, String eventId) {
        ChannelBuckets cb = routes.channels().get(channel);
        if (cb == null) {
            cb = routes.channelsLower().get(channel.toLowerCase(Locale.ROOT));
            if (cb == null) {
                return routes.anyChannel();
            }
        }
        if (eventId != null) {
            Bucket b = cb.byEventId().get(eventId);
            if (b != null) {
                return b;
            }
        }
        return cb.otherEventIds();
    }

    /**
     * The channel fields of products other than Windows (Zeek's {@code _path}), in the order the
     * matcher should try them on an event without a Windows Channel.
     */
    public List<String> logFields() {
        return List.of(logFields);
    }

    /** The bucket for an event without a Channel whose {@code logFields().get(field)} holds {@code value}. */
    public Bucket lookupLog(int field, String value) {
        return lookup(logRoutes[field], value, null);
    }

    /** Number of buckets; their {@link Bucket#id()}s run from 0 below it. */
    public int bucketCount() {
        return buckets;
    }

    /** Size of the largest bucket (for sizing per-matcher scratch arrays). */
    public int largestBucket() {
        return largest;
    }
}

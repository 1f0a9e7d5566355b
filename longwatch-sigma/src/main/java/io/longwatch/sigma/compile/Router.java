package io.longwatch.sigma.compile;

import io.longwatch.sigma.mapping.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The log-source router: maps an event's (Channel, EventID) to the one {@link Bucket} of rule
 * variants that can match it. All buckets are merged and built at compile time, so per event the
 * router costs two hash lookups. Immutable.
 */
public final class Router {

    private record ChannelBuckets(Map<String, Bucket> byEventId, Bucket otherEventIds) {
    }

    private final Map<String, ChannelBuckets> channels;
    private final Map<String, ChannelBuckets> channelsLower;
    private final Bucket anyWindows;
    private final Bucket nonWindows;
    private final int largest;

    /** Builds all buckets for the variants. */
    public Router(List<CompiledVariant> variants) {
        Map<String, Map<String, List<CompiledVariant>>> byChannelEid = new LinkedHashMap<>();
        Map<String, List<CompiledVariant>> byChannelAny = new LinkedHashMap<>();
        List<CompiledVariant> anyWin = new ArrayList<>();
        List<CompiledVariant> nonWin = new ArrayList<>();
        for (CompiledVariant v : variants) {
            Route r = v.route();
            switch (r.kind()) {
                case NON_WINDOWS -> nonWin.add(v);
                case ANY_WINDOWS -> anyWin.add(v);
                case CHANNELS -> {
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
            }
        }
        Map<String, ChannelBuckets> ch = new HashMap<>();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(byChannelEid.keySet());
        names.addAll(byChannelAny.keySet());
        int max = 0;
        for (String c : names) {
            List<CompiledVariant> common = new ArrayList<>(byChannelAny.getOrDefault(c, List.of()));
            common.addAll(anyWin);
            Map<String, Bucket> byEid = new HashMap<>();
            for (Map.Entry<String, List<CompiledVariant>> e : byChannelEid.getOrDefault(c, Map.of()).entrySet()) {
                List<CompiledVariant> all = new ArrayList<>(e.getValue());
                all.addAll(common);
                Bucket b = new Bucket(all);
                max = Math.max(max, b.size());
                byEid.put(e.getKey(), b);
            }
            Bucket other = new Bucket(common);
            max = Math.max(max, other.size());
            ch.put(c, new ChannelBuckets(byEid, other));
        }
        this.channels = ch;
        Map<String, ChannelBuckets> lower = new HashMap<>();
        ch.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        this.channelsLower = lower;
        this.anyWindows = new Bucket(anyWin);
        this.nonWindows = new Bucket(nonWin);
        this.largest = Math.max(max, Math.max(anyWindows.size(), nonWindows.size()));
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
        ChannelBuckets cb = channels.get(channel);
        if (cb == null) {
            cb = channelsLower.get(channel.toLowerCase(Locale.ROOT));
            if (cb == null) {
                return anyWindows;
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

    /** Size of the largest bucket (for sizing per-matcher scratch arrays). */
    public int largestBucket() {
        return largest;
    }
}

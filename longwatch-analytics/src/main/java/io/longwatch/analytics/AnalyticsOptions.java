package io.longwatch.analytics;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the network analytics do: the observation window, which analytics run, what is allowed,
 * which networks are internal, and the thresholds.
 *
 * @param window length of the tumbling windows (aligned to the epoch, UTC) beaconing is scored in;
 *     a pair's best window is reported. Scans, DNS and rare destinations look at the whole range.
 * @param analytics the analytics to run
 * @param allow destinations ignored by every analytic
 * @param internalNetworks CIDRs of the monitored networks (sources of beacons, population of rarity)
 * @param thresholds the numbers
 */
public record AnalyticsOptions(
        Duration window,
        Set<Analytic> analytics,
        AllowList allow,
        List<String> internalNetworks,
        Thresholds thresholds) {

    /** RFC 1918, carrier-grade NAT, loopback, link-local and unique-local networks. */
    public static final List<String> DEFAULT_INTERNAL = List.of(
            "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
            "fc00::/7", "fe80::/10", "::1/128");

    public AnalyticsOptions {
        Objects.requireNonNull(window, "window");
        if (window.toSeconds() < 60) {
            throw new IllegalArgumentException("window must be at least one minute, got " + window);
        }
        analytics = analytics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(analytics));
        allow = allow == null ? AllowList.EMPTY : allow;
        internalNetworks = List.copyOf(internalNetworks);
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /** Every analytic, a 24-hour window, nothing allowed, the default internal networks and thresholds. */
    public static AnalyticsOptions defaults() {
        return new AnalyticsOptions(Duration.ofHours(24), EnumSet.allOf(Analytic.class), AllowList.EMPTY,
                DEFAULT_INTERNAL, Thresholds.defaults());
    }

    public AnalyticsOptions withWindow(Duration w) {
        return new AnalyticsOptions(w, analytics, allow, internalNetworks, thresholds);
    }

    public AnalyticsOptions withAnalytics(Set<Analytic> a) {
        return new AnalyticsOptions(window, a, allow, internalNetworks, thresholds);
    }

    public AnalyticsOptions withAllow(AllowList a) {
        return new AnalyticsOptions(window, analytics, a, internalNetworks, thresholds);
    }

    public AnalyticsOptions withThresholds(Thresholds t) {
        return new AnalyticsOptions(window, analytics, allow, internalNetworks, t);
    }

    public boolean runs(Analytic a) {
        return analytics.contains(a);
    }
}

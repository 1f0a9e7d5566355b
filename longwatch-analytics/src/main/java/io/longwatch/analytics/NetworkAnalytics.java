package io.longwatch.analytics;

import io.longwatch.core.detect.Detector;
import io.longwatch.core.finding.FindingSink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The network analytics over Zeek logs (conn, dns, http, ssl): beaconing, long connections, scans,
 * DNS tunnelling, algorithmically generated names and rare destinations, as one {@link Detector}.
 *
 * <p>Runs only collect compact state per pair, source and domain; {@link #finish} merges the runs,
 * scores, and emits findings ({@code kind: analytic}) in a deterministic order: by analytic, then
 * score (highest first), then pair or source. Events that are not Zeek network records are ignored.
 * Formulas and defaults: {@code docs/analytics.md}. Immutable and thread-safe.
 */
public final class NetworkAnalytics implements Detector<AnalyticsRun> {

    private final AnalyticsOptions options;
    private final CidrSet internal;

    private NetworkAnalytics(AnalyticsOptions options) {
        this.options = options;
        this.internal = CidrSet.of(options.internalNetworks(), (i, entry) -> {
            throw new IllegalArgumentException("internal network '" + entry + "' is not an IP address or CIDR");
        });
    }

    /**
     * The analytics detector.
     *
     * @throws IllegalArgumentException when an internal network is not a CIDR
     */
    public static NetworkAnalytics detector(AnalyticsOptions options) {
        return new NetworkAnalytics(options);
    }

    public AnalyticsOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "analytics";
    }

    @Override
    public Set<String> fieldsUsed() {
        return ZeekFields.ALL;
    }

    @Override
    public AnalyticsRun newRun() {
        return new AnalyticsRun(options, internal);
    }

    @Override
    public void finish(List<AnalyticsRun> runs, FindingSink out) {
        Thresholds t = options.thresholds();
        Merged m = Merged.of(runs, Math.min(t.scanMinTargets(), t.scanMinPorts()), ScanState.Trw.of(t).upper());
        WindowScoring windows = new WindowScoring(options);
        windows.observe(m.observedMin);
        windows.observe(m.observedMax);
        List<AnalyticFindings.Scored> found = new ArrayList<>();
        if (options.runs(Analytic.BEACON)) {
            BeaconFinder.find(m, false, windows, t, found);
            BeaconFinder.find(m, true, windows, t, found);
        }
        if (options.runs(Analytic.LONG_CONNECTION)) {
            LongConnectionFinder.find(m, t, found);
        }
        if (options.runs(Analytic.SCAN)) {
            ScanFinder.find(m, ScanState.Trw.of(t), t, found);
        }
        if (options.runs(Analytic.DNS_TUNNEL)) {
            DnsTunnelFinder.find(m, t, found);
        }
        if (options.runs(Analytic.DGA)) {
            DgaFinder.find(m, t, found);
        }
        if (options.runs(Analytic.RARE_DESTINATION)) {
            RareFinder.find(m, options.window().toNanos() / 1000, t, found);
        }
        found.sort(Comparator.comparing(AnalyticFindings.Scored::analytic)
                .thenComparing(Comparator.comparingDouble(AnalyticFindings.Scored::score).reversed())
                .thenComparing(AnalyticFindings.Scored::key));
        Map<Analytic, Integer> emitted = new EnumMap<>(Analytic.class);
        for (AnalyticFindings.Scored s : found) {
            int n = emitted.merge(s.analytic(), 1, Integer::sum);
            if (n <= t.maxFindingsPerAnalytic()) {
                out.accept(s.finding());
            }
        }
    }
}

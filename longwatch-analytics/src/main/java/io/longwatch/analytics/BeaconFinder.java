package io.longwatch.analytics;

import io.longwatch.core.finding.MatchedField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Beacon findings from merged pairs: each pair's best window, if it scores at least the threshold. */
final class BeaconFinder {

    private BeaconFinder() {
    }

    static void find(Merged m, boolean named, WindowScoring windows, Thresholds t, List<AnalyticFindings.Scored> out) {
        for (PairState p : named ? m.namePairs : m.ipPairs) {
            if (p.count < t.beaconMinConnections()) {
                continue;
            }
            WindowScoring.Best verdict = windows.best(p);
            if (verdict == null || verdict.best().score().score() < t.beaconMinScore()) {
                continue;
            }
            WindowScore w = verdict.best();
            BeaconScore s = w.score();
            String src = m.text(p.src);
            String dst = m.text(p.dst);
            Map<String, Object> sub = new LinkedHashMap<>();
            sub.put("intervals", AnalyticFindings.round(s.intervalScore()));
            sub.put("sizes", Double.isNaN(s.sizeScore()) ? null : AnalyticFindings.round(s.sizeScore()));
            sub.put("coverage", AnalyticFindings.round(s.coverage()));
            sub.put("count", AnalyticFindings.round(s.countScore()));
            sub.put("strobe", s.strobe());
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("src", src);
            ev.put(named ? "name" : "dst", dst);
            ev.put("port", p.firstPort);
            ev.put("connections", p.count);
            ev.put("window_start", AnalyticFindings.time(w.windowStartMicros()));
            ev.put("window_connections", s.connections());
            ev.put("window_checkins", s.checkins());
            ev.put("median_interval_s", AnalyticFindings.round(s.medianIntervalSeconds()));
            ev.put("interval_lag", s.lag());
            ev.put("interval_bowley", AnalyticFindings.round(s.intervalBowley()));
            ev.put("interval_mad_ratio", AnalyticFindings.round(s.intervalDispersion()));
            ev.put("median_bytes", s.medianSize() < 0 ? null : s.medianSize());
            ev.put("first_seen", AnalyticFindings.time(w.firstMicros()));
            ev.put("last_seen", AnalyticFindings.time(w.lastMicros()));
            ev.put("range_first_seen", AnalyticFindings.time(p.firstMicros));
            ev.put("range_last_seen", AnalyticFindings.time(p.lastMicros));
            ev.put("windows_beaconing", verdict.windowsBeaconing());
            ev.put("sampled", p.dropped > 0 || p.evicted != null);
            List<MatchedField> matches = List.of(new MatchedField(ZeekFields.ORIG_H, src),
                    new MatchedField(named ? "name" : ZeekFields.RESP_H, dst));
            out.add(AnalyticFindings.of(Analytic.BEACON,
                    named ? "Beaconing from a host to a name" : "Beaconing from a host to an address",
                    (named ? "name " : "ip ") + src + " " + dst, s.score(), w.firstMicros(), src, p.firstSource,
                    matches, sub, ev));
        }
    }
}

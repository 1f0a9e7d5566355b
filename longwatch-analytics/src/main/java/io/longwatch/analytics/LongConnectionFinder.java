package io.longwatch.analytics;

import io.longwatch.core.finding.MatchedField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Long connections: one connection over the long threshold, or a pair's durations summing over the cumulative one. */
final class LongConnectionFinder {

    private LongConnectionFinder() {
    }

    /** 0 below the threshold, 0.5 at it, 1 at eight times it (log scale). */
    static double ratioScore(double ratio) {
        if (!(ratio >= 1)) {
            return 0;
        }
        return Math.min(1.0, 0.5 + 0.5 * (Math.log(ratio) / Math.log(2)) / 3);
    }

    static void find(Merged m, Thresholds t, List<AnalyticFindings.Scored> out) {
        for (PairState p : m.ipPairs) {
            double single = ratioScore(p.maxDuration / t.longConnectionSeconds());
            double cumulative = ratioScore(p.totalDuration / t.cumulativeLongSeconds());
            double score = Math.max(single, cumulative);
            if (score <= 0) {
                continue;
            }
            String src = m.text(p.src);
            String dst = m.text(p.dst);
            Map<String, Object> sub = new LinkedHashMap<>();
            sub.put("single", AnalyticFindings.round(single));
            sub.put("cumulative", AnalyticFindings.round(cumulative));
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("src", src);
            ev.put("dst", dst);
            ev.put("port", p.firstPort);
            ev.put("connections", p.count);
            ev.put("longest_s", AnalyticFindings.round(p.maxDuration));
            ev.put("total_s", AnalyticFindings.round(p.totalDuration));
            AnalyticFindings.putSpan(ev, p);
            List<MatchedField> matches = List.of(new MatchedField(ZeekFields.ORIG_H, src),
                    new MatchedField(ZeekFields.RESP_H, dst),
                    new MatchedField(ZeekFields.DURATION, Double.toString(AnalyticFindings.round(p.maxDuration))));
            boolean isSingle = single >= cumulative;
            out.add(AnalyticFindings.of(Analytic.LONG_CONNECTION,
                    isSingle ? "Long connection" : "Cumulatively long connections", src + " " + dst, score,
                    isSingle ? p.longestMicros : p.firstMicros, src, isSingle && p.longestSource != null ? p.longestSource : p.firstSource,
                    matches, sub, ev));
        }
    }
}

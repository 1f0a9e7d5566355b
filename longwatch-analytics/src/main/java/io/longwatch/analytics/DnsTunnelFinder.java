package io.longwatch.analytics;

import io.longwatch.core.finding.MatchedField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DNS tunnelling and exfiltration per registrable domain: many unique subdomains, long and random
 * (high entropy) labels, TXT/NULL queries.
 */
final class DnsTunnelFinder {

    private DnsTunnelFinder() {
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    static void find(Merged m, Thresholds t, List<AnalyticFindings.Scored> out) {
        for (Map.Entry<String, DomainState> e : m.domains.entrySet()) {
            DomainState d = e.getValue();
            int unique = d.subdomains.size();
            if (unique < t.dnsMinSubdomains()) {
                continue;
            }
            double meanEntropy = d.entropySum / unique;
            double meanLength = d.lengthSum / unique;
            double txtShare = d.queries == 0 ? 0 : (double) d.txtNull / d.queries;
            double volume = clamp(0.5 + 0.5 * Math.log10((double) unique / t.dnsMinSubdomains()));
            double entropy = clamp((meanEntropy - 2.5) / 1.5);
            double length = clamp((meanLength - 12) / 28);
            double txt = clamp(2 * txtShare);
            double shape = 0.45 * entropy + 0.35 * length + 0.2 * txt;
            double score = clamp(0.3 * volume + 0.7 * shape);
            if (score < t.dnsMinScore()) {
                continue;
            }
            String firstSource = m.text(d.firstSourceKey);
            Map<String, Object> sub = new LinkedHashMap<>();
            sub.put("volume", AnalyticFindings.round(volume));
            sub.put("entropy", AnalyticFindings.round(entropy));
            sub.put("length", AnalyticFindings.round(length));
            sub.put("txt_null", AnalyticFindings.round(txt));
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("domain", d.domain);
            ev.put("queries", d.queries);
            ev.put("unique_subdomains", unique);
            ev.put("unique_capped", d.saturated);
            ev.put("mean_subdomain_entropy", AnalyticFindings.round(meanEntropy));
            ev.put("mean_subdomain_length", AnalyticFindings.round(meanLength));
            ev.put("longest_query", d.longestQuery);
            ev.put("txt_null_queries", d.txtNull);
            ev.put("nxdomain", d.nxdomain);
            ev.put("query_bytes", d.queryBytes);
            ev.put("sources", d.sources.size());
            ev.put("first_source", firstSource);
            AnalyticFindings.putSpan(ev, d);
            List<MatchedField> matches = List.of(new MatchedField(ZeekFields.ORIG_H, firstSource),
                    new MatchedField(ZeekFields.QUERY, d.longestQuery));
            out.add(AnalyticFindings.of(Analytic.DNS_TUNNEL, "DNS tunnelling or exfiltration", e.getKey(), score,
                    d.firstMicros, firstSource, d.firstSource, matches, sub, ev));
        }
    }
}

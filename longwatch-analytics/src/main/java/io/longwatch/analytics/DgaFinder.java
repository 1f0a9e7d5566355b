package io.longwatch.analytics;

import io.longwatch.core.finding.MatchedField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Algorithmically generated names, per source host. A generator emits many registrable domains of one
 * shape (same public suffix, same label length) that read unlike words and often do not resolve. The
 * finder groups a host's distinct registrable domains by (suffix, label length) and scores the largest
 * group: its size, its share of the host's domains, how generated its labels look, its NXDOMAIN share.
 */
final class DgaFinder {

    /** Labels shorter than this are too common among real names to count as a shape. */
    static final int MIN_LABEL = 6;

    private DgaFinder() {
    }

    static void find(Merged m, Thresholds t, List<AnalyticFindings.Scored> out) {
        m.dga.forEach((key, g) -> find(m, g, t, out));
    }

    private static void find(Merged m, DgaState g, Thresholds t, List<AnalyticFindings.Scored> out) {
        if (g.domains.size() < t.dgaMinDomains()) {
            return;
        }
        HashMap<String, List<String>> shapes = new HashMap<>();
        for (String domain : g.domains.keySet()) {
            String label = DomainNames.registrableLabel(domain);
            if (label.length() < MIN_LABEL) {
                continue;
            }
            shapes.computeIfAbsent(DomainNames.suffix(domain) + "/" + label.length(), k -> new ArrayList<>()).add(domain);
        }
        String topShape = null;
        for (Map.Entry<String, List<String>> s : shapes.entrySet()) {
            int n = s.getValue().size();
            int best = topShape == null ? -1 : shapes.get(topShape).size();
            if (n > best || (n == best && s.getKey().compareTo(topShape) < 0)) {
                topShape = s.getKey();
            }
        }
        if (topShape == null) {
            return;
        }
        List<String> group = shapes.get(topShape);
        group.sort(null);
        int size = group.size();
        if (size < t.dgaMinDomains()) {
            return;
        }
        double lexical = 0;
        int nx = 0;
        for (String domain : group) {
            lexical += Lexical.generatedness(DomainNames.registrableLabel(domain));
            nx += g.domains.get(domain)[1];
        }
        lexical /= size;
        double nxShare = (double) nx / size;
        double concentration = DnsTunnelFinder.clamp(2.0 * size / g.domains.size());
        double volume = DnsTunnelFinder.clamp(0.5 + 0.5 * (Math.log((double) size / t.dgaMinDomains()) / Math.log(2)) / 3);
        double quality = 0.5 * concentration + 0.3 * lexical + 0.2 * nxShare;
        // Geometric mean: a big group of ordinary names, or a few odd ones, both stay low.
        double score = Math.sqrt(volume * quality);
        if (score < t.dgaMinScore()) {
            return;
        }
        Map<String, Object> sub = new LinkedHashMap<>();
        sub.put("volume", AnalyticFindings.round(volume));
        sub.put("concentration", AnalyticFindings.round(concentration));
        sub.put("lexical", AnalyticFindings.round(lexical));
        sub.put("nxdomain", AnalyticFindings.round(nxShare));
        Map<String, Object> ev = new LinkedHashMap<>();
        String src = m.text(g.src);
        ev.put("src", src);
        ev.put("shape", topShape);
        ev.put("generated_domains", size);
        ev.put("distinct_domains", g.domains.size());
        ev.put("nxdomain_domains", nx);
        ev.put("examples", List.copyOf(group.subList(0, Math.min(10, size))));
        AnalyticFindings.putSpan(ev, g);
        ev.put("capped", g.saturated);
        List<MatchedField> matches = List.of(new MatchedField(ZeekFields.ORIG_H, src),
                new MatchedField(ZeekFields.QUERY, group.get(0)));
        out.add(AnalyticFindings.of(Analytic.DGA, "Algorithmically generated domain names", src, score,
                g.firstMicros, src, g.firstSource, matches, sub, ev));
    }
}

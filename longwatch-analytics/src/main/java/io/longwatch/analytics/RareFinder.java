package io.longwatch.analytics;

import io.longwatch.core.finding.MatchedField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rare destinations: external addresses (or registrable domains) that at most
 * {@link Thresholds#rareMaxSources()} internal hosts talk to, over the whole range, when at least
 * {@link Thresholds#rareMinPopulation()} internal hosts are seen at all.
 */
final class RareFinder {

    private RareFinder() {
    }

    private static final class Dest {
        final List<PairState> pairs = new ArrayList<>();
        long connections;
    }

    static void find(List<PairState> ipPairs, List<PairState> namePairs, long windowMicros,
            Thresholds t, List<AnalyticFindings.Scored> out) {
        Set<String> population = new HashSet<>();
        for (PairState p : ipPairs) {
            if (p.srcInternal) {
                population.add(p.src);
            }
        }
        for (PairState p : namePairs) {
            if (p.srcInternal) {
                population.add(p.src);
            }
        }
        if (population.size() < t.rareMinPopulation()) {
            return;
        }
        emit(group(ipPairs, false), false, population.size(), windowMicros, t, out);
        emit(group(namePairs, true), true, population.size(), windowMicros, t, out);
    }

    private static TreeMap<String, Dest> group(List<PairState> pairs, boolean named) {
        TreeMap<String, Dest> byDst = new TreeMap<>();
        for (PairState p : pairs) {
            if (!p.srcInternal || p.dstInternal) {
                continue;
            }
            String dst = p.dst;
            if (named) {
                String reg = DomainNames.registrable(p.dst);
                if (reg == null) {
                    continue;
                }
                dst = reg;
            }
            Dest d = byDst.computeIfAbsent(dst, k -> new Dest());
            d.pairs.add(p);
            d.connections += p.count;
        }
        return byDst;
    }

    private static void emit(TreeMap<String, Dest> byDst, boolean named, int population, long windowMicros,
            Thresholds t, List<AnalyticFindings.Scored> out) {
        for (Map.Entry<String, Dest> e : byDst.entrySet()) {
            Dest d = e.getValue();
            Set<String> sources = new java.util.TreeSet<>();
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            PairState earliest = null;
            for (PairState p : d.pairs) {
                sources.add(p.src);
                if (p.firstMicros < first) {
                    first = p.firstMicros;
                    earliest = p;
                }
                last = Math.max(last, p.lastMicros);
            }
            if (sources.size() > t.rareMaxSources() || d.connections < t.rareMinConnections()) {
                continue;
            }
            double rarity = 1.0 - (double) sources.size() / population;
            double persistence = Math.min(1.0, (double) (last - first) / windowMicros);
            // Rarity alone is a weak signal: the score stops at 0.8 (medium), whatever the evidence.
            double score = 0.3 + 0.25 * rarity + 0.25 * persistence;
            Map<String, Object> sub = new LinkedHashMap<>();
            sub.put("rarity", AnalyticFindings.round(rarity));
            sub.put("persistence", AnalyticFindings.round(persistence));
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put(named ? "domain" : "dst", e.getKey());
            ev.put("sources", List.copyOf(sources));
            ev.put("internal_hosts", population);
            ev.put("connections", d.connections);
            ev.put("first_seen", AnalyticFindings.time(first));
            ev.put("last_seen", AnalyticFindings.time(last));
            String src = sources.iterator().next();
            List<MatchedField> matches = List.of(new MatchedField(ZeekFields.ORIG_H, src),
                    new MatchedField(named ? "name" : ZeekFields.RESP_H, e.getKey()));
            out.add(AnalyticFindings.of(Analytic.RARE_DESTINATION,
                    named ? "Rare destination domain" : "Rare destination address", (named ? "name " : "ip ") + e.getKey(),
                    score, first, src, earliest.firstSource, matches, sub, ev));
        }
    }
}

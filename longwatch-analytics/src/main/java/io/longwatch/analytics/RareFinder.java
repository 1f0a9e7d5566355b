package io.longwatch.analytics;

import io.longwatch.core.finding.MatchedField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Rare destinations: external addresses (or registrable domains) that at most
 * {@link Thresholds#rareMaxSources()} internal hosts talk to, over the whole range, when at least
 * {@link Thresholds#rareMinPopulation()} internal hosts are seen at all.
 */
final class RareFinder {

    private RareFinder() {
    }

    /** One destination: its first few distinct internal sources (one more than allowed is enough). */
    private static final class Dest {
        final long[] sources;
        int n;
        boolean common;
        long connections;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        PairState earliest;

        Dest(int maxSources) {
            sources = new long[maxSources];
        }

        void add(PairState p) {
            connections += p.count;
            if (p.firstMicros < first) {
                first = p.firstMicros;
                earliest = p;
            }
            last = Math.max(last, p.lastMicros);
            for (int i = 0; i < n; i++) {
                if (sources[i] == p.src) {
                    return;
                }
            }
            if (n == sources.length) {
                common = true;
            } else {
                sources[n++] = p.src;
            }
        }
    }

    static void find(Merged m, long windowMicros, Thresholds t, List<AnalyticFindings.Scored> out) {
        LongSet population = new LongSet();
        for (PairState p : m.ipPairs) {
            if (p.srcInternal) {
                population.add(p.src);
            }
        }
        for (PairState p : m.namePairs) {
            if (p.srcInternal) {
                population.add(p.src);
            }
        }
        if (population.size() < t.rareMinPopulation()) {
            return;
        }
        LongMap<Dest> byAddress = new LongMap<>();
        for (PairState p : m.ipPairs) {
            if (p.srcInternal && !p.dstInternal) {
                Dest d = byAddress.get(p.dst);
                if (d == null) {
                    d = new Dest(t.rareMaxSources());
                    byAddress.put(p.dst, d);
                }
                d.add(p);
            }
        }
        byAddress.forEach((key, d) -> emit(m, m.text(key), d, false, population.size(), windowMicros, t, out));
        HashMap<String, Dest> byDomain = new HashMap<>();
        for (PairState p : m.namePairs) {
            String reg = p.srcInternal ? DomainNames.registrable(m.text(p.dst)) : null;
            if (reg != null) {
                byDomain.computeIfAbsent(reg, k -> new Dest(t.rareMaxSources())).add(p);
            }
        }
        byDomain.forEach((name, d) -> emit(m, name, d, true, population.size(), windowMicros, t, out));
    }

    private static void emit(Merged m, String dst, Dest d, boolean named, int population, long windowMicros,
            Thresholds t, List<AnalyticFindings.Scored> out) {
        if (d.common || d.n == 0 || d.connections < t.rareMinConnections()) {
            return;
        }
        TreeSet<String> sources = new TreeSet<>();
        for (int i = 0; i < d.n; i++) {
            sources.add(m.text(d.sources[i]));
        }
        double rarity = 1.0 - (double) d.n / population;
        double persistence = Math.min(1.0, (double) (d.last - d.first) / windowMicros);
        // Rarity alone is a weak signal: the score stops at 0.8 (medium), whatever the evidence.
        double score = 0.3 + 0.25 * rarity + 0.25 * persistence;
        Map<String, Object> sub = new LinkedHashMap<>();
        sub.put("rarity", AnalyticFindings.round(rarity));
        sub.put("persistence", AnalyticFindings.round(persistence));
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put(named ? "domain" : "dst", dst);
        ev.put("sources", new ArrayList<>(sources));
        ev.put("internal_hosts", population);
        ev.put("connections", d.connections);
        ev.put("first_seen", AnalyticFindings.time(d.first));
        ev.put("last_seen", AnalyticFindings.time(d.last));
        String src = sources.first();
        List<MatchedField> matches = List.of(new MatchedField(ZeekFields.ORIG_H, src),
                new MatchedField(named ? "name" : ZeekFields.RESP_H, dst));
        out.add(AnalyticFindings.of(Analytic.RARE_DESTINATION,
                named ? "Rare destination domain" : "Rare destination address", (named ? "name " : "ip ") + dst,
                score, d.first, src, d.earliest.firstSource, matches, sub, ev));
    }
}

package io.longwatch.analytics;

import io.longwatch.core.finding.MatchedField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scan findings per source: horizontal (one port, many hosts unanswered), vertical (one host, many
 * ports unanswered) and the threshold random walk's verdict; the strongest gives the score.
 */
final class ScanFinder {

    private ScanFinder() {
    }

    static String portLabel(int protoPort) {
        int port = protoPort & 0xffff;
        return switch (protoPort >>> 16) {
            case 0 -> "tcp/" + port;
            case 1 -> "udp/" + port;
            case 2 -> "icmp/" + port;
            default -> "other/" + port;
        };
    }

    static void find(Merged m, ScanState.Trw trw, Thresholds t, List<AnalyticFindings.Scored> out) {
        m.scans.forEach((key, ms) -> find(m, ms, trw, t, out));
    }

    private static void find(Merged m, Merged.MergedScan ms, ScanState.Trw trw, Thresholds t,
            List<AnalyticFindings.Scored> out) {
        ScanState s = ms.state;
        HashMap<Integer, int[]> hostsPerPort = new HashMap<>();
        HashMap<Integer, int[]> allPerPort = new HashMap<>();
        HashMap<Long, int[]> portsPerHost = new HashMap<>();
        LongSet unansweredHosts = new LongSet();
        int contacted = 0;
        for (long entry : ms.entries.toArray()) {
            long low = entry & ScanState.CONTACT;
            long host = entry >>> 21;
            if (low == ScanState.CONTACT) {
                contacted++;
                continue;
            }
            int pp = (int) (low >>> 1);
            boolean failed = (low & 1) == 1;
            // A target tried both ways is counted once among all targets, as its answered entry.
            if (!failed || !ms.entries.contains(ScanState.target(host, pp, false))) {
                allPerPort.computeIfAbsent(pp, k -> new int[1])[0]++;
            }
            if (failed) {
                unansweredHosts.add(host);
                hostsPerPort.computeIfAbsent(pp, k -> new int[1])[0]++;
                if (pp < 131_072) {
                    portsPerHost.computeIfAbsent(host, k -> new int[1])[0]++;
                }
            }
        }
        int topPort = (int) best(hostsPerPort);
        long topHost = best(portsPerHost);
        int hostsOnTopPort = topPort < 0 ? 0 : hostsPerPort.get(topPort)[0];
        int portsOnTopHost = topHost < 0 ? 0 : portsPerHost.get(topHost)[0];
        // A client with many peers on one port also meets some silent ones: weigh the horizontal
        // count by the share of that port's hosts that never answered (full weight from one half).
        double unansweredShare = topPort < 0 ? 0 : (double) hostsOnTopPort / allPerPort.get(topPort)[0];
        double horizontal = LongConnectionFinder.ratioScore((double) hostsOnTopPort / t.scanMinTargets())
                * Math.min(1.0, 2 * unansweredShare);
        double vertical = LongConnectionFinder.ratioScore((double) portsOnTopHost / t.scanMinPorts());
        boolean scanner = ms.runsScanner > 0 || ms.llrSum >= trw.upper();
        double failedShare = s.firstContacts == 0 ? 0 : (double) s.failedFirstContacts / s.firstContacts;
        double walk = scanner ? 0.7 + 0.3 * failedShare : 0;
        double score = Math.max(walk, Math.max(horizontal, vertical));
        if (score < t.scanMinScore()) {
            return;
        }
        List<String> kinds = new ArrayList<>();
        if (horizontal > 0) {
            kinds.add("horizontal");
        }
        if (vertical > 0) {
            kinds.add("vertical");
        }
        if (scanner) {
            kinds.add("sequential-test");
        }
        Map<String, Object> sub = new LinkedHashMap<>();
        sub.put("horizontal", AnalyticFindings.round(horizontal));
        sub.put("vertical", AnalyticFindings.round(vertical));
        sub.put("random_walk", AnalyticFindings.round(walk));
        Map<String, Object> ev = new LinkedHashMap<>();
        String src = m.text(s.src);
        ev.put("src", src);
        ev.put("kinds", kinds);
        ev.put("targets", contacted);
        ev.put("unanswered_targets", unansweredHosts.size());
        ev.put("unanswered_ports", hostsPerPort.size());
        ev.put("top_port", topPort < 0 ? null : portLabel(topPort));
        ev.put("hosts_on_top_port", hostsOnTopPort);
        ev.put("top_port_unanswered_share", AnalyticFindings.round(unansweredShare));
        ev.put("top_host", topHost < 0 ? null : m.hostBitsText(topHost));
        ev.put("ports_on_top_host", portsOnTopHost);
        ev.put("first_contacts", s.firstContacts);
        ev.put("failed_first_contacts", s.failedFirstContacts);
        double hours = Math.max(1.0 / 60, (s.lastMicros - s.firstMicros) / 3.6e9);
        ev.put("targets_per_hour", AnalyticFindings.round(contacted / hours));
        AnalyticFindings.putSpan(ev, s);
        ev.put("saturated", s.saturated);
        List<MatchedField> matches = List.of(new MatchedField(ZeekFields.ORIG_H, src));
        out.add(AnalyticFindings.of(Analytic.SCAN, "Network scan", src, score,
                s.firstMicros, src, s.firstSource, matches, sub, ev));
    }

    /** The key with the highest count; ties to the smallest key, so the choice is deterministic. */
    private static <K extends Number & Comparable<K>> long best(HashMap<K, int[]> counts) {
        K bestKey = null;
        int bestCount = 0;
        for (Map.Entry<K, int[]> c : counts.entrySet()) {
            int n = c.getValue()[0];
            if (n > bestCount || (n == bestCount && c.getKey().compareTo(bestKey) < 0)) {
                bestKey = c.getKey();
                bestCount = n;
            }
        }
        return bestKey == null ? -1 : bestKey.longValue();
    }
}

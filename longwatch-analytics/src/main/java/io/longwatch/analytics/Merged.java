package io.longwatch.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every run's state folded into one view, keyed by address and name text (run-local ids differ). The
 * runs are consumed: their objects are moved or absorbed, not copied, so merging needs little memory.
 * Maps are sorted by key so that everything downstream iterates in one deterministic order.
 */
final class Merged {

    final TreeMap<String, PairState> ipPairs = new TreeMap<>();
    final TreeMap<String, PairState> namePairs = new TreeMap<>();
    final TreeMap<String, MergedScan> scans = new TreeMap<>();
    final TreeMap<String, DomainState> domains = new TreeMap<>();
    final TreeMap<String, DgaState> dga = new TreeMap<>();
    long observedMin = Long.MAX_VALUE;
    long observedMax = Long.MIN_VALUE;
    long records;

    /** A source's scan state across runs: failed targets re-keyed to global host ids. */
    static final class MergedScan {
        final ScanState state;
        final LongSet targets = new LongSet(16);
        final LongSet failedTargets = new LongSet(16);
        final LongSet contacted = new LongSet(16);
        int runsScanner;
        double llrSum;

        MergedScan(ScanState s) {
            this.state = s;
        }
    }

    /** Global ids for destination addresses named by failed targets. */
    final Map<String, Integer> globalHosts = new HashMap<>();
    final List<String> globalHostNames = new java.util.ArrayList<>();

    static Merged of(List<AnalyticsRun> runs) {
        Merged m = new Merged();
        for (AnalyticsRun r : runs) {
            m.records += r.records;
            m.observedMin = Math.min(m.observedMin, r.windows.observedMin);
            m.observedMax = Math.max(m.observedMax, r.windows.observedMax);
            r.ipPairs.forEach((k, p) -> fold(m.ipPairs, p.src + '\u0000' + p.dst, p));
            r.namePairs.forEach((k, p) -> fold(m.namePairs, p.src + '\u0000' + p.dst, p));
            r.domains.forEach((k, d) -> {
                DomainState mine = m.domains.get(k);
                if (mine == null) {
                    m.domains.put(k, d);
                } else {
                    mine.absorb(d);
                }
            });
            r.dga.forEach((k, g) -> {
                DgaState mine = m.dga.get(g.src);
                if (mine == null) {
                    m.dga.put(g.src, g);
                } else {
                    mine.absorb(g);
                }
            });
            r.scans.forEach((k, s) -> m.foldScan(r, s));
        }
        return m;
    }

    private static void fold(TreeMap<String, PairState> into, String key, PairState p) {
        PairState mine = into.get(key);
        if (mine == null) {
            into.put(key, p);
        } else {
            mine.absorb(p);
        }
    }

    private void foldScan(AnalyticsRun run, ScanState s) {
        MergedScan ms = scans.get(s.src);
        if (ms == null) {
            ms = new MergedScan(s);
            scans.put(s.src, ms);
        } else {
            ScanState into = ms.state;
            if (s.firstMicros < into.firstMicros) {
                into.firstMicros = s.firstMicros;
                into.firstSource = s.firstSource;
            }
            into.lastMicros = Math.max(into.lastMicros, s.lastMicros);
            into.saturated |= s.saturated;
            into.scannerAtMicros = Math.min(into.scannerAtMicros, s.scannerAtMicros);
        }
        for (long target : s.targets.toArray()) {
            long global = ((long) global(run.hosts.byId((int) (target >>> 20)).address()) << 20) | (target & 0xfffff);
            ms.targets.add(global);
            if (s.failedTargets.contains(target)) {
                ms.failedTargets.add(global);
            }
        }
        for (long dst : s.contacted.toArray()) {
            ms.contacted.add(global(run.hosts.byId((int) dst).address()));
        }
        if (s.scanner) {
            ms.runsScanner++;
        }
        ms.llrSum += s.llr;
        if (ms.state != s) {
            ms.state.firstContacts += s.firstContacts;
            ms.state.failedFirstContacts += s.failedFirstContacts;
        }
    }

    private int global(String address) {
        Integer id = globalHosts.get(address);
        if (id == null) {
            id = globalHostNames.size();
            globalHosts.put(address, id);
            globalHostNames.add(address);
        }
        return id;
    }
}

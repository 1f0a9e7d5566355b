package io.longwatch.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every run's state folded into one view, keyed by address and name text (run-local ids differ). The
 * runs are consumed: their objects are moved or absorbed, not copied, so merging needs little memory.
 * Maps are sorted by key so that everything downstream iterates in one deterministic order.
 */
final class Merged {

    /** Address pairs, sorted by (source, destination), one state per pair. */
    final List<PairState> ipPairs;
    /** Source to name pairs, sorted likewise. */
    final List<PairState> namePairs;
    final HashMap<String, MergedScan> scans = new HashMap<>();
    final HashMap<String, DomainState> domains = new HashMap<>();
    final HashMap<String, DgaState> dga = new HashMap<>();
    long observedMin = Long.MAX_VALUE;
    long observedMax = Long.MIN_VALUE;
    long records;

    /** A source's scan state across runs: entries re-keyed to global host ids. */
    static final class MergedScan {
        final ScanState state;
        final LongSet entries;
        int runsScanner;
        double llrSum;

        MergedScan(ScanState s) {
            this.state = s;
            this.entries = new LongSet(s.entries.size());
        }
    }

    /** Global ids for destination addresses named by failed targets. */
    final Map<String, Integer> globalHosts = new HashMap<>();
    final List<String> globalHostNames = new ArrayList<>();

    private Merged(List<PairState> ipPairs, List<PairState> namePairs) {
        this.ipPairs = ipPairs;
        this.namePairs = namePairs;
    }

    static Merged of(List<AnalyticsRun> runs, int minScanTargets, double trwUpper) {
        List<PairState> ip = new ArrayList<>();
        List<PairState> named = new ArrayList<>();
        for (AnalyticsRun r : runs) {
            r.ipPairs.forEach((k, p) -> ip.add(p));
            r.namePairs.forEach((k, p) -> named.add(p));
        }
        Merged m = new Merged(fold(ip, runs.size() == 1), fold(named, runs.size() == 1));
        for (AnalyticsRun r : runs) {
            m.records += r.records;
            m.observedMin = Math.min(m.observedMin, r.windows.observedMin);
            m.observedMax = Math.max(m.observedMax, r.windows.observedMax);
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
        }
        m.foldScans(runs, minScanTargets, trwUpper);
        return m;
    }

    /**
     * Groups each pair's states from the runs (sorting by the pair's hash, then comparing the text
     * within equal hashes) and folds them into the first. One array of references, no text keys: a
     * merge of millions of pairs costs little memory. With one run every pair is already unique.
     */
    private static List<PairState> fold(List<PairState> pairs, boolean unique) {
        if (unique) {
            return pairs;
        }
        pairs.sort(BY_HASH);
        List<PairState> out = new ArrayList<>(pairs.size());
        int i = 0;
        while (i < pairs.size()) {
            int j = i + 1;
            long h = pairs.get(i).keyHash;
            while (j < pairs.size() && pairs.get(j).keyHash == h) {
                j++;
            }
            // Usually one state per run for the same pair; a true hash collision stays a separate pair.
            for (int a = i; a < j; a++) {
                PairState p = pairs.get(a);
                if (p == null) {
                    continue;
                }
                for (int b = a + 1; b < j; b++) {
                    PairState q = pairs.get(b);
                    if (q != null && p.src.equals(q.src) && p.dst.equals(q.dst)) {
                        p.absorb(q);
                        pairs.set(b, null);
                    }
                }
                out.add(p);
            }
            i = j;
        }
        return out;
    }

    private static final Comparator<PairState> BY_HASH = (a, b) -> Long.compare(a.keyHash, b.keyHash);

    /**
     * Folds scan state by source. Only sources that could be reported are re-keyed to global host ids:
     * a TRW verdict or residual walk at the threshold, or enough unanswered targets for a plain one.
     */
    private void foldScans(List<AnalyticsRun> runs, int minTargets, double trwUpper) {
        HashMap<String, List<Object[]>> bySource = new HashMap<>();
        for (AnalyticsRun r : runs) {
            r.scans.forEach((k, s) -> bySource.computeIfAbsent(s.src, x -> new ArrayList<>(1)).add(new Object[] {r, s}));
        }
        for (Map.Entry<String, List<Object[]>> e : bySource.entrySet()) {
            int failed = 0;
            double llr = 0;
            boolean scanner = false;
            for (Object[] rs : e.getValue()) {
                ScanState s = (ScanState) rs[1];
                failed += s.failedTargets;
                llr += s.llr;
                scanner |= s.scanner;
            }
            if (!scanner && llr < trwUpper && failed < minTargets) {
                continue;
            }
            MergedScan ms = null;
            for (Object[] rs : e.getValue()) {
                AnalyticsRun run = (AnalyticsRun) rs[0];
                ScanState s = (ScanState) rs[1];
                if (ms == null) {
                    ms = new MergedScan(s);
                } else {
                    ScanState into = ms.state;
                    if (s.firstMicros < into.firstMicros) {
                        into.firstMicros = s.firstMicros;
                        into.firstSource = s.firstSource;
                    }
                    into.lastMicros = Math.max(into.lastMicros, s.lastMicros);
                    into.saturated |= s.saturated;
                    into.firstContacts += s.firstContacts;
                    into.failedFirstContacts += s.failedFirstContacts;
                }
                for (long entry : s.entries.toArray()) {
                    long global = global(run.hosts.byId((int) (entry >>> 21)).address());
                    ms.entries.add((global << 21) | (entry & ScanState.CONTACT));
                }
                if (s.scanner) {
                    ms.runsScanner++;
                }
                ms.llrSum += s.llr;
            }
            scans.put(e.getKey(), ms);
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

package io.longwatch.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * Every run's state folded into one view. Keys are the same numbers in every run (addresses and
 * names, see {@link HostTable} and {@link NameTable}), so pairs merge by sorting on them and sources
 * by a long map; no text is built until a finding is. The runs are consumed: their objects are moved
 * or absorbed, not copied, so merging needs little memory.
 */
final class Merged {

    /** Address pairs, one state per (source, destination). */
    final List<PairState> ipPairs;
    /** Source to name pairs, likewise. */
    final List<PairState> namePairs;
    final LongMap<MergedScan> scans = new LongMap<>();
    final HashMap<String, DomainState> domains = new HashMap<>();
    final LongMap<DgaState> dga = new LongMap<>();
    /** Text of every non-IPv4 address and name key, and of non-IPv4 scan host bits. */
    private final LongMap<String> texts = new LongMap<>();
    private final LongMap<String> hostBitsTexts = new LongMap<>();
    long observedMin = Long.MAX_VALUE;
    long observedMax = Long.MIN_VALUE;
    long records;

    /** A source's scan state across runs. */
    static final class MergedScan {
        final ScanState state;
        final LongSet entries;
        int runsScanner;
        double llrSum;

        MergedScan(ScanState s) {
            this.state = s;
            this.entries = s.entries;
        }
    }

    private Merged(List<PairState> ipPairs, List<PairState> namePairs) {
        this.ipPairs = ipPairs;
        this.namePairs = namePairs;
    }

    static Merged of(List<AnalyticsRun> runs, int minScanTargets, double trwUpper) {
        List<PairState> ip = new ArrayList<>();
        List<PairState> named = new ArrayList<>();
        for (AnalyticsRun r : runs) {
            ip.addAll(r.ipPairs.values());
            named.addAll(r.namePairs.values());
        }
        Merged m = new Merged(fold(ip, runs.size() == 1), fold(named, runs.size() == 1));
        for (AnalyticsRun r : runs) {
            m.records += r.records;
            m.observedMin = Math.min(m.observedMin, r.windows.observedMin);
            m.observedMax = Math.max(m.observedMax, r.windows.observedMax);
            r.hosts.otherTexts.forEach((k, text) -> {
                m.texts.put(k, text);
                m.hostBitsTexts.put(HostTable.hostBits(k), text);
            });
            r.names.texts.forEach(m.texts::put);
            r.domains.forEach((k, d) -> {
                DomainState mine = m.domains.get(k);
                if (mine == null) {
                    m.domains.put(k, d);
                } else {
                    mine.absorb(d);
                }
            });
            r.dga.forEach((k, g) -> {
                DgaState mine = m.dga.get(k);
                if (mine == null) {
                    m.dga.put(k, g);
                } else {
                    mine.absorb(g);
                }
            });
        }
        m.foldScans(runs, minScanTargets, trwUpper);
        return m;
    }

    /** Text of an address or name key. */
    String text(long key) {
        return key < HostTable.OTHER && key < NameTable.NAME ? HostTable.v4Text(key) : texts.get(key);
    }

    /** Text of scan-entry host bits. */
    String hostBitsText(long bits) {
        return bits < (1L << 32) ? HostTable.v4Text(bits) : hostBitsTexts.get(bits);
    }

    /**
     * Groups each pair's states from the runs by sorting on (source, destination) and folds them into
     * the first. With one run every pair is already unique.
     */
    private static List<PairState> fold(List<PairState> pairs, boolean unique) {
        if (unique) {
            return pairs;
        }
        pairs.sort(BY_PAIR);
        List<PairState> out = new ArrayList<>(pairs.size());
        PairState current = null;
        for (PairState p : pairs) {
            if (current != null && current.src == p.src && current.dst == p.dst) {
                current.absorb(p);
            } else {
                current = p;
                out.add(p);
            }
        }
        return out;
    }

    private static final Comparator<PairState> BY_PAIR = (a, b) -> {
        int c = Long.compare(a.src, b.src);
        return c != 0 ? c : Long.compare(a.dst, b.dst);
    };

    /**
     * Folds scan state by source. Only sources that could be reported are kept: a TRW verdict or
     * residual walk at the threshold, or enough unanswered targets for a plain threshold.
     */
    private void foldScans(List<AnalyticsRun> runs, int minTargets, double trwUpper) {
        LongMap<List<ScanState>> bySource = new LongMap<>();
        for (AnalyticsRun r : runs) {
            r.scans.forEach((k, s) -> {
                List<ScanState> list = bySource.get(k);
                if (list == null) {
                    list = new ArrayList<>(1);
                    bySource.put(k, list);
                }
                list.add(s);
            });
        }
        bySource.forEach((src, states) -> {
            int failed = 0;
            double llr = 0;
            boolean scanner = false;
            for (ScanState s : states) {
                failed += s.failedTargets;
                llr += s.llr;
                scanner |= s.scanner;
            }
            if (!scanner && llr < trwUpper && failed < minTargets) {
                return;
            }
            MergedScan ms = new MergedScan(states.get(0));
            for (ScanState s : states) {
                if (s != ms.state) {
                    ms.state.absorbSpan(s);
                    ms.state.saturated |= s.saturated;
                    ms.state.firstContacts += s.firstContacts;
                    ms.state.failedFirstContacts += s.failedFirstContacts;
                    ms.entries.addAll(s.entries);
                }
                if (s.scanner) {
                    ms.runsScanner++;
                }
                ms.llrSum += s.llr;
            }
            scans.put(src, ms);
        });
    }
}

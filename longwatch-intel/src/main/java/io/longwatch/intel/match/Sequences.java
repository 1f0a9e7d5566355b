package io.longwatch.intel.match;

import io.longwatch.intel.pattern.ObservationExpression;
import io.longwatch.intel.pattern.Qualifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Evaluates an observation expression over the observation hits of one host, in event time:
 * AND pairs each match with the closest match of the other side, FOLLOWEDBY with the first match of
 * the right side starting at or after its end, REPEATS n TIMES takes every n consecutive matches,
 * WITHIN keeps matches spanning at most the window, START/STOP those inside it. Pairing the closest
 * matches is what makes a WITHIN window most likely to hold; it finds a sequence whenever one exists
 * for FOLLOWEDBY and AND of two sides, and may miss some (never invent any) for deeper nestings.
 */
final class Sequences {

    /** Bound on the matches kept per node, so that a chatty observation cannot blow up memory. */
    static final int MAX_MATCHES = 100_000;

    /**
     * One way the expression is satisfied.
     *
     * @param first time of the earliest hit
     * @param last time of the latest hit
     * @param hits the hits, in time order
     */
    record Match(long first, long last, List<LeafHit> hits) {
        static Match of(LeafHit h) {
            return new Match(h.time(), h.time(), List.of(h));
        }

        Match join(Match o) {
            List<LeafHit> all = new ArrayList<>(hits.size() + o.hits.size());
            all.addAll(hits);
            all.addAll(o.hits);
            all.sort(Comparator.comparingLong(LeafHit::time));
            return new Match(Math.min(first, o.first), Math.max(last, o.last), List.copyOf(all));
        }
    }

    private static final Comparator<Match> BY_FIRST = Comparator.comparingLong(Match::first)
            .thenComparingLong(Match::last);

    private Sequences() {
    }

    /**
     * The matches of {@code e} among {@code hits} (all of one host, any order), sorted by start,
     * with overlapping matches folded so each hit is reported once.
     */
    static List<Match> evaluate(CompiledPattern p, List<LeafHit> hits) {
        List<Match> all = eval(p, p.root(), hits);
        all.sort(Comparator.comparingLong(Match::last).thenComparingLong(Match::first));
        List<Match> out = new ArrayList<>();
        long lastEnd = Long.MIN_VALUE;
        for (Match m : all) {
            if (out.isEmpty() || m.first() > lastEnd) {
                out.add(m);
                lastEnd = m.last();
            }
        }
        return out;
    }

    private static List<Match> eval(CompiledPattern p, ObservationExpression e, List<LeafHit> hits) {
        List<Match> out = new ArrayList<>();
        switch (e) {
            case ObservationExpression.Observation o -> {
                int leaf = p.leaf(o);
                for (LeafHit h : hits) {
                    if (h.leaf() == leaf && out.size() < MAX_MATCHES) {
                        out.add(Match.of(h));
                    }
                }
            }
            case ObservationExpression.Combination c -> {
                out = eval(p, c.operands().get(0), hits);
                for (int i = 1; i < c.operands().size(); i++) {
                    List<Match> right = eval(p, c.operands().get(i), hits);
                    out = switch (c.operator()) {
                        case OR -> or(out, right);
                        case AND -> and(out, right);
                        case FOLLOWEDBY -> followedBy(out, right);
                    };
                }
            }
            case ObservationExpression.Qualified q -> {
                List<Match> inner = eval(p, q.expression(), hits);
                switch (q.qualifier()) {
                    case Qualifier.Within w -> {
                        long window = w.micros();
                        for (Match m : inner) {
                            if (m.last() - m.first() <= window) {
                                out.add(m);
                            }
                        }
                    }
                    case Qualifier.Repeats r -> out = repeats(inner, r.times());
                    case Qualifier.StartStop s -> {
                        for (Match m : inner) {
                            if (m.first() >= s.start().micros() && m.last() < s.stop().micros()) {
                                out.add(m);
                            }
                        }
                    }
                }
            }
        }
        out.sort(BY_FIRST);
        return out;
    }

    private static List<Match> or(List<Match> a, List<Match> b) {
        List<Match> out = new ArrayList<>(a);
        for (Match m : b) {
            if (out.size() >= MAX_MATCHES) {
                break;
            }
            out.add(m);
        }
        return out;
    }

    /** Each left match with the right match whose start is closest to its start. */
    private static List<Match> and(List<Match> a, List<Match> b) {
        List<Match> out = new ArrayList<>();
        if (b.isEmpty()) {
            return out;
        }
        for (Match m : a) {
            int i = firstStartingAtOrAfter(b, m.first());
            Match best = null;
            for (int k = Math.max(0, i - 1); k <= Math.min(b.size() - 1, i); k++) {
                Match cand = b.get(k);
                if (cand.hits().equals(m.hits())) {
                    continue;
                }
                if (best == null || span(m, cand) < span(m, best)) {
                    best = cand;
                }
            }
            if (best != null && out.size() < MAX_MATCHES) {
                out.add(m.join(best));
            }
        }
        return out;
    }

    /** Each left match with the first right match starting at or after its end. */
    private static List<Match> followedBy(List<Match> a, List<Match> b) {
        List<Match> out = new ArrayList<>();
        for (Match m : a) {
            int i = firstStartingAtOrAfter(b, m.last());
            while (i < b.size() && b.get(i).hits().equals(m.hits())) {
                i++;
            }
            if (i < b.size() && out.size() < MAX_MATCHES) {
                out.add(m.join(b.get(i)));
            }
        }
        return out;
    }

    /** Every run of {@code n} consecutive matches (by start). */
    private static List<Match> repeats(List<Match> in, long n) {
        List<Match> out = new ArrayList<>();
        if (n > in.size()) {
            return out;
        }
        int count = (int) n;
        for (int i = 0; i + count <= in.size() && out.size() < MAX_MATCHES; i++) {
            Match m = in.get(i);
            for (int k = 1; k < count; k++) {
                m = m.join(in.get(i + k));
            }
            out.add(m);
        }
        return out;
    }

    private static long span(Match a, Match b) {
        return Math.max(a.last(), b.last()) - Math.min(a.first(), b.first());
    }

    private static int firstStartingAtOrAfter(List<Match> sorted, long t) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).first() < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

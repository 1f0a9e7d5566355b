package io.longwatch.sigma.eval;

import io.longwatch.sigma.SigmaRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a matcher spends its evaluation time, per rule: how often the prefilter let the rule's
 * condition run, for how long, and how often it fired. For finding the few rules that cost the
 * most in a large rule set; off by default (timing every evaluation costs a little).
 */
public final class RuleProfile {

    /** One rule's totals. */
    public record Entry(SigmaRule rule, long evaluations, long nanos, long fired) {
    }

    private final SigmaRule[] rules;
    private final long[] evaluations;
    private final long[] nanos;
    private final long[] fired;
    /**
     * What one clock read costs here, taken off each timed evaluation: on some virtual machines
     * a read takes most of a microsecond, more than a typical rule evaluation.
     */
    private final long clockNanos = clockCost();

    RuleProfile(int ruleCount) {
        this.rules = new SigmaRule[ruleCount];
        this.evaluations = new long[ruleCount];
        this.nanos = new long[ruleCount];
        this.fired = new long[ruleCount];
    }

    private static long clockCost() {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            long last = t0;
            for (int i = 0; i < 200; i++) {
                last = System.nanoTime();
            }
            best = Math.min(best, (last - t0) / 200);
        }
        return best;
    }

    void record(SigmaRule rule, int index, long elapsed, boolean matched) {
        rules[index] = rule;
        evaluations[index]++;
        nanos[index] += Math.max(0, elapsed - clockNanos);
        if (matched) {
            fired[index]++;
        }
    }

    /** Adds another matcher's totals (profiles of one engine's matchers, one per thread). */
    public void add(RuleProfile other) {
        for (int i = 0; i < rules.length; i++) {
            if (other.rules[i] != null) {
                rules[i] = other.rules[i];
                evaluations[i] += other.evaluations[i];
                nanos[i] += other.nanos[i];
                fired[i] += other.fired[i];
            }
        }
    }

    /** The {@code n} rules that took the most evaluation time, dearest first. */
    public List<Entry> top(int n) {
        List<Entry> all = new ArrayList<>();
        for (int i = 0; i < rules.length; i++) {
            if (rules[i] != null) {
                all.add(new Entry(rules[i], evaluations[i], nanos[i], fired[i]));
            }
        }
        all.sort(Comparator.comparingLong(Entry::nanos).reversed());
        return all.subList(0, Math.min(n, all.size()));
    }

    /** Evaluation time of all rules together. */
    public long totalNanos() {
        long t = 0;
        for (long x : nanos) {
            t += x;
        }
        return t;
    }
}

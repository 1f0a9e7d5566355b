package io.longwatch.sigma.compile;

import io.longwatch.sigma.ir.Anchor;
import io.longwatch.sigma.ir.Cond;
import io.longwatch.sigma.ir.FieldMatch;
import io.longwatch.sigma.ir.KeywordMatch;
import io.longwatch.sigma.ir.ValueMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives a rule's prefilter trigger set from its condition tree: AND takes the most selective
 * child, OR the union (untriggerable if any child is), a field test its values' longest literal
 * runs, keywords the same over any field; NOT, regex, numbers, null, exists and field
 * references are untriggerable.
 */
public final class Triggers {

    private Triggers() {
    }

    /** The trigger set, or null when the condition cannot be prefiltered. */
    public static List<Trigger> of(Cond c) {
        return switch (c) {
            case FieldMatch fm -> values(fm.field(), fm.matchers(), fm.all());
            case KeywordMatch km -> values(Trigger.ANY_FIELD, km.matchers(), km.all());
            case Cond.And a -> {
                List<Trigger> best = null;
                for (Cond child : a.operands()) {
                    List<Trigger> t = of(child);
                    if (t != null && (best == null || better(t, best))) {
                        best = t;
                    }
                }
                yield best;
            }
            case Cond.Or o -> {
                List<Trigger> all = new ArrayList<>();
                for (Cond child : o.operands()) {
                    List<Trigger> t = of(child);
                    if (t == null) {
                        yield null;
                    }
                    all.addAll(t);
                }
                yield all;
            }
            case Cond.Const k -> k.value() ? null : List.of();
            default -> null;
        };
    }

    private static List<Trigger> values(int field, ValueMatcher[] matchers, boolean all) {
        if (all) {
            List<Trigger> best = null;
            for (ValueMatcher m : matchers) {
                String[] lits = m.triggers();
                if (lits != null) {
                    List<Trigger> t = toTriggers(field, lits, m.triggerAnchor());
                    if (best == null || better(t, best)) {
                        best = t;
                    }
                }
            }
            return best;
        }
        List<Trigger> out = new ArrayList<>();
        for (ValueMatcher m : matchers) {
            String[] lits = m.triggers();
            if (lits == null) {
                return null;
            }
            out.addAll(toTriggers(field, lits, m.triggerAnchor()));
        }
        return out;
    }

    private static List<Trigger> toTriggers(int field, String[] lits, Anchor anchor) {
        // Keywords search every value: anchors are kept for fields only.
        Anchor where = field == Trigger.ANY_FIELD ? Anchor.ANYWHERE : anchor;
        List<Trigger> out = new ArrayList<>(lits.length);
        for (String l : lits) {
            out.add(new Trigger(field, l, where));
        }
        return out;
    }

    /** Longer shortest literal wins (fewer chance hits); then fewer literals. */
    private static boolean better(List<Trigger> a, List<Trigger> b) {
        int ma = minLength(a);
        int mb = minLength(b);
        if (ma != mb) {
            return ma > mb;
        }
        return a.size() < b.size();
    }

    private static int minLength(List<Trigger> t) {
        int m = Integer.MAX_VALUE;
        for (Trigger x : t) {
            m = Math.min(m, x.literal().length());
        }
        return m;
    }
}

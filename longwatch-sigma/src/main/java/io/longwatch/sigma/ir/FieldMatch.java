package io.longwatch.sigma.ir;

import io.longwatch.core.finding.MatchedField;
import java.util.List;

/**
 * {@code field: values}: some element of the field matches some value ({@code all}: every
 * value is matched by some element).
 */
public record FieldMatch(int field, String name, ValueMatcher[] matchers, boolean all) implements Cond {

    @Override
    public boolean eval(FieldAccess ctx) {
        int n = ctx.count(field);
        if (n == 0) {
            return false;
        }
        if (all) {
            for (ValueMatcher m : matchers) {
                if (!anyElement(ctx, m, n)) {
                    return false;
                }
            }
            return true;
        }
        for (ValueMatcher m : matchers) {
            if (anyElement(ctx, m, n)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyElement(FieldAccess ctx, ValueMatcher m, int n) {
        boolean lower = m.needsLower();
        for (int i = 0; i < n; i++) {
            if (m.test(ctx.value(field, i), lower ? ctx.lower(field, i) : null, ctx)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void collect(FieldAccess ctx, List<MatchedField> out) {
        int n = ctx.count(field);
        for (int i = 0; i < n; i++) {
            for (ValueMatcher m : matchers) {
                if (m.test(ctx.value(field, i), ctx.lower(field, i), ctx)) {
                    out.add(new MatchedField(name, ctx.value(field, i)));
                    break;
                }
            }
        }
    }
}

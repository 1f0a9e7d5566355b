package io.longwatch.sigma.ir;

import io.longwatch.core.finding.MatchedField;
import java.util.List;

/** Keywords: some string element of any field matches the value ({@code all}: every value). */
public record KeywordMatch(ValueMatcher[] matchers, boolean all) implements Cond {

    @Override
    public boolean eval(FieldAccess ctx) {
        int n = ctx.allCount();
        if (all) {
            for (ValueMatcher m : matchers) {
                if (find(ctx, m, n) < 0) {
                    return false;
                }
            }
            return true;
        }
        for (ValueMatcher m : matchers) {
            if (find(ctx, m, n) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int find(FieldAccess ctx, ValueMatcher m, int n) {
        boolean lower = m.needsLower();
        for (int i = 0; i < n; i++) {
            if (m.test(ctx.allValue(i), lower ? ctx.allLower(i) : null, ctx)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void collect(FieldAccess ctx, List<MatchedField> out) {
        int n = ctx.allCount();
        for (ValueMatcher m : matchers) {
            int i = find(ctx, m, n);
            if (i >= 0) {
                out.add(new MatchedField(ctx.allName(i), ctx.allValue(i)));
                if (!all) {
                    return;
                }
            }
        }
    }
}

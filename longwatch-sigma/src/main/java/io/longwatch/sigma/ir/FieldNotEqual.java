package io.longwatch.sigma.ir;

import io.longwatch.core.finding.MatchedField;
import java.util.List;

/**
 * {@code field|neq: value}: the field holds a value and no element matches the value (an absent
 * or null field is not "not equal": there is nothing to compare).
 */
public record FieldNotEqual(int field, String name, ValueMatcher matcher) implements Cond {

    @Override
    public boolean eval(FieldAccess ctx) {
        int n = ctx.count(field);
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (matcher.test(ctx.value(field, i), ctx.lower(field, i), ctx)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void collect(FieldAccess ctx, List<MatchedField> out) {
        out.add(new MatchedField(name, ctx.value(field, 0)));
    }
}

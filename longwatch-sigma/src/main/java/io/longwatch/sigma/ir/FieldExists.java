package io.longwatch.sigma.ir;

import io.longwatch.core.finding.MatchedField;
import java.util.List;

/** {@code field|exists: true/false}: whether the field is present (a null value counts as present). */
public record FieldExists(int field, String name, boolean expected) implements Cond {

    @Override
    public boolean eval(FieldAccess ctx) {
        return (ctx.state(field) != FieldAccess.ABSENT) == expected;
    }

    @Override
    public void collect(FieldAccess ctx, List<MatchedField> out) {
        if (expected) {
            out.add(new MatchedField(name, ctx.count(field) > 0 ? ctx.value(field, 0) : null));
        }
    }
}

package io.longwatch.sigma.ir;

import io.longwatch.core.finding.MatchedField;
import java.util.List;

/** {@code field: null}: the field is absent or holds null (an empty string is a value). */
public record FieldNull(int field, String name) implements Cond {

    @Override
    public boolean eval(FieldAccess ctx) {
        return ctx.state(field) != FieldAccess.PRESENT;
    }

    @Override
    public void collect(FieldAccess ctx, List<MatchedField> out) {
        out.add(new MatchedField(name, null));
    }
}

package io.longwatch.sigma.ir;

import io.longwatch.core.finding.MatchedField;
import java.util.List;

/**
 * {@code field|fieldref: other}: the field's value equals (or, with {@code contains},
 * {@code startswith}, {@code endswith}, contains / starts / ends with) the other field's value.
 * Case-insensitive unless {@code cased}.
 */
public record FieldRef(int field, String name, int other, String otherName, Mode mode, boolean cased) implements Cond {

    /** How the two values compare. */
    public enum Mode { EQUALS, CONTAINS, STARTSWITH, ENDSWITH }

    @Override
    public boolean eval(FieldAccess ctx) {
        int n = ctx.count(field);
        int m = ctx.count(other);
        for (int i = 0; i < n; i++) {
            String a = cased ? ctx.value(field, i) : ctx.lower(field, i);
            for (int j = 0; j < m; j++) {
                String b = cased ? ctx.value(other, j) : ctx.lower(other, j);
                boolean hit = switch (mode) {
                    case EQUALS -> a.equals(b);
                    case CONTAINS -> a.contains(b);
                    case STARTSWITH -> a.startsWith(b);
                    case ENDSWITH -> a.endsWith(b);
                };
                if (hit) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void collect(FieldAccess ctx, List<MatchedField> out) {
        out.add(new MatchedField(name, ctx.count(field) > 0 ? ctx.value(field, 0) : null));
        out.add(new MatchedField(otherName, ctx.count(other) > 0 ? ctx.value(other, 0) : null));
    }
}

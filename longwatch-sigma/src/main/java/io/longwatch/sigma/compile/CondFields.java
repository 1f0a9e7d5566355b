package io.longwatch.sigma.compile;

import io.longwatch.sigma.ir.Cond;
import io.longwatch.sigma.ir.FieldExists;
import io.longwatch.sigma.ir.FieldMatch;
import io.longwatch.sigma.ir.FieldNotEqual;
import io.longwatch.sigma.ir.FieldNull;
import io.longwatch.sigma.ir.FieldRef;
import io.longwatch.sigma.ir.KeywordMatch;
import io.longwatch.sigma.ir.TimePart;
import java.util.BitSet;
import java.util.List;

/** What a condition tree reads: the field ids of its field tests, and its keyword searches. */
final class CondFields {

    private CondFields() {
    }

    /** Adds the ids of the fields {@code c} reads to {@code fields} and its keyword nodes to {@code keywords}. */
    static void collect(Cond c, BitSet fields, List<KeywordMatch> keywords) {
        switch (c) {
            case FieldMatch m -> fields.set(m.field());
            case FieldNull m -> fields.set(m.field());
            case FieldExists m -> fields.set(m.field());
            case FieldNotEqual m -> fields.set(m.field());
            case TimePart m -> fields.set(m.field());
            case FieldRef m -> {
                fields.set(m.field());
                fields.set(m.other());
            }
            case KeywordMatch k -> keywords.add(k);
            case Cond.And a -> {
                for (Cond x : a.operands()) {
                    collect(x, fields, keywords);
                }
            }
            case Cond.Or o -> {
                for (Cond x : o.operands()) {
                    collect(x, fields, keywords);
                }
            }
            case Cond.Not n -> collect(n.operand(), fields, keywords);
            case Cond.Const k -> {
            }
        }
    }
}

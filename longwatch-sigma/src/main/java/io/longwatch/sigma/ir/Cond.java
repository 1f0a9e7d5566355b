package io.longwatch.sigma.ir;

import io.longwatch.core.finding.MatchedField;
import java.util.List;

/**
 * A compiled condition node. Evaluation short-circuits and allocates nothing; {@link #collect}
 * re-walks a matching tree to list the evidence, only after a rule fired.
 */
public sealed interface Cond permits Cond.And, Cond.Or, Cond.Not, Cond.Const, FieldMatch, FieldNull, FieldExists,
        FieldRef, FieldNotEqual, KeywordMatch, TimePart {

    boolean eval(FieldAccess ctx);

    /** Adds the fields and values that make this (matching) node true. */
    void collect(FieldAccess ctx, List<MatchedField> out);

    /**
     * All operands hold.
     *
     * @param operands in the rule's order (evidence is collected in this order)
     * @param evalOrder the same operands, cheapest first (see {@link CondCost})
     */
    record And(Cond[] operands, Cond[] evalOrder) implements Cond {
        public And(Cond[] operands) {
            this(operands, CondCost.cheapestFirst(operands));
        }

        @Override
        public boolean eval(FieldAccess ctx) {
            for (Cond c : evalOrder) {
                if (!c.eval(ctx)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void collect(FieldAccess ctx, List<MatchedField> out) {
            for (Cond c : operands) {
                c.collect(ctx, out);
            }
        }
    }

    /**
     * Some operand holds.
     *
     * @param operands in the rule's order (the first that holds gives the evidence)
     * @param evalOrder the same operands, cheapest first (see {@link CondCost})
     */
    record Or(Cond[] operands, Cond[] evalOrder) implements Cond {
        public Or(Cond[] operands) {
            this(operands, CondCost.cheapestFirst(operands));
        }

        @Override
        public boolean eval(FieldAccess ctx) {
            for (Cond c : evalOrder) {
                if (c.eval(ctx)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void collect(FieldAccess ctx, List<MatchedField> out) {
            for (Cond c : operands) {
                if (c.eval(ctx)) {
                    c.collect(ctx, out);
                    return;
                }
            }
        }
    }

    /** Negation; contributes no evidence. */
    record Not(Cond operand) implements Cond {
        @Override
        public boolean eval(FieldAccess ctx) {
            return !operand.eval(ctx);
        }

        @Override
        public void collect(FieldAccess ctx, List<MatchedField> out) {
        }
    }

    /** A constant (e.g. a search that can never match). */
    record Const(boolean value) implements Cond {
        @Override
        public boolean eval(FieldAccess ctx) {
            return value;
        }

        @Override
        public void collect(FieldAccess ctx, List<MatchedField> out) {
        }
    }
}

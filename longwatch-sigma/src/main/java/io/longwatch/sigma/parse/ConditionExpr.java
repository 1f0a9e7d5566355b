package io.longwatch.sigma.parse;

import java.util.List;

/** A parsed Sigma condition expression. */
public sealed interface ConditionExpr {

    /** All operands must hold. */
    record And(List<ConditionExpr> operands) implements ConditionExpr {
        public And {
            operands = List.copyOf(operands);
        }
    }

    /** At least one operand must hold. */
    record Or(List<ConditionExpr> operands) implements ConditionExpr {
        public Or {
            operands = List.copyOf(operands);
        }
    }

    /** Negation. */
    record Not(ConditionExpr operand) implements ConditionExpr {
    }

    /** A reference to one search identifier. */
    record Ref(String name) implements ConditionExpr {
    }

    /**
     * {@code 1 of pattern}, {@code all of pattern}, {@code 1 of them}, {@code all of them}.
     *
     * @param all true for {@code all of}, false for {@code 1 of} / {@code any of}
     * @param pattern identifier pattern with {@code *} wildcards, or null for {@code them}
     */
    record Of(boolean all, String pattern) implements ConditionExpr {
    }
}

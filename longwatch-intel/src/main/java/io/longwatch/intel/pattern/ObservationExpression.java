package io.longwatch.intel.pattern;

import java.util.List;
import java.util.Objects;

/**
 * An observation expression: one bracketed comparison over a single observed object, a combination
 * of observation expressions, or one with a qualifier (WITHIN, REPEATS, START/STOP).
 */
public sealed interface ObservationExpression {

    /** How observation expressions combine; FOLLOWEDBY binds loosest, then OR, then AND. */
    enum Operator { AND, OR, FOLLOWEDBY }

    /**
     * {@code [ comparison ]}: every comparison in it is evaluated against one and the same object.
     *
     * @param comparison the comparison expression inside the brackets
     */
    record Observation(ComparisonExpression comparison) implements ObservationExpression {
        public Observation {
            Objects.requireNonNull(comparison, "comparison");
        }

        @Override
        public String toString() {
            return "[" + comparison + "]";
        }
    }

    /**
     * Two or more observation expressions joined by one operator, in order.
     *
     * @param operator the operator
     * @param operands at least two operands; for FOLLOWEDBY, in time order
     */
    record Combination(Operator operator, List<ObservationExpression> operands) implements ObservationExpression {
        public Combination {
            Objects.requireNonNull(operator, "operator");
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("a combination needs two operands");
            }
        }

        @Override
        public String toString() {
            return PatternText.join(operands, operator);
        }
    }

    /**
     * An observation expression with a qualifier applied to it.
     *
     * @param expression what is qualified
     * @param qualifier the qualifier
     */
    record Qualified(ObservationExpression expression, Qualifier qualifier) implements ObservationExpression {
        public Qualified {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(qualifier, "qualifier");
        }

        @Override
        public String toString() {
            return expression + " " + qualifier;
        }
    }
}

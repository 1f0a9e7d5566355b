package io.longwatch.intel.pattern;

import java.util.List;
import java.util.Objects;

/** A comparison expression inside one observation's brackets. */
public sealed interface ComparisonExpression {

    /** How comparisons combine; AND binds tighter than OR. */
    enum Logic { AND, OR }

    /** Comparison operators, with their canonical spelling. */
    enum Operator {
        EQ("="), NEQ("!="), LT("<"), LE("<="), GT(">"), GE(">="), IN("IN"), LIKE("LIKE"), MATCHES("MATCHES"),
        ISSUBSET("ISSUBSET"), ISSUPERSET("ISSUPERSET");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /** The operator as written in a pattern. */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * {@code path [NOT] op value}.
     *
     * @param path the object path compared
     * @param operator the operator
     * @param negated whether {@code NOT} precedes the operator
     * @param value the constant (a {@link Constant.SetValue} for IN, a string for LIKE, MATCHES,
     *     ISSUBSET and ISSUPERSET)
     */
    record Comparison(ObjectPath path, Operator operator, boolean negated, Constant value)
            implements ComparisonExpression {
        public Comparison {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return path + (negated ? " NOT " : " ") + operator.symbol() + " " + value;
        }
    }

    /**
     * {@code EXISTS path}: the property is present.
     *
     * @param path the object path
     */
    record Exists(ObjectPath path) implements ComparisonExpression {
        public Exists {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String toString() {
            return "EXISTS " + path;
        }
    }

    /**
     * Two or more comparisons joined by one operator.
     *
     * @param logic AND or OR
     * @param operands at least two operands, in order
     */
    record Combination(Logic logic, List<ComparisonExpression> operands) implements ComparisonExpression {
        public Combination {
            Objects.requireNonNull(logic, "logic");
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("a combination needs two operands");
            }
        }

        @Override
        public String toString() {
            return PatternText.join(operands, logic);
        }
    }
}

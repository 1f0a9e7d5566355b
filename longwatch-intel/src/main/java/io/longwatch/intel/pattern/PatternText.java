package io.longwatch.intel.pattern;

import java.util.List;

/** Renders n-ary combinations the same way for observation and comparison expressions. */
final class PatternText {

    private PatternText() {
    }

    /** {@code (a OP b OP c)}: parenthesised, so the text parses back to the same grouping. */
    static String join(List<?> operands, Object operator) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                sb.append(' ').append(operator).append(' ');
            }
            sb.append(operands.get(i));
        }
        return sb.append(')').toString();
    }
}

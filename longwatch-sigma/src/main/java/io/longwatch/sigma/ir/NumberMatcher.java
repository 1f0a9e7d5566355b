package io.longwatch.sigma.ir;

/** {@code gt}, {@code gte}, {@code lt}, {@code lte}: numeric comparison of the element. */
public record NumberMatcher(Op op, double bound) implements ValueMatcher {

    /** Comparison operator. */
    public enum Op { GT, GTE, LT, LTE, EQ }

    @Override
    public boolean test(String value, String lower, FieldAccess ctx) {
        double v = parse(value);
        return !Double.isNaN(v) && compare(op, v, bound);
    }

    /** Compares with the operator. */
    public static boolean compare(Op op, double v, double bound) {
        return switch (op) {
            case GT -> v > bound;
            case GTE -> v >= bound;
            case LT -> v < bound;
            case LTE -> v <= bound;
            case EQ -> v == bound;
        };
    }

    /** Parses decimal, hex ({@code 0x..}) or floating text; NaN when not a number. */
    public static double parse(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 40) {
            return Double.NaN;
        }
        try {
            if (t.length() > 2 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')) {
                return Long.parseUnsignedLong(t.substring(2), 16);
            }
            char c = t.charAt(0);
            if (!(Character.isDigit(c) || c == '-' || c == '+' || c == '.')) {
                return Double.NaN;
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    @Override
    public String[] triggers() {
        return null;
    }

    @Override
    public boolean needsLower() {
        return false;
    }
}

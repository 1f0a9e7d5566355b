package io.longwatch.intel.stix;

import io.longwatch.intel.ObservableType;
import io.longwatch.intel.pattern.ComparisonExpression;
import io.longwatch.intel.pattern.Constant;
import io.longwatch.intel.pattern.ObjectPath;
import io.longwatch.intel.pattern.ObservationExpression;
import io.longwatch.intel.pattern.PathStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a pattern that only says "this value" into typed values for the value index: a single
 * {@code [type:prop = 'v']}, {@code [type:prop IN ('a', 'b')]}, or any OR of those (inside one
 * observation or between observations). Anything else stays a pattern for the evaluator.
 */
final class PatternValues {

    /**
     * One value a simple pattern names.
     *
     * @param type its type
     * @param value the value as written in the pattern
     */
    record TypedValue(ObservableType type, String value) {
    }

    private PatternValues() {
    }

    /** The values, or null when the pattern is not a plain OR of simple equalities. */
    static List<TypedValue> of(ObservationExpression root) {
        List<TypedValue> out = new ArrayList<>();
        return collect(root, out) ? out : null;
    }

    private static boolean collect(ObservationExpression e, List<TypedValue> out) {
        return switch (e) {
            case ObservationExpression.Observation o -> collect(o.comparison(), out);
            case ObservationExpression.Combination c -> {
                if (c.operator() != ObservationExpression.Operator.OR) {
                    yield false;
                }
                for (ObservationExpression op : c.operands()) {
                    if (!collect(op, out)) {
                        yield false;
                    }
                }
                yield true;
            }
            case ObservationExpression.Qualified q -> false;
        };
    }

    private static boolean collect(ComparisonExpression e, List<TypedValue> out) {
        return switch (e) {
            case ComparisonExpression.Comparison c -> comparison(c, out);
            case ComparisonExpression.Exists x -> false;
            case ComparisonExpression.Combination c -> {
                if (c.logic() != ComparisonExpression.Logic.OR) {
                    yield false;
                }
                for (ComparisonExpression op : c.operands()) {
                    if (!collect(op, out)) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    private static boolean comparison(ComparisonExpression.Comparison c, List<TypedValue> out) {
        ObservableType type = typeOf(c.path());
        if (type == null || c.negated()) {
            return false;
        }
        if (c.operator() == ComparisonExpression.Operator.EQ && c.value() instanceof Constant.StringValue s) {
            out.add(new TypedValue(type, s.value()));
            return true;
        }
        if (c.operator() == ComparisonExpression.Operator.IN && c.value() instanceof Constant.SetValue set) {
            for (Constant v : set.values()) {
                if (!(v instanceof Constant.StringValue s)) {
                    return false;
                }
                out.add(new TypedValue(type, s.value()));
            }
            return !set.values().isEmpty();
        }
        return false;
    }

    /** The indicator type an object path compares, or null when the value index cannot hold it. */
    static ObservableType typeOf(ObjectPath path) {
        String t = path.objectType();
        if (path.isSingleProperty("value")) {
            return switch (t) {
                case "ipv4-addr" -> ObservableType.IPV4;
                case "ipv6-addr" -> ObservableType.IPV6;
                case "domain-name" -> ObservableType.DOMAIN;
                case "url" -> ObservableType.URL;
                case "email-addr" -> ObservableType.EMAIL;
                default -> null;
            };
        }
        if (!t.equals("file")) {
            return null;
        }
        if (path.isSingleProperty("name")) {
            return ObservableType.FILE_NAME;
        }
        List<PathStep> steps = path.steps();
        if (steps.size() == 2 && steps.get(0) instanceof PathStep.Property p && p.name().equals("hashes")
                && steps.get(1) instanceof PathStep.Property key) {
            return hashType(key.name());
        }
        if (steps.size() == 3 && steps.get(0) instanceof PathStep.Property p && p.name().equals("extensions")
                && steps.get(1) instanceof PathStep.Property ext && ext.name().equals("windows-pebinary-ext")
                && steps.get(2) instanceof PathStep.Property imp && imp.name().equals("imphash")) {
            return ObservableType.IMPHASH;
        }
        return null;
    }

    /** The hash type of a STIX hash key ({@code MD5}, {@code SHA-256}, also {@code sha256}); null for others. */
    static ObservableType hashType(String key) {
        return switch (key.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "")) {
            case "MD5" -> ObservableType.MD5;
            case "SHA1" -> ObservableType.SHA1;
            case "SHA256" -> ObservableType.SHA256;
            case "SHA512" -> ObservableType.SHA512;
            default -> null;
        };
    }
}

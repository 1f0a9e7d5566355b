package io.longwatch.intel.match;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.pattern.ComparisonExpression;
import io.longwatch.intel.pattern.Constant;
import io.longwatch.intel.pattern.ObjectPath;
import io.longwatch.intel.pattern.ObservationExpression;
import io.longwatch.intel.pattern.StixPattern;
import io.longwatch.intel.pattern.StixPatternException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compiles pattern indicators into {@link CompiledPattern}s. A pattern that cannot be evaluated (an
 * object path no field carries, a binary constant, a regex re2j rejects) is refused with the reason,
 * which the detector reports; it is never dropped silently.
 */
final class PatternCompiler {

    /** Why a pattern cannot be evaluated. */
    static final class Unsupported extends Exception {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    private final PatternPaths paths;

    PatternCompiler(PatternPaths paths) {
        this.paths = paths;
    }

    CompiledPattern compile(Indicator ind) throws Unsupported {
        String text = ind.pattern() != null ? ind.pattern() : ind.value();
        StixPattern p;
        try {
            p = StixPattern.parse(text);
        } catch (StixPatternException e) {
            throw new Unsupported("pattern does not parse: " + e.getMessage());
        }
        List<PatternCond> leaves = new ArrayList<>();
        IdentityHashMap<ObservationExpression.Observation, Integer> leafOf = new IdentityHashMap<>();
        walk(p.root(), leaves, leafOf);
        return new CompiledPattern(ind, p.root(), List.copyOf(leaves), leafOf);
    }

    private void walk(ObservationExpression e, List<PatternCond> leaves,
            IdentityHashMap<ObservationExpression.Observation, Integer> leafOf) throws Unsupported {
        switch (e) {
            case ObservationExpression.Observation o -> {
                leafOf.put(o, leaves.size());
                leaves.add(cond(o.comparison()));
            }
            case ObservationExpression.Combination c -> {
                for (ObservationExpression x : c.operands()) {
                    walk(x, leaves, leafOf);
                }
            }
            case ObservationExpression.Qualified q -> walk(q.expression(), leaves, leafOf);
        }
    }

    private PatternCond cond(ComparisonExpression c) throws Unsupported {
        return switch (c) {
            case ComparisonExpression.Combination k -> {
                List<PatternCond> ops = new ArrayList<>();
                for (ComparisonExpression x : k.operands()) {
                    ops.add(cond(x));
                }
                yield k.logic() == ComparisonExpression.Logic.AND ? new PatternCond.All(ops) : new PatternCond.Any(ops);
            }
            case ComparisonExpression.Exists x -> {
                PatternPaths.Source src = source(x.path());
                yield new PatternCond.Exists(src.fields().toArray(new String[0]), src.extract());
            }
            case ComparisonExpression.Comparison k -> compare(k);
        };
    }

    private PatternPaths.Source source(ObjectPath path) throws Unsupported {
        PatternPaths.Source src = paths.get(path.objectType(), path.propertyPath());
        if (src == null || src.fields().isEmpty()) {
            throw new Unsupported("object path " + path + " is not carried by any event field Longwatch reads");
        }
        return src;
    }

    private PatternCond compare(ComparisonExpression.Comparison k) throws Unsupported {
        PatternPaths.Source src = source(k.path());
        Extract ex = src.extract();
        String text = null;
        BigDecimal number = null;
        Set<String> set = null;
        Pattern regex = null;
        String cidr = null;
        switch (k.operator()) {
            case IN -> {
                if (!(k.value() instanceof Constant.SetValue sv)) {
                    throw new Unsupported("IN needs a set in " + k);
                }
                set = new HashSet<>();
                for (Constant m : sv.values()) {
                    set.add(normalise(scalar(m, k), ex));
                }
            }
            case LIKE -> regex = compileRegex(like(scalar(k.value(), k)), ex, k);
            case MATCHES -> regex = compileRegex(scalar(k.value(), k), ex, k);
            case ISSUBSET, ISSUPERSET -> cidr = scalar(k.value(), k);
            default -> {
                if (k.value() instanceof Constant.IntValue i) {
                    number = BigDecimal.valueOf(i.value());
                } else if (k.value() instanceof Constant.FloatValue f) {
                    number = BigDecimal.valueOf(f.value());
                } else {
                    text = normalise(scalar(k.value(), k), ex);
                }
            }
        }
        return new PatternCond.Compare(src.fields().toArray(new String[0]), ex, k.operator(), k.negated(), text, number,
                set, regex, cidr);
    }

    private static String scalar(Constant c, ComparisonExpression.Comparison k) throws Unsupported {
        return switch (c) {
            case Constant.StringValue s -> s.value();
            case Constant.IntValue i -> Long.toString(i.value());
            case Constant.FloatValue f -> Double.toString(f.value());
            case Constant.BoolValue b -> Boolean.toString(b.value());
            case Constant.TimestampValue t -> t.text();
            case Constant.HexValue h -> throw new Unsupported("binary constant " + h + " in " + k
                    + ": events carry text, not bytes");
            case Constant.BinaryValue b -> throw new Unsupported("binary constant in " + k + ": events carry text, not bytes");
            case Constant.SetValue s -> throw new Unsupported("a set is only allowed with IN: " + k);
        };
    }

    private static String normalise(String v, Extract ex) {
        if (ex == Extract.IP) {
            IpBits ip = new IpBits();
            return ip.parse(v, 0, v.length(), false) ? ip.format() : v;
        }
        if (ex == Extract.DOMAIN) {
            return Urls.asciiHost(v);
        }
        return ex.caseInsensitive() ? v.toLowerCase(Locale.ROOT) : v;
    }

    /** SQL LIKE as an anchored regex: {@code %} any run, {@code _} one character. */
    private static String like(String pattern) {
        StringBuilder sb = new StringBuilder("^");
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%') {
                sb.append(".*");
            } else if (c == '_') {
                sb.append('.');
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.append('$').toString();
    }

    private static Pattern compileRegex(String regex, Extract ex, ComparisonExpression.Comparison k) throws Unsupported {
        try {
            return Pattern.compile(regex, Pattern.DOTALL | (ex.caseInsensitive() ? Pattern.CASE_INSENSITIVE : 0));
        } catch (PatternSyntaxException e) {
            throw new Unsupported("regex in " + k + " is not supported by the linear-time engine (re2j): "
                    + e.getDescription());
        }
    }
}

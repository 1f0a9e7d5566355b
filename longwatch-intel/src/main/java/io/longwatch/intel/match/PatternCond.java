package io.longwatch.intel.match;

import com.google.re2j.Pattern;
import io.longwatch.core.event.Event;
import io.longwatch.core.finding.MatchedField;
import io.longwatch.intel.pattern.ComparisonExpression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A compiled comparison expression: what one observation's brackets say about a single event. All
 * comparisons of one observation are held against the same event (Longwatch's events are flat, so
 * "the same object" is the same record).
 */
sealed interface PatternCond {

    /** Whether the event satisfies the condition; the fields that made it so are added to {@code matched}. */
    boolean test(Event e, Scratch s, List<MatchedField> matched);

    /** Reused buffers of one run. */
    final class Scratch {
        final IpBits ip = new IpBits();
        final IpBits net = new IpBits();
        final List<String> values = new ArrayList<>(4);
    }

    /** Every operand holds. */
    record All(List<PatternCond> operands) implements PatternCond {
        @Override
        public boolean test(Event e, Scratch s, List<MatchedField> matched) {
            int mark = matched.size();
            for (PatternCond c : operands) {
                if (!c.test(e, s, matched)) {
                    matched.subList(mark, matched.size()).clear();
                    return false;
                }
            }
            return true;
        }
    }

    /** At least one operand holds. */
    record Any(List<PatternCond> operands) implements PatternCond {
        @Override
        public boolean test(Event e, Scratch s, List<MatchedField> matched) {
            boolean any = false;
            for (PatternCond c : operands) {
                any |= c.test(e, s, matched);
            }
            return any;
        }
    }

    /** {@code EXISTS path}: a field carrying the path has a value. */
    record Exists(String[] fields, Extract extract) implements PatternCond {
        @Override
        public boolean test(Event e, Scratch s, List<MatchedField> matched) {
            for (String f : fields) {
                Object v = e.get(f);
                if (v != null) {
                    matched.add(new MatchedField(f, Event.asText(v)));
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * {@code path [NOT] op constant}: true when some value of some field carrying the path satisfies it
     * (a missing property satisfies nothing, negated or not).
     *
     * @param fields the fields carrying the path
     * @param extract how their values become property values
     * @param operator the operator
     * @param negated NOT
     * @param text the constant as text, normalised like the property (lower case where case does not count)
     * @param number the constant as a number, or null
     * @param set for IN: the members as normalised text
     * @param regex for LIKE and MATCHES: the linear-time regex
     * @param cidr for ISSUBSET/ISSUPERSET: the constant address block text
     */
    record Compare(String[] fields, Extract extract, ComparisonExpression.Operator operator, boolean negated,
            String text, BigDecimal number, Set<String> set, Pattern regex, String cidr) implements PatternCond {

        @Override
        public boolean test(Event e, Scratch s, List<MatchedField> matched) {
            for (String f : fields) {
                Object v = e.get(f);
                if (v instanceof String str) {
                    if (one(str, s)) {
                        matched.add(new MatchedField(f, str));
                        return true;
                    }
                } else if (v instanceof List<?> list) {
                    for (Object o : list) {
                        if (o instanceof String str && one(str, s)) {
                            matched.add(new MatchedField(f, str));
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private boolean one(String raw, Scratch s) {
            s.values.clear();
            extract.values(raw, s.ip, s.values);
            for (int i = 0; i < s.values.size(); i++) {
                if (negated != holds(s.values.get(i), s)) {
                    return true;
                }
            }
            return false;
        }

        private boolean holds(String x, Scratch s) {
            String v = extract.caseInsensitive() ? x.toLowerCase(Locale.ROOT) : x;
            return switch (operator) {
                case EQ -> number != null ? compareNumber(v) == 0 : v.equals(text);
                case NEQ -> number != null ? compareNumber(v) != 0 : !v.equals(text);
                case LT, LE, GT, GE -> ordered(v);
                case IN -> set.contains(v);
                case LIKE, MATCHES -> regex.matcher(x).find();
                case ISSUBSET -> within(v, cidr, s);
                case ISSUPERSET -> within(cidr, v, s);
            };
        }

        /** LT/LE/GT/GE: numerically against a number constant (a non-number never satisfies), else by text. */
        private boolean ordered(String v) {
            int c;
            if (number != null) {
                c = compareNumber(v);
                if (c == Integer.MIN_VALUE) {
                    return false;
                }
            } else {
                c = Integer.signum(v.compareTo(text));
            }
            return switch (operator) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                default -> c >= 0;
            };
        }

        /** Sign of v - number, or MIN_VALUE when v is not a number. */
        private int compareNumber(String v) {
            if (!looksNumeric(v)) {
                return Integer.MIN_VALUE;
            }
            try {
                return Integer.signum(new BigDecimal(v.trim()).compareTo(number));
            } catch (NumberFormatException ex) {
                return Integer.MIN_VALUE;
            }
        }

        private static boolean looksNumeric(String v) {
            String t = v.trim();
            if (t.isEmpty() || t.length() > 40) {
                return false;
            }
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the address (or block) {@code inner} lies inside the block {@code outer}. */
        private static boolean within(String inner, String outer, Scratch s) {
            if (!s.ip.parse(inner, 0, inner.length(), true) || !s.net.parse(outer, 0, outer.length(), true)) {
                return false;
            }
            if (s.ip.family != s.net.family || s.ip.prefix < s.net.prefix) {
                return false;
            }
            int bits = s.net.prefix;
            if (s.net.family == IpBits.V4) {
                long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
                return (s.ip.lo & mask) == (s.net.lo & mask);
            }
            long hiMask = bits >= 64 ? -1L : bits == 0 ? 0 : -1L << (64 - bits);
            long loMask = bits <= 64 ? 0 : bits == 128 ? -1L : -1L << (128 - bits);
            return (s.ip.hi & hiMask) == (s.net.hi & hiMask) && (s.ip.lo & loMask) == (s.net.lo & loMask);
        }
    }
}

package io.longwatch.sigma.ir;

import io.longwatch.sigma.parse.ConditionExpr;
import io.longwatch.sigma.parse.FieldItem;
import io.longwatch.sigma.parse.Modifier;
import io.longwatch.sigma.parse.RuleParser;
import io.longwatch.sigma.parse.RuleSyntaxException;
import io.longwatch.sigma.parse.SearchIdentifier;
import io.longwatch.sigma.parse.SigmaDocument;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles one rule's detection, for one log-source variant, into a {@link Cond} tree:
 * expands modifiers into value matchers, renames fields for the variant, resolves
 * {@code expand} placeholders, and folds the condition list into one OR.
 */
public final class IrBuilder {

    private static final Pattern PLACEHOLDER = Pattern.compile("%([A-Za-z0-9_.\\-]+)%");

    private final FieldTable fields;
    private final java.util.function.Function<List<String>, TextSearch> searches;
    private final Map<String, String> renames;
    private final Map<String, List<String>> placeholders;
    private final Set<String> unresolved = new LinkedHashSet<>();
    private final Map<String, Cond> searchCache = new HashMap<>();
    private SigmaDocument.DetectionRule rule;

    /**
     * @param fields field id table shared by the whole engine
     * @param renames rule field name -> event field name for this variant
     * @param placeholders {@code expand} values by placeholder name (with or without % signs)
     */
    public IrBuilder(FieldTable fields, Map<String, String> renames, Map<String, List<String>> placeholders) {
        this(fields, renames, placeholders, null);
    }

    /**
     * @param searches builds one search for several {@code contains} literals of a field item
     *     ({@link AnyContains}); null keeps one matcher per value
     */
    public IrBuilder(FieldTable fields, Map<String, String> renames, Map<String, List<String>> placeholders,
            java.util.function.Function<List<String>, TextSearch> searches) {
        this.searches = searches;
        this.fields = fields;
        this.renames = renames;
        this.placeholders = new HashMap<>();
        placeholders.forEach((k, v) -> this.placeholders.put(stripPercent(k).toLowerCase(Locale.ROOT), v));
    }

    private static String stripPercent(String k) {
        return k.length() > 2 && k.startsWith("%") && k.endsWith("%") ? k.substring(1, k.length() - 1) : k;
    }

    /** Placeholders the last build could not resolve. */
    public Set<String> unresolvedPlaceholders() {
        return unresolved;
    }

    /**
     * Compiles the rule's conditions (OR of the condition list), ANDed with the variant's
     * extra field conditions.
     *
     * @throws RuleSyntaxException naming the rule part that cannot be compiled
     */
    public Cond build(SigmaDocument.DetectionRule rule, Map<String, List<String>> routeConditions) {
        this.rule = rule;
        searchCache.clear();
        unresolved.clear();
        List<Cond> ors = new ArrayList<>();
        for (ConditionExpr c : rule.conditions()) {
            ors.add(condition(c));
        }
        Cond body = or(ors);
        if (routeConditions.isEmpty()) {
            return body;
        }
        List<Cond> ands = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : routeConditions.entrySet()) {
            List<ValueMatcher> ms = new ArrayList<>();
            for (String v : e.getValue()) {
                ms.add(StringPattern.compile(SigmaValues.literalAtoms(v), false));
            }
            ands.add(new FieldMatch(fields.id(e.getKey()), e.getKey(), ms.toArray(ValueMatcher[]::new), false));
        }
        ands.add(body);
        return and(ands);
    }

    private Cond condition(ConditionExpr c) {
        return switch (c) {
            case ConditionExpr.And a -> and(a.operands().stream().map(this::condition).toList());
            case ConditionExpr.Or o -> or(o.operands().stream().map(this::condition).toList());
            case ConditionExpr.Not n -> new Cond.Not(condition(n.operand()));
            case ConditionExpr.Ref r -> search(r.name());
            case ConditionExpr.Of of -> {
                List<String> names;
                if (of.pattern() == null) {
                    names = new ArrayList<>();
                    for (String n : rule.searches().keySet()) {
                        if (!n.startsWith("_")) {
                            names.add(n);
                        }
                    }
                } else {
                    names = RuleParser.matching(of.pattern(), rule.searches().keySet());
                }
                List<Cond> parts = new ArrayList<>();
                for (String n : names) {
                    parts.add(search(n));
                }
                yield of.all() ? and(parts) : or(parts);
            }
        };
    }

    private Cond search(String name) {
        Cond cached = searchCache.get(name);
        if (cached != null) {
            return cached;
        }
        SearchIdentifier s = rule.searches().get(name);
        List<Cond> groups = new ArrayList<>();
        for (List<FieldItem> group : s.anyOf()) {
            List<Cond> items = new ArrayList<>();
            for (FieldItem it : group) {
                items.add(item(it, "detection." + name));
            }
            groups.add(and(items));
        }
        Cond c = or(groups);
        searchCache.put(name, c);
        return c;
    }

    private static Cond and(List<Cond> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.isEmpty()) {
            return new Cond.Const(true);
        }
        return new Cond.And(parts.toArray(Cond[]::new));
    }

    private static Cond or(List<Cond> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.isEmpty()) {
            return new Cond.Const(false);
        }
        return new Cond.Or(parts.toArray(Cond[]::new));
    }

    /** Modifier flags of one field item. */
    private static final class Flags {
        final EnumSet<Modifier> set = EnumSet.noneOf(Modifier.class);
        Modifier timePart;
        NumberMatcher.Op op;
        SigmaValues.Encoding encoding = SigmaValues.Encoding.UTF8;

        boolean has(Modifier m) {
            return set.contains(m);
        }
    }

    private Flags flags(FieldItem it, String where) {
        Flags f = new Flags();
        for (String name : it.modifiers()) {
            Modifier m = Modifier.byName(name);
            f.set.add(m);
            switch (m) {
                case GT -> f.op = NumberMatcher.Op.GT;
                case GTE -> f.op = NumberMatcher.Op.GTE;
                case LT -> f.op = NumberMatcher.Op.LT;
                case LTE -> f.op = NumberMatcher.Op.LTE;
                case WIDE, UTF16LE -> f.encoding = SigmaValues.Encoding.UTF16LE;
                case UTF16BE -> f.encoding = SigmaValues.Encoding.UTF16BE;
                case UTF16 -> f.encoding = SigmaValues.Encoding.UTF16_BOM;
                default -> {
                    if (m.isTimePart()) {
                        f.timePart = m;
                    }
                }
            }
        }
        int positions = (f.has(Modifier.CONTAINS) ? 1 : 0) + (f.has(Modifier.STARTSWITH) ? 1 : 0)
                + (f.has(Modifier.ENDSWITH) ? 1 : 0);
        if (positions > 1) {
            throw fail("rule.modifier-conflict", where, it, "contains, startswith and endswith exclude each other");
        }
        if ((f.has(Modifier.I) || f.has(Modifier.M) || f.has(Modifier.S)) && !f.has(Modifier.RE)) {
            throw fail("rule.modifier-conflict", where, it, "regex flags i/m/s need the 're' modifier");
        }
        if (f.encoding != SigmaValues.Encoding.UTF8 && !f.has(Modifier.BASE64) && !f.has(Modifier.BASE64OFFSET)) {
            throw fail("rule.modifier-conflict", where, it, "wide/utf16 encodings must be followed by base64 or base64offset");
        }
        return f;
    }

    private RuleSyntaxException fail(String kind, String where, FieldItem it, String what) {
        return new RuleSyntaxException(kind, where + ": '" + it.key() + "' (line " + it.line() + "): " + what);
    }

    private String rename(String field) {
        return renames.getOrDefault(field, field);
    }

    private Cond item(FieldItem it, String where) {
        Flags f = flags(it, where);
        if (it.isKeyword()) {
            List<ValueMatcher> ms = new ArrayList<>();
            for (String v : it.values()) {
                if (v != null) {
                    ms.add(valueMatcher(v, f, it, where, true));
                }
            }
            return new KeywordMatch(ms.toArray(ValueMatcher[]::new), f.has(Modifier.ALL));
        }
        String name = rename(it.field());
        int id = fields.id(name);
        boolean all = f.has(Modifier.ALL);
        if (f.has(Modifier.EXISTS)) {
            if (it.values().size() != 1 || it.values().get(0) == null
                    || !Set.of("true", "false").contains(it.values().get(0).toLowerCase(Locale.ROOT))) {
                throw fail("rule.value-invalid", where, it, "'exists' needs the value true or false");
            }
            return new FieldExists(id, name, Boolean.parseBoolean(it.values().get(0).toLowerCase(Locale.ROOT)));
        }
        if (f.has(Modifier.FIELDREF)) {
            FieldRef.Mode mode = f.has(Modifier.CONTAINS) ? FieldRef.Mode.CONTAINS
                    : f.has(Modifier.STARTSWITH) ? FieldRef.Mode.STARTSWITH
                    : f.has(Modifier.ENDSWITH) ? FieldRef.Mode.ENDSWITH : FieldRef.Mode.EQUALS;
            List<Cond> parts = new ArrayList<>();
            for (String v : it.values()) {
                if (v == null || v.isEmpty()) {
                    throw fail("rule.value-invalid", where, it, "'fieldref' needs a field name");
                }
                String other = rename(v);
                parts.add(new FieldRef(id, name, fields.id(other), other, mode, f.has(Modifier.CASED)));
            }
            return all ? and(parts) : or(parts);
        }
        if (f.timePart != null) {
            double[] vals = new double[it.values().size()];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = number(it.values().get(i), where, it);
            }
            TimePart.Part part = TimePart.Part.valueOf(f.timePart.name());
            NumberMatcher.Op op = f.op == null ? NumberMatcher.Op.EQ : f.op;
            return new TimePart(id, name, part, op, vals, f.has(Modifier.NEQ));
        }
        List<Cond> nulls = new ArrayList<>();
        List<ValueMatcher> ms = new ArrayList<>();
        for (String v : it.values()) {
            if (v == null) {
                nulls.add(f.has(Modifier.NEQ) ? new FieldExists(id, name, true) : new FieldNull(id, name));
            } else {
                ms.add(valueMatcher(v, f, it, where, false));
            }
        }
        List<Cond> parts = new ArrayList<>(nulls);
        if (f.has(Modifier.NEQ)) {
            for (ValueMatcher m : ms) {
                parts.add(new FieldNotEqual(id, name, m));
            }
            return all ? and(parts) : or(parts);
        }
        if (!ms.isEmpty()) {
            parts.add(new FieldMatch(id, name, (all ? ms : foldContains(ms)).toArray(ValueMatcher[]::new), all));
        }
        return all ? and(parts) : or(parts);
    }

    /**
     * Folds the plain case-insensitive {@code contains} values of a field item (any of them may
     * match) into one {@link AnyContains}, when there are enough of them, or all are long enough
     * to be searched by skipping, and there is a searcher factory.
     */
    private List<ValueMatcher> foldContains(List<ValueMatcher> ms) {
        if (searches == null) {
            return ms;
        }
        List<String> literals = new ArrayList<>();
        List<ValueMatcher> rest = new ArrayList<>();
        for (ValueMatcher m : ms) {
            String lit = m instanceof StringPattern p ? p.plainContains() : null;
            if (lit != null) {
                literals.add(lit);
            } else {
                rest.add(m);
            }
        }
        if (literals.size() < AnyContains.MIN_VALUES && !AnyContains.allLong(literals)) {
            return ms;
        }
        List<ValueMatcher> out = new ArrayList<>();
        out.add(new AnyContains(literals.toArray(String[]::new), searches.apply(literals)));
        out.addAll(rest);
        return out;
    }

    private double number(String v, String where, FieldItem it) {
        double d = v == null ? Double.NaN : NumberMatcher.parse(v);
        if (Double.isNaN(d)) {
            throw fail("rule.value-invalid", where, it, "'" + v + "' is not a number");
        }
        return d;
    }

    private ValueMatcher valueMatcher(String v, Flags f, FieldItem it, String where, boolean keyword) {
        if (f.op != null) {
            return new NumberMatcher(f.op, number(v, where, it));
        }
        if (f.has(Modifier.CIDR)) {
            try {
                return new CidrMatcher(v);
            } catch (IllegalArgumentException e) {
                throw fail("rule.cidr-invalid", where, it, e.getMessage());
            }
        }
        if (f.has(Modifier.RE)) {
            try {
                return new RegexMatcher(v, f.has(Modifier.I), f.has(Modifier.M), f.has(Modifier.S), where + ": " + it.key());
            } catch (IllegalArgumentException e) {
                throw fail("regex.invalid", where, it, e.getMessage());
            }
        }
        if (f.has(Modifier.EXPAND)) {
            List<String> expanded = expand(v);
            if (expanded.isEmpty()) {
                return new NeverMatcher("unresolved placeholder in '" + v + "'");
            }
            List<ValueMatcher> alts = new ArrayList<>();
            for (String e : expanded) {
                alts.add(stringMatcher(e, f, keyword));
            }
            return alts.size() == 1 ? alts.get(0) : new AnyOfMatcher(alts.toArray(ValueMatcher[]::new));
        }
        return stringMatcher(v, f, keyword);
    }

    private List<String> expand(String v) {
        List<String> results = new ArrayList<>();
        results.add(v);
        Matcher m = PLACEHOLDER.matcher(v);
        while (m.find()) {
            String key = m.group(1).toLowerCase(Locale.ROOT);
            List<String> repl = placeholders.get(key);
            if (repl == null || repl.isEmpty()) {
                unresolved.add(m.group(1));
                return List.of();
            }
            List<String> next = new ArrayList<>();
            for (String r : results) {
                for (String p : repl) {
                    next.add(r.replace(m.group(0), p));
                }
            }
            results = next;
        }
        return results;
    }

    private ValueMatcher stringMatcher(String v, Flags f, boolean keyword) {
        boolean cased = f.has(Modifier.CASED);
        boolean contains = f.has(Modifier.CONTAINS) || (keyword && !f.has(Modifier.STARTSWITH) && !f.has(Modifier.ENDSWITH));
        boolean lead = contains || f.has(Modifier.ENDSWITH);
        boolean trail = contains || f.has(Modifier.STARTSWITH);
        if (f.has(Modifier.BASE64) || f.has(Modifier.BASE64OFFSET)) {
            byte[] bytes = SigmaValues.encode(SigmaValues.unescape(v), f.encoding);
            List<String> forms = f.has(Modifier.BASE64OFFSET) ? SigmaValues.base64Offsets(bytes)
                    : List.of(SigmaValues.base64(bytes));
            List<ValueMatcher> alts = new ArrayList<>();
            for (String form : forms) {
                alts.add(StringPattern.compile(SigmaValues.position(SigmaValues.literalAtoms(form), lead, trail), cased));
            }
            return alts.size() == 1 ? alts.get(0) : new AnyOfMatcher(alts.toArray(ValueMatcher[]::new));
        }
        int[] atoms = SigmaValues.atoms(v, f.has(Modifier.WINDASH));
        return StringPattern.compile(SigmaValues.position(atoms, lead, trail), cased);
    }
}

package io.longwatch.sigma.parse;

import io.longwatch.sigma.parse.YamlTree.YMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * YAML text to {@link SigmaDocument}s. Handles multi-document files and the {@code action:
 * global / reset / repeat} collections; validates modifiers and conditions so that every
 * problem is reported with the rule part it is in.
 */
public final class RuleParser {

    private RuleParser() {
    }

    /** Parses all documents of one rule file. Never throws for bad input. */
    public static List<ParsedDocument> parse(String place, String text) {
        List<Object> raw;
        try {
            raw = YamlTree.loadAll(text);
        } catch (YamlEngineException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().replace('\n', ' ');
            return List.of(ParsedDocument.failed(null, "yaml.malformed", "malformed YAML: " + msg));
        } catch (RuleSyntaxException e) {
            return List.of(ParsedDocument.failed(null, e.kind(), e.getMessage()));
        }
        List<ParsedDocument> out = new ArrayList<>();
        YMap global = null;
        YMap previous = null;
        for (Object doc : raw) {
            if (doc == null) {
                continue;
            }
            if (!(doc instanceof YMap map)) {
                out.add(ParsedDocument.failed(null, "rule.not-a-mapping", "document is not a YAML mapping"));
                continue;
            }
            String action = text(map.get("action"));
            YMap merged;
            if (action != null) {
                YMap rest = map.copy();
                rest.remove("action");
                switch (action.toLowerCase(Locale.ROOT)) {
                    case "global" -> {
                        global = rest;
                        continue;
                    }
                    case "reset" -> {
                        global = null;
                        continue;
                    }
                    case "repeat" -> merged = previous == null ? rest : deepMerge(previous, rest);
                    default -> {
                        out.add(ParsedDocument.failed(text(map.get("id")), "rule.action-unknown",
                                "unknown collection action '" + action + "'"));
                        continue;
                    }
                }
            } else {
                merged = global == null ? map : deepMerge(global, map);
            }
            previous = merged;
            out.add(parseDocument(place, merged));
        }
        if (out.isEmpty()) {
            out.add(ParsedDocument.failed(null, "rule.empty", "file holds no rule document"));
        }
        return out;
    }

    private static YMap deepMerge(YMap base, YMap over) {
        YMap m = base.copy();
        for (Map.Entry<String, Object> e : over.entrySet()) {
            Object old = m.get(e.getKey());
            if (old instanceof YMap om && e.getValue() instanceof YMap nm) {
                m.putAt(e.getKey(), deepMerge(om, nm), over.lineOf(e.getKey()));
            } else {
                m.putAt(e.getKey(), e.getValue(), over.lineOf(e.getKey()));
            }
        }
        return m;
    }

    private static ParsedDocument parseDocument(String place, YMap doc) {
        String id = text(doc.get("id"));
        try {
            RuleMeta meta = meta(doc);
            if (doc.containsKey("correlation")) {
                return ParsedDocument.ok(new SigmaDocument.Deferred(place, meta, "correlation", asMap(doc.get("correlation"))));
            }
            if (doc.containsKey("filter") && !doc.containsKey("detection")) {
                return ParsedDocument.ok(new SigmaDocument.Deferred(place, meta, "filter", asMap(doc.get("filter"))));
            }
            Object det = doc.get("detection");
            if (!(det instanceof YMap detection)) {
                throw new RuleSyntaxException("rule.detection-missing",
                        det == null ? "no 'detection' section" : "'detection' is not a mapping");
            }
            if (meta.title() == null) {
                throw new RuleSyntaxException("rule.title-missing", "no 'title'");
            }
            return ParsedDocument.ok(detectionRule(place, meta, detection));
        } catch (RuleSyntaxException e) {
            return ParsedDocument.failed(id, e.kind(), e.getMessage());
        }
    }

    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> m ? new LinkedHashMap<>(castMap(m)) : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    private static RuleMeta meta(YMap doc) {
        Object ls = doc.get("logsource");
        String product = null;
        String category = null;
        String service = null;
        if (ls instanceof YMap l) {
            product = lower(text(l.get("product")));
            category = lower(text(l.get("category")));
            service = lower(text(l.get("service")));
        } else if (ls != null) {
            throw new RuleSyntaxException("rule.logsource-invalid", "'logsource' is not a mapping");
        }
        return new RuleMeta(text(doc.get("id")), text(doc.get("title")), lower(text(doc.get("status"))),
                lower(text(doc.get("level"))), text(doc.get("description")), authorText(doc.get("author")),
                text(doc.get("date")), text(doc.get("modified")), texts(doc.get("tags")),
                texts(doc.get("references")), texts(doc.get("falsepositives")), product, category, service);
    }

    private static String authorText(Object o) {
        if (o instanceof List<?> l) {
            return String.join(", ", texts(l));
        }
        return text(o);
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    private static String text(Object o) {
        return o instanceof String s ? s : null;
    }

    private static List<String> texts(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            for (Object e : l) {
                if (e instanceof String s) {
                    out.add(s);
                }
            }
        } else if (o instanceof String s) {
            out.add(s);
        }
        return out;
    }

    private static SigmaDocument.DetectionRule detectionRule(String place, RuleMeta meta, YMap detection) {
        Map<String, SearchIdentifier> searches = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : detection.entrySet()) {
            String name = e.getKey();
            if (name.equals("condition") || name.equals("timeframe")) {
                continue;
            }
            searches.put(name, searchIdentifier(name, e.getValue(), detection.lineOf(name)));
        }
        Object cond = detection.get("condition");
        List<String> texts = new ArrayList<>();
        if (cond instanceof String s) {
            texts.add(s);
        } else if (cond instanceof List<?> l) {
            for (Object c : l) {
                if (!(c instanceof String s)) {
                    throw new RuleSyntaxException("rule.condition-invalid", "detection.condition list holds a non-string entry");
                }
                texts.add(s);
            }
        }
        if (texts.isEmpty()) {
            throw new RuleSyntaxException("rule.condition-missing", "no detection.condition");
        }
        List<ConditionExpr> conditions = new ArrayList<>();
        for (String t : texts) {
            ConditionExpr c;
            try {
                c = ConditionParser.parse(t);
            } catch (ConditionSyntaxException ex) {
                throw new RuleSyntaxException("rule.condition-syntax", "detection.condition: " + ex.getMessage());
            }
            checkReferences(c, searches, t);
            conditions.add(c);
        }
        return new SigmaDocument.DetectionRule(place, meta, searches, conditions, texts);
    }

    private static void checkReferences(ConditionExpr c, Map<String, SearchIdentifier> searches, String text) {
        switch (c) {
            case ConditionExpr.And a -> a.operands().forEach(o -> checkReferences(o, searches, text));
            case ConditionExpr.Or o -> o.operands().forEach(x -> checkReferences(x, searches, text));
            case ConditionExpr.Not n -> checkReferences(n.operand(), searches, text);
            case ConditionExpr.Ref r -> {
                if (!searches.containsKey(r.name())) {
                    throw new RuleSyntaxException("rule.condition-unknown-identifier",
                            "detection.condition '" + text + "' references unknown identifier '" + r.name() + "'");
                }
            }
            case ConditionExpr.Of of -> {
                if (searches.isEmpty() || (of.pattern() != null && matching(of.pattern(), searches.keySet()).isEmpty())) {
                    throw new RuleSyntaxException("rule.condition-unknown-identifier",
                            "detection.condition '" + text + "': pattern '" + (of.pattern() == null ? "them" : of.pattern())
                                    + "' matches no search identifier");
                }
            }
        }
    }

    /** Identifier names matching a condition pattern ({@code *} wildcard), in order. */
    public static List<String> matching(String pattern, Iterable<String> names) {
        StringBuilder re = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            if (ch == '*') {
                re.append(".*");
            } else if (ch == '?') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        Pattern p = Pattern.compile(re.toString());
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (p.matcher(n).matches()) {
                out.add(n);
            }
        }
        return out;
    }

    private static SearchIdentifier searchIdentifier(String name, Object value, int line) {
        String where = "detection." + name;
        List<List<FieldItem>> groups = new ArrayList<>();
        if (value instanceof YMap m) {
            groups.add(group(where, m));
        } else if (value instanceof List<?> list) {
            List<String> keywords = new ArrayList<>();
            for (Object e : list) {
                if (e instanceof YMap m) {
                    groups.add(group(where, m));
                } else if (e instanceof List<?>) {
                    throw new RuleSyntaxException("rule.value-invalid", where + ": nested list is not allowed");
                } else {
                    keywords.add((String) e);
                }
            }
            if (!keywords.isEmpty()) {
                groups.add(List.of(new FieldItem(null, List.of(), keywords, line)));
            }
        } else if (value instanceof String s) {
            groups.add(List.of(new FieldItem(null, List.of(), List.of(s), line)));
        } else {
            throw new RuleSyntaxException("rule.search-invalid", where + " is empty");
        }
        if (groups.isEmpty()) {
            throw new RuleSyntaxException("rule.search-invalid", where + " is empty");
        }
        return new SearchIdentifier(name, groups, line);
    }

    private static List<FieldItem> group(String where, YMap m) {
        List<FieldItem> items = new ArrayList<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            items.add(fieldItem(where, e.getKey(), e.getValue(), m.lineOf(e.getKey())));
        }
        return items;
    }

    private static FieldItem fieldItem(String where, String key, Object value, int line) {
        String[] parts = key.split("\\|", -1);
        String field = parts[0].isEmpty() ? null : parts[0];
        List<String> mods = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String mod = parts[i].trim().toLowerCase(Locale.ROOT);
            if (Modifier.byName(mod) == null) {
                throw new RuleSyntaxException("rule.modifier-unknown",
                        where + ": unknown modifier '" + parts[i] + "' in '" + key + "' (line " + line + ")");
            }
            mods.add(mod);
        }
        List<String> values = new ArrayList<>();
        if (value instanceof List<?> l) {
            for (Object v : l) {
                if (v instanceof Map<?, ?> || v instanceof List<?>) {
                    throw new RuleSyntaxException("rule.value-invalid",
                            where + ": '" + key + "' holds a nested structure (line " + line + ")");
                }
                values.add((String) v);
            }
            if (values.isEmpty()) {
                throw new RuleSyntaxException("rule.value-invalid", where + ": '" + key + "' has an empty value list (line " + line + ")");
            }
        } else if (value instanceof Map<?, ?>) {
            throw new RuleSyntaxException("rule.value-invalid", where + ": '" + key + "' holds a mapping (line " + line + ")");
        } else {
            values.add((String) value);
        }
        return new FieldItem(field, mods, values, line);
    }
}

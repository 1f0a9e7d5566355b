package io.longwatch.intel.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which event fields carry which observables (addresses, domains, URLs, hashes, mail addresses, file
 * names) for each log layout, read from a data file ({@code field-types.json} beside this class) so
 * that a new layout is a data change, not code.
 *
 * <p>A section with {@code requires} (Zeek: {@code _path}) applies alone to events having that field;
 * every other event is read with the union of the sections without it (Windows and generic JSON).
 */
public final class FieldMapping {

    private static final String RESOURCE = "field-types.json";

    private final List<Conditional> conditionals;
    private final Map<String, FieldRule> common;
    private final Set<String> fieldsUsed;

    /** Fields read only when the event has {@code requires}. */
    record Conditional(String requires, Map<String, FieldRule> rules) {
    }

    private FieldMapping(List<Conditional> conditionals, Map<String, FieldRule> common) {
        this.conditionals = List.copyOf(conditionals);
        this.common = Collections.unmodifiableMap(common);
        Set<String> used = new LinkedHashSet<>(common.keySet());
        for (Conditional c : conditionals) {
            used.add(c.requires());
            for (FieldRule r : c.rules().values()) {
                used.add(r.field());
                if (r.hostField() != null) {
                    used.add(r.hostField());
                }
            }
        }
        for (FieldRule r : common.values()) {
            if (r.hostField() != null) {
                used.add(r.hostField());
            }
        }
        this.fieldsUsed = Collections.unmodifiableSet(used);
    }

    /** The built-in mapping for Windows (all layouts), Zeek and generic proxy/DNS/ECS JSON. */
    public static FieldMapping defaults() {
        try (InputStream in = FieldMapping.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new ObjectMapper().readTree(in), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a mapping in the {@code field-types.json} format; {@code place} names it in errors. */
    public static FieldMapping parse(JsonNode root, String place) {
        JsonNode sections = root.path("sections");
        if (!sections.isArray()) {
            throw new IllegalArgumentException(place + ": 'sections' must be an array");
        }
        List<Conditional> conditionals = new ArrayList<>();
        Map<String, FieldRule> common = new LinkedHashMap<>();
        for (JsonNode section : sections) {
            String name = section.path("name").asText("?");
            String requires = section.hasNonNull("requires") ? section.get("requires").asText().intern() : null;
            Map<String, FieldRule> target = requires == null ? common : new LinkedHashMap<>();
            JsonNode fields = section.path("fields");
            for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                ValueKind kind = ValueKind.parse(e.getKey());
                if (kind == null) {
                    throw new IllegalArgumentException(place + ": section " + name + ": unknown kind '" + e.getKey() + "'");
                }
                for (JsonNode f : e.getValue()) {
                    FieldRule rule = rule(f, kind, place, name);
                    FieldRule earlier = target.putIfAbsent(rule.field(), rule);
                    if (earlier != null && earlier.kind() != kind) {
                        throw new IllegalArgumentException(place + ": section " + name + ": field " + rule.field()
                                + " is both " + earlier.kind().id() + " and " + kind.id());
                    }
                }
            }
            if (requires != null) {
                conditionals.add(new Conditional(requires, target));
            }
        }
        return new FieldMapping(conditionals, common);
    }

    private static FieldRule rule(JsonNode f, ValueKind kind, String place, String section) {
        if (f.isTextual()) {
            if (kind == ValueKind.URL_PATH) {
                throw new IllegalArgumentException(place + ": section " + section + ": url-path field " + f.asText()
                        + " needs an object with host_field");
            }
            return new FieldRule(f.asText().intern(), kind, null, null);
        }
        String field = f.path("field").asText(null);
        if (field == null) {
            throw new IllegalArgumentException(place + ": section " + section + ": field entry without 'field': " + f);
        }
        String host = f.hasNonNull("host_field") ? f.get("host_field").asText().intern() : null;
        if (kind == ValueKind.URL_PATH && host == null) {
            throw new IllegalArgumentException(place + ": section " + section + ": url-path field " + field
                    + " needs host_field");
        }
        return new FieldRule(field.intern(), kind, host, f.path("scheme").asText("http"));
    }

    /** Every field the mapping reads (readers need decode no other for indicators). */
    public Set<String> fieldsUsed() {
        return fieldsUsed;
    }

    List<Conditional> conditionals() {
        return conditionals;
    }

    Map<String, FieldRule> common() {
        return common;
    }

    /** Every rule of every section. */
    List<FieldRule> allRules() {
        List<FieldRule> all = new ArrayList<>(common.values());
        for (Conditional c : conditionals) {
            all.addAll(c.rules().values());
        }
        return all;
    }
}

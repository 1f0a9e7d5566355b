package io.longwatch.intel.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which event fields carry each STIX object path ({@code pattern-paths.json} beside this class),
 * resolved against a {@link FieldMapping} so that "every address field" means the same fields for
 * patterns as for the value index.
 */
final class PatternPaths {

    /**
     * Where one object path's values come from.
     *
     * @param fields event fields holding it
     * @param extract how a field value becomes the property value
     */
    record Source(List<String> fields, Extract extract) {
    }

    private final Map<String, Source> paths;

    private PatternPaths(Map<String, Source> paths) {
        this.paths = Map.copyOf(paths);
    }

    static PatternPaths defaults(FieldMapping mapping) {
        try (InputStream in = PatternPaths.class.getResourceAsStream("pattern-paths.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource pattern-paths.json");
            }
            return parse(new ObjectMapper().readTree(in), mapping);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PatternPaths parse(JsonNode root, FieldMapping mapping) {
        Map<String, Source> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Set<String> fields = new LinkedHashSet<>();
            for (JsonNode k : e.getValue().path("kinds")) {
                ValueKind kind = ValueKind.parse(k.asText());
                if (kind == null) {
                    throw new IllegalArgumentException("pattern-paths.json: " + e.getKey() + ": unknown kind " + k);
                }
                for (FieldRule r : mapping.allRules()) {
                    if (r.kind() == kind) {
                        fields.add(r.field());
                    }
                }
            }
            for (JsonNode f : e.getValue().path("fields")) {
                fields.add(f.asText().intern());
            }
            out.put(e.getKey(), new Source(new ArrayList<>(fields), Extract.parse(e.getValue().path("extract").asText("text"))));
        }
        return new PatternPaths(out);
    }

    /** The source of {@code type:propertyPath}, or null when no field carries it. */
    Source get(String objectType, String propertyPath) {
        return paths.get(objectType + ":" + propertyPath);
    }

    /** Every field any path reads. */
    Set<String> fields() {
        Set<String> all = new LinkedHashSet<>();
        for (Source s : paths.values()) {
            all.addAll(s.fields());
        }
        return all;
    }
}

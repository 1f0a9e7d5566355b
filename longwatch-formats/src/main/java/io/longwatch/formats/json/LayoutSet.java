package io.longwatch.formats.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The layouts the JSON reader recognises, in priority order, loaded once from the mapping files
 * in {@code io/longwatch/formats/json/layouts/}. Immutable and shared by all readers.
 */
final class LayoutSet {

    private static final String DIR = "layouts/";

    private final List<Layout> layouts;
    private final Set<String> alwaysMaterialised;

    private LayoutSet(List<Layout> layouts, Set<String> alwaysMaterialised) {
        this.layouts = List.copyOf(layouts);
        this.alwaysMaterialised = Set.copyOf(alwaysMaterialised);
        if (this.layouts.size() > 64) {
            throw new IllegalStateException("at most 64 layouts are supported");
        }
    }

    /** The standard layouts shipped with Longwatch. */
    static LayoutSet standard() {
        return Holder.STANDARD;
    }

    List<Layout> layouts() {
        return layouts;
    }

    int size() {
        return layouts.size();
    }

    Layout get(int index) {
        return layouts.get(index);
    }

    /** Canonical System fields that Windows layouts materialise whatever the interest. */
    boolean alwaysMaterialised(String canonicalName) {
        return alwaysMaterialised.contains(canonicalName);
    }

    /** Lazy holder: the files are parsed on first use, once per JVM. */
    private static final class Holder {
        static final LayoutSet STANDARD = load();
    }

    private static LayoutSet load() {
        Map<String, Object> index = yaml(DIR + "layouts.yml");
        List<Layout> layouts = new ArrayList<>();
        for (Object file : list(index, "layouts", "layouts.yml")) {
            layouts.add(layout(String.valueOf(file)));
        }
        Set<String> always = new HashSet<>();
        for (Object name : list(index, "always", "layouts.yml")) {
            always.add(String.valueOf(name));
        }
        return new LayoutSet(layouts, always);
    }

    private static Layout layout(String file) {
        Map<String, Object> doc = yaml(DIR + file);
        Map<String, Object> detect = map(doc.get("detect"), file + " detect");
        List<PathPattern> rules = new ArrayList<>();
        for (Map.Entry<String, Object> e : map(doc.get("fields"), file + " fields").entrySet()) {
            try {
                rules.add(new PathPattern(e.getKey(), String.valueOf(e.getValue())));
            } catch (IllegalArgumentException ex) {
                throw new IllegalStateException(file + ": " + ex.getMessage(), ex);
            }
        }
        Object unmatched = doc.getOrDefault("unmatched", "keep");
        if (!"keep".equals(unmatched) && !"drop".equals(unmatched)) {
            throw new IllegalStateException(file + ": unmatched must be keep or drop, not " + unmatched);
        }
        return new Layout(
                String.valueOf(doc.get("name")),
                Boolean.TRUE.equals(doc.get("windows")),
                strings(list(detect, "all", file)),
                strings(list(detect, "any", file)),
                strings(list(doc, "time", file)),
                strings(list(doc, "host", file)),
                rules,
                "keep".equals(unmatched),
                doc.get("logPath") == null ? null : String.valueOf(doc.get("logPath")).intern());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String resource) {
        try (InputStream in = LayoutSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("layout resource missing: " + resource);
            }
            Object doc = new Load(LoadSettings.builder().setLabel(resource).build()).loadFromInputStream(in);
            if (!(doc instanceof Map)) {
                throw new IllegalStateException(resource + ": expected a mapping at the top");
            }
            return (Map<String, Object>) doc;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            throw new IllegalStateException(what + ": expected a mapping");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Map<String, Object> doc, String key, String file) {
        Object value = doc.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> l)) {
            throw new IllegalStateException(file + ": " + key + " must be a list");
        }
        return l;
    }

    private static List<String> strings(List<?> values) {
        List<String> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(String.valueOf(v).intern());
        }
        return out;
    }
}

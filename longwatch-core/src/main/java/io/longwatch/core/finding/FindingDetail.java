package io.longwatch.core.finding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks and freezes a finding's {@code detail} tree so a finding stays an immutable value. */
final class FindingDetail {

    private FindingDetail() {
    }

    /** A deep, ordered, unmodifiable copy; rejects values that have no JSON form. */
    static Map<String, Object> freeze(Map<String, ?> map) {
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (e.getKey() == null) {
                throw new IllegalArgumentException("detail key is null");
            }
            copy.put(e.getKey(), freezeValue(e.getKey(), e.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object freezeValue(String key, Object v) {
        if (v == null || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Number n) {
            if (n instanceof Double d && (d.isNaN() || d.isInfinite())
                    || n instanceof Float f && (f.isNaN() || f.isInfinite())) {
                throw new IllegalArgumentException("detail value of " + key + " is not a finite number: " + n);
            }
            return n;
        }
        if (v instanceof Map<?, ?> m) {
            LinkedHashMap<String, Object> inner = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String k)) {
                    throw new IllegalArgumentException("detail key under " + key + " is not a string: " + e.getKey());
                }
                inner.put(k, e.getValue());
            }
            return freeze(inner);
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(freezeValue(key, o));
            }
            return Collections.unmodifiableList(out);
        }
        throw new IllegalArgumentException("detail value of " + key + " has no JSON form: " + v.getClass().getName());
    }
}

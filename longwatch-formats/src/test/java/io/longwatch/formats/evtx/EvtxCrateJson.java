package io.longwatch.formats.evtx;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test oracle: reads evtx-crate JSON (concatenated pretty-printed documents, as beside every
 * regression .evtx) and flattens each document to the canonical Windows fields of the common brief,
 * independently of the EVTX reader. Numbers and booleans keep their JSON text; null stays null.
 */
final class EvtxCrateJson {

    private EvtxCrateJson() {
    }

    /** Canonical fields of each document, in file order. */
    static List<Map<String, Object>> canonical(byte[] json) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            while (p.nextToken() != null) {
                Object doc = value(p);
                out.add(flatten(doc));
            }
        }
        return out;
    }

    /** The JSON value at the parser's current token, as maps, lists, text (numbers as written) and null. */
    static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return p.getText();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> flatten(Object doc) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Object> event = (Map<String, Object>) ((Map<String, Object>) doc).get("Event");
        Map<String, Object> system = (Map<String, Object>) event.get("System");
        for (Map.Entry<String, Object> e : system.entrySet()) {
            String x = e.getKey();
            if (e.getValue() instanceof Map<?, ?> m) {
                Map<String, Object> attrs = (Map<String, Object>) m.get("#attributes");
                if (attrs != null) {
                    attrs.forEach((y, v) -> fields.put(x + "_" + y, scalar(v)));
                }
                if (m.containsKey("#text")) {
                    fields.put(x, scalar(m.get("#text")));
                }
            } else {
                fields.put(x, scalar(e.getValue()));
            }
        }
        Object eventData = event.get("EventData");
        if (eventData instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if ("#attributes".equals(k)) {
                    return;
                }
                if ("Data".equals(k) && v instanceof Map<?, ?> dm && dm.containsKey("#text")) {
                    fields.put("Data", scalar(dm.get("#text")));
                } else {
                    fields.put((String) k, scalar(v));
                }
            });
        }
        Object userData = event.get("UserData");
        if (userData instanceof Map<?, ?> m) {
            for (Object wrapper : m.values()) {
                if (wrapper instanceof Map<?, ?> w) {
                    w.forEach((k, v) -> {
                        if (!"#attributes".equals(k)) {
                            fields.put((String) k, scalar(v));
                        }
                    });
                }
            }
        }
        return fields;
    }

    private static Object scalar(Object v) {
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            for (Object o : l) {
                out.add(o == null ? null : o.toString());
            }
            return out;
        }
        return v;
    }
}

package io.longwatch.intel;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.longwatch.core.event.Event;
import io.longwatch.core.time.Timestamps;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The normalised JSON form of an indicator, one object per line in an indicator store
 * ({@code longwatch intel import --output store.jsonl}); a store is read back by {@link IntelLoader}
 * like any feed. Keys: {@code id, type, value, pattern?, source, labels?, confidence?, valid_from?,
 * valid_until?, revoked?, context?{actors, campaigns, malware, attack, report}, warning_lists?};
 * absent keys mean "none" (no pattern, no confidence, no time limit, not revoked).
 */
public final class IndicatorJson {

    private IndicatorJson() {
    }

    /** Writes one indicator as a JSON object. */
    public static void write(Indicator i, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", i.id());
        g.writeStringField("type", i.type().name());
        g.writeStringField("value", i.value());
        if (i.pattern() != null && i.type() != ObservableType.PATTERN) {
            g.writeStringField("pattern", i.pattern());
        }
        g.writeStringField("source", i.source());
        strings(g, "labels", i.labels());
        if (i.confidence() >= 0) {
            g.writeNumberField("confidence", i.confidence());
        }
        if (i.validFromMicros() != Event.NO_TIME) {
            g.writeStringField("valid_from", Timestamps.format(i.validFromMicros()));
        }
        if (i.validUntilMicros() != Event.NO_TIME) {
            g.writeStringField("valid_until", Timestamps.format(i.validUntilMicros()));
        }
        if (i.revoked()) {
            g.writeBooleanField("revoked", true);
        }
        IntelContext c = i.context();
        if (!c.equals(IntelContext.NONE)) {
            g.writeObjectFieldStart("context");
            strings(g, "actors", c.actors());
            strings(g, "campaigns", c.campaigns());
            strings(g, "malware", c.malware());
            strings(g, "attack", c.attack());
            if (c.report() != null) {
                g.writeStringField("report", c.report());
            }
            g.writeEndObject();
        }
        strings(g, "warning_lists", i.warningLists());
        g.writeEndObject();
    }

    /**
     * Reads one indicator written by {@link #write}.
     *
     * @throws IllegalArgumentException naming the key that is missing or wrong
     */
    public static Indicator read(JsonNode n) {
        ObservableType type;
        try {
            type = ObservableType.valueOf(text(n, "type"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown type '" + n.path("type").asText() + "'");
        }
        String value = text(n, "value");
        String pattern = n.path("pattern").asText(type == ObservableType.PATTERN ? value : null);
        JsonNode c = n.path("context");
        IntelContext ctx = c.isObject() ? new IntelContext(list(c, "actors"), list(c, "campaigns"),
                list(c, "malware"), list(c, "attack"), c.path("report").asText(null)) : IntelContext.NONE;
        int confidence = n.path("confidence").asInt(-1);
        return new Indicator(text(n, "id"), type, value, pattern, text(n, "source"), list(n, "labels"),
                confidence < 0 || confidence > 100 ? -1 : confidence,
                Timestamps.parseMicros(n.path("valid_from").asText(null)),
                Timestamps.parseMicros(n.path("valid_until").asText(null)), n.path("revoked").asBoolean(false), ctx,
                list(n, "warning_lists"));
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing or non-text '" + key + "'");
        }
        return v.asText();
    }

    private static List<String> list(JsonNode n, String key) {
        JsonNode a = n.path(key);
        if (!a.isArray() || a.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(a.size());
        a.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}

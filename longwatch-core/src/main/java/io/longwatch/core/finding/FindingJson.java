package io.longwatch.core.finding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.longwatch.core.time.Timestamps;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/** Writes {@link Finding}s as JSON objects of schema {@value Finding#SCHEMA}. */
public final class FindingJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private FindingJson() {
    }

    /** One finding as a single-line JSON object. */
    public static String toJson(Finding f) {
        StringWriter w = new StringWriter(512);
        write(f, w);
        return w.toString();
    }

    /** Writes one finding as a single-line JSON object (no trailing newline). */
    public static void write(Finding f, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(f, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one finding as a JSON object to a caller-owned generator. */
    public static void write(Finding f, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", Finding.SCHEMA);
        g.writeStringField("kind", f.kind());
        g.writeStringField("time", Timestamps.format(f.timeMicros()));
        g.writeStringField("host", f.host());
        g.writeStringField("user", f.user());

        RuleRef r = f.rule();
        g.writeObjectFieldStart("rule");
        g.writeStringField("id", r.id());
        g.writeStringField("title", r.title());
        g.writeStringField("level", r.level() == null ? null : r.level().id());
        g.writeStringField("status", r.status());
        g.writeStringField("path", r.path());
        g.writeEndObject();

        g.writeObjectFieldStart("attack");
        writeArray(g, "techniques", f.attack().techniques());
        writeArray(g, "tactics", f.attack().tactics());
        writeArray(g, "other", f.attack().other());
        g.writeEndObject();
        writeArray(g, "tags", f.tags());

        g.writeObjectFieldStart("source");
        g.writeStringField("path", f.source().path());
        g.writeNumberField("record", f.source().record());
        if (f.source().line() > 0) {
            g.writeNumberField("line", f.source().line());
        }
        if (f.source().recordId() >= 0) {
            g.writeNumberField("record_id", f.source().recordId());
        }
        g.writeEndObject();

        g.writeArrayFieldStart("matches");
        for (MatchedField m : f.matches()) {
            g.writeStartObject();
            g.writeStringField("field", m.field());
            g.writeStringField("value", m.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!f.detail().isEmpty()) {
            g.writeFieldName("detail");
            writeValue(g, f.detail());
        }
        g.writeEndObject();
    }

    /** Writes a detail value: the types {@link Finding#detail()} admits. */
    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        switch (v) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Double d -> g.writeNumber(d);
            case Float x -> g.writeNumber(x);
            case Number n -> g.writeNumber(n.toString());
            case Map<?, ?> m -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    g.writeFieldName((String) e.getKey());
                    writeValue(g, e.getValue());
                }
                g.writeEndObject();
            }
            case List<?> l -> {
                g.writeStartArray();
                for (Object o : l) {
                    writeValue(g, o);
                }
                g.writeEndArray();
            }
            default -> throw new IllegalStateException("not a JSON value: " + v.getClass());
        }
    }

    private static void writeArray(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}

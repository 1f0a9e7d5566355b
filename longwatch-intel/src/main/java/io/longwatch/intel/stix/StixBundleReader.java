package io.longwatch.intel.stix;

import com.fasterxml.jackson.databind.JsonNode;
import io.longwatch.core.event.Event;
import io.longwatch.core.time.Timestamps;
import io.longwatch.intel.ImportCollector;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.IndicatorValues;
import io.longwatch.intel.IntelContext;
import io.longwatch.intel.ObservableType;
import io.longwatch.intel.pattern.StixPattern;
import io.longwatch.intel.pattern.StixPatternException;
import io.longwatch.intel.text.Refang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a STIX 2.0 or 2.1 bundle (or a bare object, or an array of objects). Entries are the
 * indicator objects and the cyber-observable objects that name a value (ipv4/ipv6-addr,
 * domain-name, url, email-addr, file with hashes or name). A simple indicator pattern becomes typed
 * indicators for the value index, anything else a {@link ObservableType#PATTERN} indicator; context
 * comes from relationships (see {@link StixContext}); labels are {@code labels}, {@code indicator_types}
 * and the {@code kill_chain_phases} as {@code chain:phase}. When an id appears in several versions, the
 * latest {@code modified} wins and the older ones are rejected as superseded.
 */
public final class StixBundleReader {

    /** SCO types (STIX 2.1 section 6); those not listed in {@link #VALUE_SCOS} are reported as not matchable. */
    private static final Set<String> SCO_TYPES = Set.of("artifact", "autonomous-system", "directory", "domain-name",
            "email-addr", "email-message", "file", "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic",
            "process", "software", "url", "user-account", "windows-registry-key", "x509-certificate");
    private static final Map<String, ObservableType> VALUE_SCOS = Map.of("ipv4-addr", ObservableType.IPV4,
            "ipv6-addr", ObservableType.IPV6, "domain-name", ObservableType.DOMAIN, "url", ObservableType.URL,
            "email-addr", ObservableType.EMAIL);

    private StixBundleReader() {
    }

    /**
     * Reads one bundle.
     *
     * @param place the file, used in problem places ({@code file#object-id})
     * @param root the parsed JSON
     * @param source the shared source string for the indicators
     * @param out where entries go
     */
    public static void read(String place, JsonNode root, String source, ImportCollector out) {
        List<JsonNode> all = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(all::add);
        } else if (root.path("objects").isArray()) {
            root.path("objects").forEach(all::add);
        } else {
            all.add(root);
        }
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        List<JsonNode> superseded = new ArrayList<>();
        List<JsonNode> relationships = new ArrayList<>();
        for (JsonNode o : all) {
            String id = o.path("id").asText("");
            if (o.path("type").asText().equals("relationship")) {
                relationships.add(o);
            }
            JsonNode prev = latest.get(id);
            if (prev == null) {
                latest.put(id, o);
            } else if (modified(o) > modified(prev)) {
                latest.put(id, o);
                superseded.add(prev);
            } else {
                superseded.add(o);
            }
        }
        StixContext context = new StixContext(latest, relationships);
        for (JsonNode o : superseded) {
            if (isEntry(o)) {
                out.seen();
                out.reject(place + "#" + o.path("id").asText(), "intel.stix-superseded",
                        "an older version (modified " + o.path("modified").asText("?")
                                + ") of an object that appears again with a later 'modified'");
            }
        }
        for (JsonNode o : latest.values()) {
            String type = o.path("type").asText();
            if (type.equals("indicator")) {
                indicator(place, o, source, context, out);
            } else if (SCO_TYPES.contains(type)) {
                sco(place, o, source, context, out);
            }
        }
    }

    private static boolean isEntry(JsonNode o) {
        String type = o.path("type").asText();
        return type.equals("indicator") || SCO_TYPES.contains(type);
    }

    private static long modified(JsonNode o) {
        long m = Timestamps.parseMicros(o.path("modified").asText(null));
        return m == Event.NO_TIME ? Long.MIN_VALUE + 1 : m;
    }

    private static void indicator(String file, JsonNode o, String source, StixContext context,
            ImportCollector out) {
        String id = o.path("id").asText("");
        String place = file + "#" + (id.isEmpty() ? "(indicator without id)" : id);
        out.seen();
        String patternType = o.path("pattern_type").asText("stix");
        if (!patternType.equals("stix")) {
            out.reject(place, "intel.pattern-type", "pattern_type '" + patternType
                    + "' is not STIX patterning; only 'stix' patterns can be evaluated");
            return;
        }
        JsonNode patternNode = o.path("pattern");
        if (!patternNode.isTextual() || patternNode.asText().isBlank()) {
            out.reject(place, "intel.pattern-missing", "indicator has no 'pattern'");
            return;
        }
        if (id.isEmpty()) {
            out.reject(place, "intel.stix-invalid", "indicator has no 'id'");
            return;
        }
        String text = patternNode.asText();
        StixPattern pattern;
        try {
            pattern = StixPattern.parse(text);
        } catch (StixPatternException e) {
            out.reject(place, "intel.pattern-syntax", "pattern " + abbreviate(text) + ": " + e.getMessage());
            return;
        }
        List<String> labels = new ArrayList<>();
        o.path("labels").forEach(l -> labels.add(l.asText()));
        o.path("indicator_types").forEach(l -> {
            if (!labels.contains(l.asText())) {
                labels.add(l.asText());
            }
        });
        for (JsonNode phase : o.path("kill_chain_phases")) {
            String label = phase.path("kill_chain_name").asText("") + ":" + phase.path("phase_name").asText("");
            if (label.length() > 1 && !labels.contains(label)) {
                labels.add(label); // e.g. mitre-attack:command-and-control (a tactic, not a technique id)
            }
        }
        List<String> sharedLabels = out.labels(labels);
        int confidence = confidence(o.path("confidence"));
        long from = Timestamps.parseMicros(o.path("valid_from").asText(null));
        long until = Timestamps.parseMicros(o.path("valid_until").asText(null));
        boolean revoked = o.path("revoked").asBoolean(false);
        IntelContext ctx = out.context(context.of(id, o));

        List<PatternValues.TypedValue> values = PatternValues.of(pattern.root());
        if (values == null) {
            out.accept(new Indicator(id, ObservableType.PATTERN, text, text, source, sharedLabels, confidence, from,
                    until, revoked, ctx, null));
            out.parsed();
            return;
        }
        List<Indicator> made = new ArrayList<>(values.size());
        for (PatternValues.TypedValue v : values) {
            String norm = IndicatorValues.normalize(v.type(), Refang.refang(v.value()));
            if (norm == null) {
                out.reject(place, "intel.bad-value", "pattern " + abbreviate(text) + ": '" + abbreviate(v.value())
                        + "' is not a valid " + v.type().stixType() + " value (" + v.type() + ")");
                return;
            }
            made.add(new Indicator(id, v.type(), norm, text, source, sharedLabels, confidence, from, until, revoked,
                    ctx, null));
        }
        made.forEach(out::accept);
        out.parsed();
    }

    private static void sco(String file, JsonNode o, String source, StixContext context, ImportCollector out) {
        String type = o.path("type").asText();
        String id = o.path("id").asText("");
        String place = file + "#" + (id.isEmpty() ? "(" + type + " without id)" : id);
        out.seen();
        if (id.isEmpty()) {
            out.reject(place, "intel.stix-invalid", type + " object has no 'id'");
            return;
        }
        List<Indicator> made = new ArrayList<>();
        IntelContext ctx = out.context(context.of(id, o));
        ObservableType valueType = VALUE_SCOS.get(type);
        if (valueType != null) {
            String raw = o.path("value").asText("");
            String norm = IndicatorValues.normalize(valueType, Refang.refang(raw));
            if (norm == null) {
                out.reject(place, "intel.bad-value", "'" + abbreviate(raw) + "' is not a valid " + type + " value");
                return;
            }
            made.add(scoIndicator(id, valueType, norm, source, ctx));
        } else if (type.equals("file")) {
            var fields = o.path("hashes").fields();
            while (fields.hasNext()) {
                var h = fields.next();
                ObservableType ht = PatternValues.hashType(h.getKey());
                String norm = ht == null ? null : IndicatorValues.normalize(ht, h.getValue().asText());
                if (ht != null && norm == null) {
                    out.reject(place, "intel.bad-value", "hash " + h.getKey() + " '" + abbreviate(h.getValue().asText())
                            + "' is not valid");
                    return;
                }
                if (norm != null) {
                    made.add(scoIndicator(id, ht, norm, source, ctx));
                }
            }
            String name = IndicatorValues.normalize(ObservableType.FILE_NAME, o.path("name").asText(""));
            if (name != null) {
                made.add(scoIndicator(id, ObservableType.FILE_NAME, name, source, ctx));
            }
            if (made.isEmpty()) {
                out.reject(place, "intel.unsupported-type",
                        "file object has neither an MD5/SHA-1/SHA-256/SHA-512 hash nor a name to match");
                return;
            }
        } else {
            out.reject(place, "intel.unsupported-type", "cyber-observable '" + type
                    + "' is kept out of the value index (only addresses, domains, URLs, mail addresses and files are"
                    + " indicators on their own); write an indicator pattern to match it");
            return;
        }
        made.forEach(out::accept);
        out.parsed();
    }

    private static Indicator scoIndicator(String id, ObservableType type, String value, String source,
            IntelContext ctx) {
        return new Indicator(id, type, value, null, source, List.of(), -1, Event.NO_TIME, Event.NO_TIME, false, ctx,
                null);
    }

    private static int confidence(JsonNode n) {
        if (!n.isNumber()) {
            return -1;
        }
        int c = n.asInt();
        return c < 0 || c > 100 ? -1 : c;
    }

    static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}

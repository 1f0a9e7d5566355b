package io.longwatch.intel.misp;

import com.fasterxml.jackson.databind.JsonNode;
import io.longwatch.core.time.Timestamps;
import io.longwatch.intel.ImportCollector;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.IndicatorValues;
import io.longwatch.intel.IntelContext;
import io.longwatch.intel.ObservableType;
import io.longwatch.intel.text.Refang;
import io.longwatch.intel.text.TypeNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads MISP events ({@code {"Event": {...}}}, a REST search result {@code {"response": [...]}}, or an
 * array of events). Entries are the attributes of the event and of its objects. An attribute is taken
 * when its type names a value Longwatch matches (addresses, domains, URLs, mail addresses, hashes, file
 * names; composite types such as {@code domain|ip} or {@code filename|sha256} yield one indicator per
 * part) and its {@code to_ids} flag is set; otherwise it is rejected with the reason. Tags and
 * galaxies of the event, object and attribute give labels and context; the event's {@code info} is
 * the report title; {@code first_seen}/{@code last_seen} give the validity window.
 */
public final class MispEventReader {

    private MispEventReader() {
    }

    /**
     * Reads every event in a parsed MISP JSON document.
     *
     * @param place the file, for problem places ({@code file#attribute-uuid})
     * @param root the parsed JSON
     * @param source the shared source string for the indicators
     * @param includeNonIds also take attributes whose {@code to_ids} is false
     * @param out where entries go
     * @return the number of events found
     */
    public static int read(String place, JsonNode root, String source, boolean includeNonIds, ImportCollector out) {
        List<JsonNode> events = new ArrayList<>();
        collectEvents(root, events);
        for (JsonNode event : events) {
            event(place, event, source, includeNonIds, out);
        }
        return events.size();
    }

    /** Whether a parsed JSON document looks like MISP (events, a search response, a bare event). */
    public static boolean looksLikeMisp(JsonNode root) {
        JsonNode first = root.isArray() && !root.isEmpty() ? root.get(0) : root;
        return first.has("Event") || first.has("response") || first.has("Attribute") && first.has("info");
    }

    private static void collectEvents(JsonNode node, List<JsonNode> out) {
        if (node.isArray()) {
            node.forEach(n -> collectEvents(n, out));
        } else if (node.has("response")) {
            collectEvents(node.path("response"), out);
        } else if (node.has("Event")) {
            out.add(node.path("Event"));
        } else if (node.has("Attribute") || node.has("Object")) {
            out.add(node);
        }
    }

    private static void event(String place, JsonNode event, String source, boolean includeNonIds, ImportCollector out) {
        MispTags eventTags = new MispTags();
        eventTags.addFrom(event);
        String info = event.path("info").asText(null);
        for (JsonNode a : event.path("Attribute")) {
            attribute(place, a, eventTags, info, source, includeNonIds, false, out);
        }
        for (JsonNode o : event.path("Object")) {
            MispTags objectTags = eventTags.copy();
            objectTags.addFrom(o);
            boolean objectDeleted = o.path("deleted").asBoolean(false);
            for (JsonNode a : o.path("Attribute")) {
                attribute(place, a, objectTags, info, source, includeNonIds, objectDeleted, out);
            }
        }
    }

    private static void attribute(String file, JsonNode a, MispTags parentTags, String info, String source,
            boolean includeNonIds, boolean objectDeleted, ImportCollector out) {
        String uuid = a.path("uuid").asText("");
        String type = a.path("type").asText("");
        String value = a.path("value").asText("");
        String place = file + "#" + (uuid.isEmpty() ? "attribute:" + type + ":" + abbreviate(value) : uuid);
        out.seen();
        if (a.path("deleted").asBoolean(false) || objectDeleted) {
            out.reject(place, "intel.misp-deleted", "attribute (or its object) is marked deleted");
            return;
        }
        if (!includeNonIds && !toIds(a.path("to_ids"))) {
            out.reject(place, "intel.misp-not-for-ids", type + " '" + abbreviate(value)
                    + "' has to_ids=false (context, not for detection); import with --misp-all to take it");
            return;
        }
        String[] types = type.split("\\|");
        String[] values = types.length > 1 ? value.split("\\|", types.length) : new String[] {value};
        if (values.length != types.length) {
            out.reject(place, "intel.bad-value", "composite " + type + " value '" + abbreviate(value)
                    + "' does not have " + types.length + " parts separated by |");
            return;
        }
        List<ObservableType> parsedTypes = new ArrayList<>();
        List<String> parsedValues = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            if (types[i].equals("port")) {
                continue; // ip-dst|port, hostname|port: the port is not an indicator on its own
            }
            String v = Refang.refang(values[i].strip());
            ObservableType t = TypeNames.resolve(types[i], v);
            if (t == null || types[i].equals("address")) {
                out.reject(place, "intel.unsupported-type", "MISP attribute type '" + type
                        + "' is not an indicator type Longwatch matches (addresses, domains, URLs, email, hashes, "
                        + "file names)");
                return;
            }
            String norm = IndicatorValues.normalize(t, v);
            if (norm == null) {
                out.reject(place, "intel.bad-value", "'" + abbreviate(values[i]) + "' is not a valid " + types[i]);
                return;
            }
            parsedTypes.add(t);
            parsedValues.add(norm);
        }
        MispTags tags = parentTags.copy();
        tags.addFrom(a);
        List<String> labels = out.labels(new ArrayList<>(tags.labels));
        IntelContext ctx = out.context(new IntelContext(List.copyOf(tags.actors), List.copyOf(tags.campaigns),
                List.copyOf(tags.malware), List.copyOf(tags.attack), info));
        long from = Timestamps.parseMicros(a.path("first_seen").asText(null));
        long until = Timestamps.parseMicros(a.path("last_seen").asText(null));
        String id = uuid.isEmpty() ? null : uuid;
        for (int i = 0; i < parsedTypes.size(); i++) {
            ObservableType t = parsedTypes.get(i);
            String v = parsedValues.get(i);
            out.accept(new Indicator(id != null ? id : ImportCollector.derivedId(source, t, v), t, v, null, source,
                    labels, tags.confidence, from, until, false, ctx, null));
        }
        out.parsed();
    }

    private static boolean toIds(JsonNode n) {
        return n.isBoolean() ? n.asBoolean() : n.asText("").equals("1") || n.asText("").equalsIgnoreCase("true");
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}

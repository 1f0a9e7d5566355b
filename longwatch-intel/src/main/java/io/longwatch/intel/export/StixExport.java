package io.longwatch.intel.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.longwatch.core.event.Event;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.core.time.Timestamps;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns intel findings (the JSON lines {@code longwatch hunt --format jsonl} writes) into a STIX 2.1
 * bundle: the reporting {@code identity}; one {@code sighting} per indicator
 * ({@code sighting_of_ref} = the indicator's STIX id, first/last seen, count,
 * {@code where_sighted_refs} = the identity, {@code observed_data_refs}); one {@code observed-data}
 * per indicator and observable seen, referring to the cyber-observable objects ({@code ipv4-addr},
 * {@code domain-name}, {@code url}, {@code email-addr}, {@code file}); and an {@code indicator}
 * object for every indicator that did not come from STIX (MISP, CSV, plain lists), so each sighting
 * points at something in the bundle or in the partner's STIX feed.
 *
 * <p>Identifiers are UUIDv5, so the same findings give the same bundle. Objects Longwatch creates are
 * stamped {@code created}/{@code modified} with the latest event time among the findings (the
 * bundle describes what was seen up to then), or the epoch when no finding has a time.
 */
public final class StixExport {

    private static final Pattern STIX_ID = Pattern.compile(
            "^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What an export produced.
     *
     * @param bundle the STIX bundle
     * @param findingsRead findings read (all kinds)
     * @param intelFindings findings of kind {@code intel} exported
     * @param skipped lines or findings that could not be used (each reported)
     * @param sightings sighting objects written
     */
    public record Result(ObjectNode bundle, long findingsRead, long intelFindings, long skipped, int sightings) {
    }

    private StixExport() {
    }

    /** Reads a findings JSON-lines file and exports its intel findings; bad lines are reported ({@code file:line}). */
    public static Result fromJsonl(Path findings, String identityName, ProblemSink problems) throws IOException {
        List<JsonNode> read = new ArrayList<>();
        long skipped = 0;
        try (BufferedReader r = Files.newBufferedReader(findings, StandardCharsets.UTF_8)) {
            long lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    read.add(JSON.readTree(line));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    skipped++;
                    problems.report(Problem.Stage.RECORD, findings + ":" + lineNo, "export.malformed-finding",
                            "not a JSON finding: " + e.getOriginalMessage());
                }
            }
        }
        Result r = fromFindings(read, identityName, findings.toString(), problems);
        return new Result(r.bundle(), r.findingsRead(), r.intelFindings(), r.skipped() + skipped, r.sightings());
    }

    /** Exports the intel findings among {@code findings} (parsed finding JSON objects); {@code place} names them in problems. */
    public static Result fromFindings(List<JsonNode> findings, String identityName, String place, ProblemSink problems) {
        Map<String, Sighted> byIndicator = new TreeMap<>();
        long intel = 0;
        long skipped = 0;
        long latest = Event.NO_TIME;
        int index = 0;
        for (JsonNode f : findings) {
            index++;
            if (!"intel".equals(f.path("kind").asText())) {
                continue;
            }
            JsonNode ind = f.path("detail").path("indicator");
            if (!ind.isObject() || !ind.path("id").isTextual()) {
                skipped++;
                problems.report(Problem.Stage.RECORD, place + " finding " + index, "export.no-indicator",
                        "intel finding without detail.indicator.id; not exported");
                continue;
            }
            long t = time(f.path("time"));
            if (t != Event.NO_TIME && (latest == Event.NO_TIME || t > latest)) {
                latest = t;
            }
            String sdoId = indicatorRef(ind);
            Sighted s = byIndicator.computeIfAbsent(sdoId, k -> new Sighted(k, ind));
            s.see(t);
            for (JsonNode o : f.path("detail").path("observed")) {
                Map<String, Object> sco = observable(o.path("type").asText(), o.path("value").asText());
                if (sco == null) {
                    continue;
                }
                String scoId = (String) sco.get("id");
                s.observed.computeIfAbsent(scoId, k -> new Observed(sco)).see(t);
            }
            intel++;
        }
        String asOf = millis(latest == Event.NO_TIME ? 0 : latest);
        String identityId = StixIds.object("identity", identityName);
        ObjectNode identity = sdo("identity", identityId, asOf);
        identity.put("name", identityName);
        identity.put("identity_class", "organization");

        List<ObjectNode> indicators = new ArrayList<>();
        Map<String, ObjectNode> scos = new TreeMap<>();
        List<ObjectNode> observedData = new ArrayList<>();
        List<ObjectNode> sightings = new ArrayList<>();
        for (Sighted s : byIndicator.values()) {
            if (s.createIndicator) {
                indicators.add(indicatorObject(s, identityId, asOf));
            }
            List<String> observedRefs = new ArrayList<>();
            for (Observed o : s.observed.values()) {
                ObjectNode scoNode = JSON.valueToTree(o.sco);
                scos.putIfAbsent((String) o.sco.get("id"), scoNode);
                String odId = StixIds.object("observed-data", identityId + "|" + s.sdoId + "|" + o.sco.get("id"));
                ObjectNode od = sdo("observed-data", odId, asOf);
                od.put("created_by_ref", identityId);
                od.put("first_observed", o.first == Event.NO_TIME ? asOf : micros(o.first));
                od.put("last_observed", o.last == Event.NO_TIME ? asOf : micros(o.last));
                od.put("number_observed", (int) Math.min(999_999_999L, Math.max(1, o.count)));
                od.putArray("object_refs").add((String) o.sco.get("id"));
                observedData.add(od);
                observedRefs.add(odId);
            }
            ObjectNode sighting = sdo("sighting", StixIds.object("sighting", identityId + "|" + s.sdoId), asOf);
            sighting.put("created_by_ref", identityId);
            if (s.first != Event.NO_TIME) {
                sighting.put("first_seen", micros(s.first));
                sighting.put("last_seen", micros(s.last));
            }
            sighting.put("count", (int) Math.min(999_999_999L, s.count));
            sighting.put("sighting_of_ref", s.sdoId);
            if (!observedRefs.isEmpty()) {
                ArrayNode refs = sighting.putArray("observed_data_refs");
                observedRefs.forEach(refs::add);
            }
            sighting.putArray("where_sighted_refs").add(identityId);
            sightings.add(sighting);
        }

        ObjectNode bundle = NODES.objectNode();
        bundle.put("type", "bundle");
        StringBuilder content = new StringBuilder(identityId);
        sightings.forEach(x -> content.append('|').append(x.get("id").asText()));
        bundle.put("id", "bundle--" + StixIds.uuid5(StixIds.LONGWATCH_NAMESPACE, content.toString()));
        ArrayNode objects = bundle.putArray("objects");
        objects.add(identity);
        indicators.forEach(objects::add);
        scos.values().forEach(objects::add);
        observedData.forEach(objects::add);
        sightings.forEach(objects::add);
        return new Result(bundle, findings.size(), intel, skipped, sightings.size());
    }

    /**
     * The indicator's STIX id when it came from a STIX indicator (a STIX id and the pattern it was
     * read from); otherwise the id of the indicator object we create for it (MISP, CSV and plain
     * lists get ids that look like STIX ids, but no partner has an object behind them).
     */
    private static String indicatorRef(JsonNode ind) {
        String id = ind.path("id").asText();
        if (id.startsWith("indicator--") && STIX_ID.matcher(id).matches() && ind.path("pattern").isTextual()) {
            return id;
        }
        return StixIds.object("indicator", ind.path("source").asText("") + "|" + id);
    }

    private static ObjectNode indicatorObject(Sighted s, String identityId, String asOf) {
        JsonNode ind = s.indicator;
        String validFrom = ind.path("valid_from").isTextual() ? ind.path("valid_from").asText()
                : s.first != Event.NO_TIME ? micros(s.first) : asOf;
        ObjectNode o = sdo("indicator", s.sdoId, asOf);
        o.put("created_by_ref", identityId);
        o.put("name", ind.path("type").asText() + " " + ind.path("value").asText());
        o.put("description", "Indicator " + ind.path("id").asText() + " from " + ind.path("source").asText()
                + ", as matched by Longwatch");
        o.put("pattern", pattern(ind));
        o.put("pattern_type", "stix");
        o.put("pattern_version", "2.1");
        o.put("valid_from", validFrom);
        if (ind.path("valid_until").isTextual()
                && time(ind.path("valid_until")) > time(NODES.textNode(validFrom))) {
            o.put("valid_until", ind.path("valid_until").asText());
        }
        if (ind.path("labels").isArray() && !ind.path("labels").isEmpty()) {
            ArrayNode labels = o.putArray("labels");
            ind.path("labels").forEach(l -> labels.add(l.asText()));
        }
        if (ind.path("confidence").isInt()) {
            o.put("confidence", ind.path("confidence").asInt());
        }
        if (ind.path("revoked").asBoolean(false)) {
            o.put("revoked", true);
        }
        return o;
    }

    /** A STIX pattern for an indicator that came without one. */
    static String pattern(JsonNode ind) {
        if (ind.path("pattern").isTextual() && !ind.path("pattern").asText().isBlank()) {
            return ind.path("pattern").asText();
        }
        String v = ind.path("value").asText().replace("\\", "\\\\").replace("'", "\\'");
        String path = switch (ind.path("type").asText()) {
            case "ipv4-addr" -> "ipv4-addr:value";
            case "ipv6-addr" -> "ipv6-addr:value";
            case "domain-name" -> "domain-name:value";
            case "url" -> "url:value";
            case "email-addr" -> "email-addr:value";
            case "md5" -> "file:hashes.MD5";
            case "sha1" -> "file:hashes.'SHA-1'";
            case "sha256" -> "file:hashes.'SHA-256'";
            case "sha512" -> "file:hashes.'SHA-512'";
            case "imphash" -> "file:hashes.IMPHASH";
            case "file-name" -> "file:name";
            default -> "x-longwatch-value:value";
        };
        boolean cidr = path.startsWith("ipv") && v.contains("/");
        return "[" + path + (cidr ? " ISSUBSET '" : " = '") + v + "']";
    }

    /** The SCO for an observed value, with its deterministic id, or null for a type without one. */
    static Map<String, Object> observable(String type, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        Map<String, Object> idProps = new LinkedHashMap<>();
        String stixType;
        switch (type) {
            case "ipv4-addr", "ipv6-addr", "domain-name", "url", "email-addr" -> {
                stixType = type;
                idProps.put("value", value);
            }
            case "md5", "sha1", "sha256", "sha512", "imphash" -> {
                stixType = "file";
                String algo = switch (type) {
                    case "md5" -> "MD5";
                    case "sha1" -> "SHA-1";
                    case "sha256" -> "SHA-256";
                    case "sha512" -> "SHA-512";
                    default -> "IMPHASH";
                };
                idProps.put("hashes", Map.of(algo, value));
            }
            case "file-name" -> {
                stixType = "file";
                idProps.put("name", value);
            }
            default -> {
                return null;
            }
        }
        Map<String, Object> sco = new LinkedHashMap<>();
        sco.put("type", stixType);
        sco.put("spec_version", "2.1");
        sco.put("id", StixIds.observable(stixType, idProps));
        sco.putAll(idProps);
        return sco;
    }

    private static ObjectNode sdo(String type, String id, String asOf) {
        ObjectNode o = NODES.objectNode();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        o.put("created", asOf);
        o.put("modified", asOf);
        return o;
    }

    private static long time(JsonNode n) {
        if (!n.isTextual()) {
            return Event.NO_TIME;
        }
        try {
            return Timestamps.parseMicros(n.asText());
        } catch (RuntimeException e) {
            return Event.NO_TIME;
        }
    }

    private static String millis(long micros) {
        return MILLIS.format(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1000L));
    }

    private static String micros(long micros) {
        return Timestamps.format(micros);
    }

    /** When and how often something was seen. */
    private static class Seen {
        long first = Event.NO_TIME;
        long last = Event.NO_TIME;
        long count;

        void see(long t) {
            count++;
            if (t != Event.NO_TIME) {
                first = first == Event.NO_TIME ? t : Math.min(first, t);
                last = last == Event.NO_TIME ? t : Math.max(last, t);
            }
        }
    }

    /** What was seen of one indicator. */
    private static final class Sighted extends Seen {
        final String sdoId;
        final JsonNode indicator;
        final boolean createIndicator;
        final Map<String, Observed> observed = new TreeMap<>();

        Sighted(String sdoId, JsonNode indicator) {
            this.sdoId = sdoId;
            this.indicator = indicator;
            this.createIndicator = !sdoId.equals(indicator.path("id").asText());
        }
    }

    /** What was seen of one observable under one indicator. */
    private static final class Observed extends Seen {
        final Map<String, Object> sco;

        Observed(Map<String, Object> sco) {
            this.sco = sco;
        }
    }
}

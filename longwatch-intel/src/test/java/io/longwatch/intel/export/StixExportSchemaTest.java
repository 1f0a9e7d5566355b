package io.longwatch.intel.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.event.EventBuilder;
import io.longwatch.core.event.SourceRef;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.finding.FindingJson;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.core.time.Timestamps;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.IntelContext;
import io.longwatch.intel.ObservableType;
import io.longwatch.intel.match.IntelDetector;
import io.longwatch.intel.match.IntelRun;
import io.longwatch.intel.match.MatchOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Bundles exported from intel findings validate against the official STIX 2.1 JSON Schemas (the
 * bundle schema, and each object against its own type's schema), loaded from the local copy: each
 * schema is served by its {@code $id} from the folder, so no network is used.
 */
class StixExportSchemaTest {

    private static final String ID_PREFIX =
            "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void exportedBundleValidates() throws Exception {
        Optional<Path> dir = SharedData.resolve("intel/stix21-examples/json-schemas");
        assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping STIX schema validation");
        SchemaRegistry registry = localSchemas(dir.get());

        List<JsonNode> findings = findingsOfEveryType();
        StixExport.Result result = StixExport.fromFindings(findings, "Longwatch test SOC", "test", new ProblemLog(10));
        JsonNode bundle = result.bundle();
        assertThat(result.intelFindings()).isEqualTo(findings.size() - 1); // one is a sigma finding
        assertThat(result.sightings()).isEqualTo(8);

        assertValid(registry, "common/bundle.json", bundle);
        Set<String> types = new HashSet<>();
        for (JsonNode o : bundle.path("objects")) {
            String type = o.path("type").asText();
            types.add(type);
            assertValid(registry, schemaFor(dir.get(), type), o);
        }
        assertThat(bundle.path("objects").findValuesAsText("type").stream().filter("indicator"::equals).count())
                .as("indicator objects for the 7 non-STIX indicators").isEqualTo(7);
        assertThat(types).contains("identity", "indicator", "sighting", "observed-data", "ipv4-addr", "ipv6-addr",
                "domain-name", "url", "email-addr", "file");

        // Deterministic: the same findings give the same bundle, byte for byte.
        JsonNode again = StixExport.fromFindings(findings, "Longwatch test SOC", "test", new ProblemLog(10)).bundle();
        assertThat(JSON.writeValueAsString(again)).isEqualTo(JSON.writeValueAsString(bundle));

        // Sightings refer to objects that are in the bundle (or to the STIX indicator they came from).
        Set<String> ids = new HashSet<>();
        bundle.path("objects").forEach(o -> ids.add(o.path("id").asText()));
        for (JsonNode o : bundle.path("objects")) {
            if (o.path("type").asText().equals("sighting")) {
                String of = o.path("sighting_of_ref").asText();
                assertThat(ids.contains(of) || of.equals("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f")).as(of).isTrue();
                o.path("observed_data_refs").forEach(r -> assertThat(ids).contains(r.asText()));
                o.path("where_sighted_refs").forEach(r -> assertThat(ids).contains(r.asText()));
            }
        }
    }

    @Test
    void aBrokenObjectIsRejected() throws Exception {
        // The validator and the local schemas really check: a sighting without sighting_of_ref fails.
        Optional<Path> dir = SharedData.resolve("intel/stix21-examples/json-schemas");
        assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping STIX schema validation");
        SchemaRegistry registry = localSchemas(dir.get());
        JsonNode bundle = StixExport.fromFindings(findingsOfEveryType(), "x", "test", new ProblemLog(10)).bundle();
        for (JsonNode o : bundle.path("objects")) {
            if (o.path("type").asText().equals("sighting")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) o).remove("sighting_of_ref");
                Schema s = registry.getSchema(SchemaLocation.of(ID_PREFIX + "sros/sighting.json"));
                assertThat(s.validate(o)).isNotEmpty();
                return;
            }
        }
    }

    /** The schemas by their {@code $id}, read from the local folder (never fetched). */
    private static SchemaRegistry localSchemas(Path dir) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(iri -> {
            if (!iri.startsWith(ID_PREFIX)) {
                return null;
            }
            try {
                return Files.readString(dir.resolve(iri.substring(ID_PREFIX.length())));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
    }

    private static void assertValid(SchemaRegistry registry, String schema, JsonNode node) {
        Schema s = registry.getSchema(SchemaLocation.of(ID_PREFIX + schema));
        List<Error> errors = s.validate(node);
        assertThat(errors).as("%s against %s", node.path("id").asText(), schema).isEmpty();
    }

    private static String schemaFor(Path dir, String type) {
        for (String folder : List.of("sdos", "sros", "observables", "common")) {
            if (Files.exists(dir.resolve(folder).resolve(type + ".json"))) {
                return folder + "/" + type + ".json";
            }
        }
        throw new AssertionError("no schema for " + type);
    }

    /** Findings of the real detector for every indicator type, as the hunt writes them (JSON lines). */
    static List<JsonNode> findingsOfEveryType() throws Exception {
        long t = Timestamps.parseMicros("2026-03-09T02:14:07.120Z");
        List<Indicator> indicators = List.of(
                ind("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", ObservableType.IPV4, "198.51.100.0/24", 85),
                ind("misp:5f1a", ObservableType.IPV6, "2001:db8::7", -1),
                ind("csv:evil", ObservableType.DOMAIN, "evil.example", 60),
                ind("csv:url", ObservableType.URL, "http://evil.example/drop/pic1.png", 60),
                ind("csv:mail", ObservableType.EMAIL, "lure@evil.example", 40),
                ind("csv:md5", ObservableType.MD5, "0123456789abcdef0123456789abcdef", 90),
                ind("csv:imphash", ObservableType.IMPHASH, "fedcba9876543210fedcba9876543210", 90),
                ind("csv:name", ObservableType.FILE_NAME, "Diaoyu.exe", 70));
        IntelDetector d = IntelDetector.compile(indicators, MatchOptions.DEFAULTS, new ProblemLog(10));
        IntelRun run = d.newRun();
        List<Finding> out = new ArrayList<>();
        run.accept(event(t, "DestinationIp", "198.51.100.23", "QueryName", "cdn.evil.example"), out::add);
        run.accept(event(t + 1_000_000, "DestinationIp", "198.51.100.24", "SourceIp", "2001:db8::7"), out::add);
        run.accept(event(t + 2_000_000, "url", "http://EVIL.example:80/drop/pic1.png", "sender", "Lure <lure@evil.example>"),
                out::add);
        run.accept(event(t + 3_000_000, "Image", "C:\\Users\\l.chen\\AppData\\Local\\Temp\\Diaoyu.exe", "Hashes",
                "MD5=0123456789ABCDEF0123456789ABCDEF,IMPHASH=FEDCBA9876543210FEDCBA9876543210"), out::add);
        assertThat(out).hasSize(10); // two CIDR hits; the URL event also sights the domain
        List<JsonNode> json = new ArrayList<>();
        for (Finding f : out) {
            json.add(JSON.readTree(FindingJson.toJson(f)));
        }
        json.add(JSON.readTree("{\"kind\":\"sigma\",\"rule\":{\"id\":\"x\"}}"));
        return json;
    }

    private static Indicator ind(String id, ObservableType type, String value, int confidence) {
        // Only the first one came from a STIX indicator (STIX id and its pattern); the others from a CSV feed.
        String pattern = id.startsWith("indicator--") ? "[ipv4-addr:value ISSUBSET '" + value + "']" : null;
        return new Indicator(id, type, value, pattern, id.startsWith("indicator--") ? "unit42.json" : "feed.csv", List.of("c2"), confidence, Event.NO_TIME, Event.NO_TIME,
                false, new IntelContext(List.of("TGR-STA-1030"), List.of(), List.of("VShell"), List.of("T1071.001"),
                        "Test report"), List.of());
    }

    private static Event event(long t, String... kv) {
        EventBuilder b = new EventBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            b.put(kv[i].intern(), kv[i + 1]);
        }
        return b.time(t).host("WS-TRADE-07").build(new SourceRef("sysmon.jsonl", 7, -1));
    }
}

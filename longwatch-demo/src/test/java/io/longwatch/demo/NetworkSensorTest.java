package io.longwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's Zeek sensor logs and the partner CERT's STIX report: well-formed, deterministic, and true to the story. */
class NetworkSensorTest {

    @TempDir
    static Path shared;
    private static DemoManifest manifest;
    /** Parsed conn.log rows (field name to value), all weeks. */
    private static final List<Map<String, String>> conns = new ArrayList<>();
    private static final List<Map<String, String>> lookups = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException {
        manifest = DemoDataset.generate(shared.resolve("demo"), DemoDataset.DEFAULT_SEED);
        for (Path f : manifest.networkFiles()) {
            String name = f.getFileName().toString();
            (name.startsWith("conn") ? conns : lookups).addAll(readZeek(f));
        }
    }

    /** A deliberately plain TSV reading, independent of the product's Zeek reader. */
    private static List<Map<String, String>> readZeek(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        if (f.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] fields = null;
            int types = 0;
            boolean closed = false;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#fields\t")) {
                    fields = line.substring(8).split("\t");
                } else if (line.startsWith("#types\t")) {
                    types = line.substring(7).split("\t").length;
                } else if (line.startsWith("#close")) {
                    closed = true;
                } else if (!line.startsWith("#")) {
                    assertThat(fields).as("header before data in %s", f).isNotNull();
                    String[] v = line.split("\t", -1);
                    assertThat(v).as("%s: %s", f.getFileName(), line).hasSize(fields.length);
                    Map<String, String> row = new HashMap<>();
                    for (int i = 0; i < v.length; i++) {
                        row.put(fields[i], v[i]);
                    }
                    rows.add(row);
                }
            }
            assertThat(types).isEqualTo(fields.length);
            assertThat(closed).as("#close in %s", f).isTrue();
        }
        return rows;
    }

    @Test
    void logsCoverTheMonthInWeeklyFilesWithRotatedOnesGzipped() {
        assertThat(manifest.networkFiles()).extracting(p -> p.getFileName().toString()).containsExactly(
                "conn-week1.log", "dns-week1.log", "conn-week2.log.gz", "dns-week2.log.gz",
                "conn-week3.log", "dns-week3.log", "conn-week4.log.gz", "dns-week4.log.gz");
        assertThat(conns.size() + lookups.size()).isEqualTo(manifest.networkRecords());
        assertThat(conns).hasSizeGreaterThan(10_000);
        assertThat(lookups).hasSizeGreaterThan(1_000);
        double previous = 0;
        for (Map<String, String> c : conns) {
            double ts = Double.parseDouble(c.get("ts"));
            assertThat(ts).isGreaterThanOrEqualTo(previous);
            previous = ts;
        }
    }

    @Test
    void everyCampaignConnectionIsInTheTruthAndNoBenignOneTouchesTheAdversary() {
        Set<String> adversary = new HashSet<>();
        for (NetworkTruth.Channel c : manifest.network().channels()) {
            adversary.add(c.destination());
        }
        assertThat(adversary).contains(Campaign.CS_C2, Campaign.IMPLANT_C2, Campaign.VSHELL_C2, Campaign.RELAY);
        Map<String, Integer> perPair = new HashMap<>();
        for (Map<String, String> c : conns) {
            if (adversary.contains(c.get("id.resp_h"))) {
                perPair.merge(c.get("id.orig_h") + ">" + c.get("id.resp_h"), 1, Integer::sum);
            }
        }
        Map<String, Integer> expected = new HashMap<>();
        for (NetworkTruth.Channel c : manifest.network().channels()) {
            expected.merge(c.source() + ">" + c.destination(), c.connections(), Integer::sum);
        }
        assertThat(perPair).isEqualTo(expected);
        NetworkTruth.Channel cs = manifest.network().channels().stream()
                .filter(c -> c.destination().equals(Campaign.CS_C2)).findFirst().orElseThrow();
        assertThat(cs.kind()).isEqualTo("beacon");
        assertThat(cs.source()).isEqualTo(Ministry.PATIENT_ZERO.ip());
        assertThat(cs.connections()).isGreaterThan(50);
    }

    @Test
    void tunnelsAreLongAndTheSweepHitsTwoSubnets() {
        long longest = 0;
        for (Map<String, String> c : conns) {
            if (c.get("id.resp_h").equals(Campaign.RELAY)) {
                longest = Math.max(longest, (long) Double.parseDouble(c.get("duration")));
            }
        }
        assertThat(longest).as("seconds of the longest tunnel").isGreaterThan(5 * 24 * 3600);
        assertThat(manifest.network().scans()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(Ministry.PATIENT_ZERO.ip());
            assertThat(s.targets()).isEqualTo(507);
            assertThat(s.ports()).isEqualTo(5);
        });
        long probes = conns.stream().filter(c -> c.get("id.orig_h").equals(Ministry.PATIENT_ZERO.ip())
                && (c.get("conn_state").equals("S0") || c.get("conn_state").equals("REJ"))).count();
        assertThat(probes).isGreaterThan(2_000);
    }

    @Test
    void dnsLookupsAnswerWithTheAddressesTheHostsThenConnectTo() {
        boolean sawC2Domain = false;
        for (Map<String, String> l : lookups) {
            if (l.get("query").equals(Campaign.CS_DOMAIN)) {
                sawC2Domain = true;
                assertThat(l.get("answers")).isEqualTo(Campaign.CS_C2);
                assertThat(l.get("id.orig_h")).isEqualTo(Ministry.PATIENT_ZERO.ip());
            }
        }
        assertThat(sawC2Domain).isTrue();
    }

    @Test
    void intelReportIsAStix21BundleWithLiveRevokedAndExpiredIndicators() throws IOException {
        assertThat(manifest.intelFiles()).hasSize(1);
        JsonNode bundle = new ObjectMapper().readTree(manifest.intelFiles().get(0).toFile());
        assertThat(bundle.get("type").asText()).isEqualTo("bundle");
        int indicators = 0;
        int revoked = 0;
        int expired = 0;
        Set<String> ids = new HashSet<>();
        for (JsonNode o : bundle.get("objects")) {
            assertThat(ids.add(o.get("id").asText())).as("unique id %s", o.get("id")).isTrue();
            assertThat(o.get("spec_version").asText()).isEqualTo("2.1");
            if (o.get("type").asText().equals("indicator")) {
                indicators++;
                revoked += o.path("revoked").asBoolean() ? 1 : 0;
                expired += o.has("valid_until") ? 1 : 0;
                assertThat(o.get("pattern").asText()).startsWith("[").endsWith("]");
            }
        }
        for (JsonNode o : bundle.get("objects")) {
            if (o.get("type").asText().equals("relationship")) {
                assertThat(ids).contains(o.get("source_ref").asText(), o.get("target_ref").asText());
            }
        }
        assertThat(indicators).isEqualTo(CampaignIntel.indicators().size());
        assertThat(revoked).isEqualTo(1);
        assertThat(expired).isEqualTo(1);
    }

    @Test
    void sameSeedGivesTheSameNetworkBytes(@TempDir Path dir) throws IOException {
        DemoManifest again = DemoDataset.generate(dir, DemoDataset.DEFAULT_SEED);
        for (int i = 0; i < manifest.networkFiles().size(); i++) {
            assertThat(Files.readAllBytes(again.networkFiles().get(i)))
                    .isEqualTo(Files.readAllBytes(manifest.networkFiles().get(i)));
        }
        assertThat(Files.readAllBytes(again.intelFiles().get(0))).isEqualTo(Files.readAllBytes(manifest.intelFiles().get(0)));
    }
}

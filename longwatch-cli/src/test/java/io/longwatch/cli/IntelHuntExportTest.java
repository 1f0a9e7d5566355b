package io.longwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.longwatch.core.data.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hunt --intel} on a real Zeek log, then {@code intel export} of its findings. */
class IntelHuntExportTest {

    @TempDir
    Path tmp;

    private int run(StringWriter err, String... args) {
        return Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void huntWithIndicatorsOnlyThenExport() throws Exception {
        Optional<Path> dns = SharedData.resolve("zeek/stratosphere/005-zeek-scenario-malicious/dns.log");
        assumeTrue(dns.isPresent(), "LONGWATCH_DATA not found: skipping intel hunt on Zeek");
        // Count independently: records whose responder (column id.resp_h) is 8.8.8.8, and whose query is
        // dns.msftncsi.com or a subdomain of it.
        List<String> lines = Files.readAllLines(dns.get());
        List<String> fields = List.of(lines.stream().filter(l -> l.startsWith("#fields\t")).findFirst().orElseThrow()
                .substring(8).split("\t"));
        int resp = fields.indexOf("id.resp_h");
        int query = fields.indexOf("query");
        long expectedIp = lines.stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t", -1))
                .filter(c -> c[resp].equals("8.8.8.8")).count();
        long expectedDomain = lines.stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t", -1))
                .filter(c -> c[query].equalsIgnoreCase("dns.msftncsi.com") || c[query].toLowerCase().endsWith(".dns.msftncsi.com"))
                .count();
        assertThat(expectedIp).isPositive();
        assertThat(expectedDomain).isPositive();

        Path feed = Files.writeString(tmp.resolve("feed.txt"), "8.8.8.8\ndns.msftncsi.com\n");
        Path findings = tmp.resolve("findings.jsonl");
        StringWriter err = new StringWriter();
        // Indicators alone: the network analytics, on by default for Zeek logs, are switched off here
        int code = run(err, "hunt", dns.get().toString(), "--intel", feed.toString(), "--analytics", "none",
                "-f", "jsonl", "-o", findings.toString(), "--no-progress");
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(err.toString()).contains("intel: 2 indicators");

        ObjectMapper json = new ObjectMapper();
        long ip = 0;
        long domain = 0;
        for (String line : Files.readAllLines(findings)) {
            JsonNode f = json.readTree(line);
            assertThat(f.path("kind").asText()).isEqualTo("intel");
            String type = f.path("detail").path("indicator").path("type").asText();
            if (type.equals("ipv4-addr")) {
                ip++;
                assertThat(f.path("matches").get(0).path("field").asText()).isEqualTo("id.resp_h");
            } else {
                domain++;
            }
        }
        assertThat(ip).isEqualTo(expectedIp);
        assertThat(domain).isEqualTo(expectedDomain);

        Path bundle = tmp.resolve("out/bundle.json");
        StringWriter err2 = new StringWriter();
        assertThat(run(err2, "intel", "export", findings.toString(), "--identity", "Test SOC", "-o", bundle.toString()))
                .as(err2.toString()).isEqualTo(ExitCodes.CLEAN);
        JsonNode b = json.readTree(bundle.toFile());
        assertThat(b.path("type").asText()).isEqualTo("bundle");
        long sightings = 0;
        long counted = 0;
        for (JsonNode o : b.path("objects")) {
            if (o.path("type").asText().equals("sighting")) {
                sightings++;
                counted += o.path("count").asLong();
            }
        }
        assertThat(sightings).isEqualTo(2);
        assertThat(counted).isEqualTo(expectedIp + expectedDomain);
    }

    @Test
    void huntWithoutRulesOrIndicatorsIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "hunt", tmp.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--intel");
    }
}

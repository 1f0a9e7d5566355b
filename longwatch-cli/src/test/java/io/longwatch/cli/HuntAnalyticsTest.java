package io.longwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hunt} with the network analytics over a Zeek conn log written here. */
class HuntAnalyticsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path logs;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A C2 beacon every 60 s for six hours, and an Nmap-like sweep of a /24 on 445. */
    @BeforeEach
    void zeekLog() throws Exception {
        logs = dir.resolve("zeek");
        Files.createDirectories(logs);
        StringBuilder b = new StringBuilder("#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n"
                + "#path\tconn\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tduration\t"
                + "orig_bytes\tresp_bytes\tconn_state\tresp_pkts\n"
                + "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tinterval\tcount\tcount\tstring\tcount\n");
        long t0 = 1_767_225_600L;
        for (int i = 0; i < 360; i++) {
            b.append(String.format(Locale.ROOT, "%d.%06d\tC%d\t10.1.1.5\t%d\t203.0.113.9\t443\ttcp\tssl\t0.4\t310\t2200\tSF\t4%n",
                    t0 + i * 60L, (i * 7919) % 200_000, i, 50_000 + i));
        }
        for (int h = 1; h < 255; h++) {
            b.append(String.format(Locale.ROOT, "%d.000000\tS%d\t10.1.1.66\t40000\t10.1.2.%d\t445\ttcp\t-\t-\t0\t0\tS0\t0%n",
                    t0 + 7200 + h, h, h));
        }
        Files.writeString(logs.resolve("conn.log"), b);
    }

    private int hunt(String... args) {
        List<String> all = new ArrayList<>(List.of("hunt", logs.toString(), "--no-progress", "--format", "jsonl"));
        all.addAll(List.of(args));
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    private List<JsonNode> findings() throws Exception {
        List<JsonNode> list = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                list.add(JSON.readTree(line));
            }
        }
        return list;
    }

    @Test
    void analyticsFindTheBeaconAndTheScanWithoutRules() throws Exception {
        int code = hunt("--analytics", "all");
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.FINDINGS);
        List<JsonNode> found = findings();
        assertThat(found).allMatch(f -> f.get("kind").asText().equals("analytic"));
        JsonNode beacon = found.stream().filter(f -> f.at("/rule/id").asText().equals("longwatch.analytic.beacon"))
                .findFirst().orElseThrow();
        assertThat(beacon.at("/detail/evidence/dst").asText()).isEqualTo("203.0.113.9");
        assertThat(beacon.at("/detail/score").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(beacon.at("/attack/techniques/0").asText()).isEqualTo("T1071");
        assertThat(beacon.at("/source/path").asText()).endsWith("conn.log");
        JsonNode scan = found.stream().filter(f -> f.at("/rule/id").asText().equals("longwatch.analytic.scan"))
                .findFirst().orElseThrow();
        assertThat(scan.get("host").asText()).isEqualTo("10.1.1.66");
        assertThat(scan.at("/detail/evidence/targets").asInt()).isEqualTo(254);
    }

    @Test
    void selectionAllowListsAndWindow() throws Exception {
        Path cidrs = dir.resolve("allow-cidrs.txt");
        Files.writeString(cidrs, "# vendor\n203.0.113.0/24\nnot-a-cidr\n");
        int code = hunt("--analytics", "beacon,scan", "--allow-cidrs", cidrs.toString(), "--window", "6h");
        assertThat(code).isEqualTo(ExitCodes.FINDINGS);
        assertThat(findings()).extracting(f -> f.at("/rule/id").asText()).containsExactly("longwatch.analytic.scan");
        assertThat(err.toString()).contains("allowlist.cidr.invalid").contains("not-a-cidr");
    }

    @Test
    void usageErrorsNameTheBadOption() {
        assertThat(hunt("--analytics", "beacon,bogus")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("unknown analytic 'bogus'");
        assertThat(hunt("--analytics", "all", "--window", "soon")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--window 'soon'");
        assertThat(hunt("--analytics", "none")).isEqualTo(ExitCodes.USAGE);
    }
}

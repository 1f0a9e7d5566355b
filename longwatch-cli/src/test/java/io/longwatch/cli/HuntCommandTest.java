package io.longwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code hunt} command end to end on fixtures written here: outputs, summary, exit codes, bad input. */
class HuntCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path logs;
    private Path rules;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static String event(String time, String image, String cmd) {
        return "{\"EventID\":1,\"Channel\":\"Microsoft-Windows-Sysmon/Operational\",\"SourceName\":\"Microsoft-Windows-Sysmon\","
                + "\"Hostname\":\"WS1.example\",\"@timestamp\":\"" + time + "\",\"Image\":\"" + image.replace("\\", "\\\\")
                + "\",\"CommandLine\":\"" + cmd + "\",\"User\":\"EXAMPLE\\\\alice\"}";
    }

    @BeforeEach
    void fixtures() throws Exception {
        logs = dir.resolve("logs");
        rules = dir.resolve("rules");
        Files.createDirectories(logs);
        Files.createDirectories(rules);
        String ps = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";
        Files.writeString(logs.resolve("ws1.jsonl"), String.join("\n",
                event("2026-03-02T10:00:00Z", ps, "powershell -nop -enc SQBFAFgA"),
                "{\"EventID\":1, \"Image\": broken",
                event("2026-03-02T11:00:00Z", "C:\\Windows\\System32\\notepad.exe", "notepad a.txt"),
                event("2026-03-05T09:30:00Z", ps, "powershell -enc SQBFAFgA")) + "\n");
        Files.writeString(rules.resolve("encoded_powershell.yml"), """
                title: Encoded PowerShell Command Line
                id: 0b7f5a4e-1c2d-4e3f-9a8b-7c6d5e4f3a2b
                status: test
                level: high
                tags:
                    - attack.execution
                    - attack.t1059.001
                logsource:
                    product: windows
                    category: process_creation
                detection:
                    selection:
                        Image|endswith: '\\powershell.exe'
                        CommandLine|contains: ' -enc '
                    condition: selection
                """);
        Files.writeString(rules.resolve("broken.yml"), "title: Broken\ndetection: [unclosed\n");
    }

    private int hunt(String... extra) {
        List<String> args = new ArrayList<>(List.of("hunt", logs.toString(), "--rules", rules.toString(), "--no-progress"));
        args.addAll(List.of(extra));
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    }

    @Test
    void findingsCarryTheSchemaAndTheSummaryCountsEverything() throws Exception {
        Path findings = dir.resolve("out/findings.jsonl");
        Path stats = dir.resolve("out/stats.json");
        int code = hunt("--format", "jsonl", "--output", findings.toString(), "--stats-json", stats.toString());

        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.FINDINGS);
        List<String> lines = Files.readAllLines(findings, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.path("schema").asText()).isEqualTo("longwatch.finding/1");
        assertThat(first.path("kind").asText()).isEqualTo("sigma");
        assertThat(first.path("rule").path("id").asText()).isEqualTo("0b7f5a4e-1c2d-4e3f-9a8b-7c6d5e4f3a2b");
        assertThat(first.path("rule").path("level").asText()).isEqualTo("high");
        assertThat(first.path("attack").path("techniques").toString()).contains("T1059.001");
        assertThat(first.path("attack").path("tactics").toString()).contains("TA0002");
        assertThat(first.path("time").asText()).isEqualTo("2026-03-02T10:00:00.000000Z");
        assertThat(first.path("host").asText()).isEqualTo("WS1.example");
        assertThat(first.path("source").path("path").asText()).endsWith("ws1.jsonl");
        assertThat(first.path("source").path("line").asLong()).isEqualTo(1);
        assertThat(first.path("matches").toString()).contains("\"field\":\"CommandLine\"").contains("-enc");
        assertThat(JSON.readTree(lines.get(1)).path("source").path("line").asLong()).isEqualTo(4);

        JsonNode s = JSON.readTree(stats.toFile());
        assertThat(s.at("/events/read").asLong()).isEqualTo(3);
        assertThat(s.at("/events/skipped").asLong()).isEqualTo(1);
        assertThat(s.at("/events/problems/0/place").asText()).endsWith("ws1.jsonl:2");
        assertThat(s.at("/rules/loaded").asLong()).isEqualTo(1);
        assertThat(s.at("/rules/failed").asLong()).isEqualTo(1);
        assertThat(s.at("/rules/problems/0/place").asText()).contains("broken.yml");
        assertThat(s.at("/findings/total").asLong()).isEqualTo(2);
        assertThat(s.at("/findings/by_level/high").asLong()).isEqualTo(2);

        String summary = err.toString();
        assertThat(summary).contains("events      3 read, 1 skipped");
        assertThat(summary).contains("ws1.jsonl:2");
        assertThat(summary).contains("broken.yml");
        assertThat(summary).contains("Encoded PowerShell Command Line");
    }

    @Test
    void timeWindowKeepsOnlyEventsInside() throws Exception {
        Path findings = dir.resolve("f.jsonl");
        int code = hunt("--from", "2026-03-03", "--format", "jsonl", "--output", findings.toString());
        assertThat(code).isEqualTo(ExitCodes.FINDINGS);
        List<String> lines = Files.readAllLines(findings);
        assertThat(lines).hasSize(1);
        assertThat(JSON.readTree(lines.get(0)).path("source").path("line").asLong()).isEqualTo(4);
        assertThat(err.toString()).contains("2 outside the time window");
    }

    @Test
    void csvAndTableAreViewsOfTheSameFindings() throws Exception {
        Path csv = dir.resolve("f.csv");
        assertThat(hunt("--format", "csv", "--output", csv.toString())).isEqualTo(ExitCodes.FINDINGS);
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("time,kind,level,rule_id,rule_title");
        assertThat(rows.get(1)).contains("0b7f5a4e-1c2d-4e3f-9a8b-7c6d5e4f3a2b").contains("T1059.001");

        assertThat(hunt("--quiet")).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).contains("Encoded PowerShell Command Line").contains("ws1.jsonl:4");
    }

    @Test
    void exitCodesTellScriptsWhatHappened() throws Exception {
        // nothing matches -> 0
        assertThat(hunt("--exclude-id", "nothing", "--from", "2026-03-02T10:30:00Z", "--to", "2026-03-03")).isEqualTo(ExitCodes.CLEAN);
        // a bad option value -> 2
        assertThat(hunt("--min-level", "severe")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--min-level");
        // anything skipped with --strict -> 3
        assertThat(hunt("--strict")).isEqualTo(ExitCodes.FAILED);
        // no rule left after selection -> 3
        assertThat(hunt("--include-tag", "attack.t1003")).isEqualTo(ExitCodes.FAILED);
        // no input readable -> 3, and the missing path is named
        StringWriter e2 = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(e2, true),
                "hunt", dir.resolve("missing.jsonl").toString(), "--rules", rules.toString(), "--no-progress");
        assertThat(code).isEqualTo(ExitCodes.FAILED);
        assertThat(e2.toString()).contains("missing.jsonl");
    }

    @Test
    void readsStandardInputAsDash() throws Exception {
        var original = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(logs.resolve("ws1.jsonl"))));
            Path findings = dir.resolve("stdin.jsonl");
            int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                    "hunt", "-", "--rules", rules.toString(), "--no-progress", "--format", "jsonl",
                    "--output", findings.toString());
            assertThat(code).as(err.toString()).isEqualTo(ExitCodes.FINDINGS);
            assertThat(Files.readAllLines(findings)).hasSize(2)
                    .allSatisfy(l -> assertThat(JSON.readTree(l).at("/source/path").asText()).isEqualTo("-"));
        } finally {
            System.setIn(original);
        }
    }
}

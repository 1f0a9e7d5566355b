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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evtx dump} and {@code hunt} over real .evtx recordings. */
class EvtxCommandsTest {

    @TempDir
    Path dir;

    private static Path regressionSample(String ruleFolder) throws Exception {
        Optional<Path> root = SharedData.resolve("sigma/regression_data");
        assumeTrue(root.isPresent(), "LONGWATCH_DATA not found: skipping .evtx CLI tests");
        try (Stream<Path> s = Files.walk(root.get())) {
            return s.filter(p -> p.toString().endsWith(".evtx") && p.getParent().getFileName().toString().equals(ruleFolder))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void dumpPrintsOneJsonRecordPerEventInTheEvtxCrateLayout() throws Exception {
        Path evtx = regressionSample("proc_creation_win_malware_grixba_recon");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "evtx", "dump", evtx.toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.CLEAN);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).isNotEmpty();
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.at("/Event/System/Channel").asText()).isEqualTo("Microsoft-Windows-Sysmon/Operational");
        assertThat(first.at("/Event/EventData/Image").asText()).endsWith("GRB_NET.exe");
        assertThat(err.toString()).contains(lines.size() + " records");

        StringWriter xml = new StringWriter();
        Main.run(new PrintWriter(xml, true), new PrintWriter(new StringWriter(), true), "evtx", "dump", "--format", "xml", evtx.toString());
        assertThat(xml.toString()).contains("<Event").contains("GRB_NET.exe");
    }

    @Test
    void huntReadsEvtxAndFiresTheSameRuleAsOnTheJsonBesideIt() throws Exception {
        Path evtx = regressionSample("proc_creation_win_malware_grixba_recon");
        Path rules = SharedData.resolve("sigma/rules-emerging-threats").orElseThrow();
        for (Path input : List.of(evtx, Path.of(evtx.toString().replace(".evtx", ".json")))) {
            Path findings = dir.resolve(input.getFileName() + ".jsonl");
            int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    "hunt", input.toString(), "--rules", rules.toString(), "--no-progress", "--quiet",
                    "--format", "jsonl", "--output", findings.toString());
            assertThat(code).isEqualTo(ExitCodes.FINDINGS);
            assertThat(Files.readString(findings)).contains("af688c76-4ce4-4309-bfdd-e896f01acf27");
        }
    }
}

package io.longwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.longwatch.demo.DemoDataset;
import io.longwatch.demo.DemoManifest;
import io.longwatch.demo.DemoStep;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code longwatch demo}: the built-in rule pack finds every step of the generated campaign, and little else. */
class DemoEndToEndTest {

    private static final long SEED = 20260302L;

    @TempDir
    Path dir;

    @Test
    void builtinPackDetectsEveryCampaignStepWithFewFalsePositives() throws Exception {
        Path data = dir.resolve("data");
        Path findingsFile = dir.resolve("findings.jsonl");
        Path stats = dir.resolve("stats.json");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "demo", "--out", data.toString(), "--seed", Long.toString(SEED), "--no-progress",
                "--format", "jsonl", "--output", findingsFile.toString(), "--stats-json", stats.toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.FINDINGS);

        // The demo is deterministic: regenerating with the same seed gives the same ground truth.
        DemoManifest manifest = DemoDataset.generate(dir.resolve("again"), SEED);
        Set<String> malicious = new HashSet<>();
        for (DemoStep s : manifest.steps()) {
            malicious.add(key(s.file(), s.line()));
        }

        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> rulesByRecord = new HashMap<>();
        long falsePositives = 0;
        List<String> fpExamples = new ArrayList<>();
        for (String line : Files.readAllLines(findingsFile)) {
            JsonNode f = json.readTree(line);
            String k = key(f.at("/source/path").asText(), f.at("/source/line").asLong());
            rulesByRecord.computeIfAbsent(k, x -> new ArrayList<>()).add(f.at("/rule/title").asText());
            if (!malicious.contains(k)) {
                falsePositives++;
                if (fpExamples.size() < 10) {
                    fpExamples.add(k + " " + f.at("/rule/title").asText());
                }
            }
        }
        List<String> missed = new ArrayList<>();
        for (DemoStep s : manifest.steps()) {
            if (!rulesByRecord.containsKey(key(s.file(), s.line()))) {
                missed.add(s.id() + " (" + s.description() + ") at " + key(s.file(), s.line()));
            }
        }
        System.out.printf("demo: %d events, %d campaign events, %d detected, %d false-positive findings %s%n",
                manifest.events(), manifest.steps().size(), manifest.steps().size() - missed.size(), falsePositives,
                fpExamples);
        assertThat(missed).as("campaign events the built-in pack missed").isEmpty();
        long benign = manifest.events() - manifest.steps().size();
        assertThat((double) falsePositives / benign).as("false-positive findings per benign event: " + fpExamples)
                .isLessThan(0.001);
        JsonNode s = json.readTree(stats.toFile());
        assertThat(s.at("/events/read").asLong()).isEqualTo(manifest.events());
        assertThat(s.at("/rules/failed").asLong()).isZero();
    }

    /** Findings name files by path; the manifest may name them relative to the dataset folder. */
    private static String key(String file, long line) {
        return Path.of(file).getFileName() + ":" + line;
    }
}

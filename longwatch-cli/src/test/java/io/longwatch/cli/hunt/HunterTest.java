package io.longwatch.cli.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.longwatch.cli.output.FindingOutput;
import io.longwatch.core.detect.Detector;
import io.longwatch.core.detect.DetectorRun;
import io.longwatch.core.event.Event;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.finding.FindingSink;
import io.longwatch.core.finding.Level;
import io.longwatch.core.finding.RuleRef;
import io.longwatch.core.event.SourceRef;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.Inputs;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hunt's contract with detectors: one pass, one run per worker, one finish with every run. */
class HunterTest {

    @TempDir
    Path dir;

    /** Counts events per run and reports the total once, at the end: the shape of a stateful analytic. */
    private static final class CountingDetector implements Detector<CountingDetector.Run> {
        final List<Integer> finishedWith = new ArrayList<>();

        static final class Run implements DetectorRun {
            long seen;

            @Override
            public void accept(Event event, FindingSink out) {
                seen++;
                if ("alarm".equals(event.getText("msg"))) {
                    out.accept(finding("alarm", event.source()));
                }
            }
        }

        @Override
        public String name() {
            return "count";
        }

        @Override
        public Set<String> fieldsUsed() {
            return Set.of("msg");
        }

        @Override
        public Run newRun() {
            return new Run();
        }

        @Override
        public void finish(List<Run> runs, FindingSink out) {
            finishedWith.add(runs.size());
            long total = 0;
            for (Run r : runs) {
                total += r.seen;
            }
            out.accept(finding("total=" + total, new SourceRef("-", 0, -1)));
        }

        static Finding finding(String title, SourceRef source) {
            return new Finding("analytic", new RuleRef(title, title, Level.LOW, null, null), null, null,
                    Event.NO_TIME, null, null, source, null, Map.of("title", title));
        }
    }

    @Test
    void everyEventReachesOneRunAndFinishSeesThemAll() throws Exception {
        int files = 6;
        int perFile = 500;
        for (int f = 0; f < files; f++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < perFile; i++) {
                sb.append("{\"msg\":\"").append(i == 7 ? "alarm" : "m" + i).append("\",\"n\":").append(i).append("}\n");
            }
            Files.writeString(dir.resolve("f" + f + ".jsonl"), sb);
        }
        ProblemLog problems = new ProblemLog(10);
        List<InputUnit> units = Inputs.expand(List.of(dir.toString()), problems);
        CountingDetector detector = new CountingDetector();
        StringWriter out = new StringWriter();
        HuntStats stats;
        try (FindingOutput output = FindingOutput.of(FindingOutput.Format.JSONL, out)) {
            stats = new Hunter(List.of(detector), TimeWindow.parse(null, null), 2, problems)
                    .run(units, output, bytes -> { });
        }
        assertThat(stats.events).isEqualTo((long) files * perFile);
        assertThat(detector.finishedWith).containsExactly(2);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            lines.add(json.readTree(l));
        }
        assertThat(lines).hasSize(files + 1);
        // per-event findings come in input order, whatever thread read them; the late one comes last
        for (int f = 0; f < files; f++) {
            assertThat(lines.get(f).at("/source/path").asText()).endsWith("f" + f + ".jsonl");
            assertThat(lines.get(f).at("/source/line").asInt()).isEqualTo(8);
        }
        assertThat(lines.get(files).at("/detail/title").asText()).isEqualTo("total=" + files * perFile);
        assertThat(stats.findings).isEqualTo(files + 1);
    }
}

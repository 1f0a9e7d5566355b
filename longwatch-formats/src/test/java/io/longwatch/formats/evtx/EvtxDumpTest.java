package io.longwatch.formats.evtx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** {@code evtx dump}: the JSON lines are the evtx-crate layout, the XML is well-formed. */
class EvtxDumpTest {

    private static Path regressionData() {
        Optional<Path> root = SharedData.resolve("sigma/regression_data");
        Assumptions.assumeTrue(root.isPresent(), "LONGWATCH_DATA not found: skipping EVTX dump tests");
        return root.get();
    }

    @Test
    void jsonLinesFlattenLikeTheEvtxCrateJsonBesideEachRegressionFile() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(regressionData())) {
            files = s.filter(p -> p.toString().endsWith(".evtx")).sorted().toList();
        }
        int compared = 0;
        List<String> differences = new ArrayList<>();
        for (Path evtx : files) {
            Path json = evtx.resolveSibling(evtx.getFileName().toString().replace(".evtx", ".json"));
            if (!Files.exists(json)) {
                continue;
            }
            StringWriter out = new StringWriter();
            List<Problem> problems = new ArrayList<>();
            EvtxStats stats = EvtxDump.dump(evtx, "jsonl", out, problems::add);
            assertThat(problems).isEmpty();
            String[] lines = out.toString().split("\n");
            assertThat(lines).hasSize((int) stats.records());
            List<Map<String, Object>> dumped = EvtxCrateJson.canonical(out.toString().getBytes(StandardCharsets.UTF_8));
            List<Map<String, Object>> expected = EvtxCrateJson.canonical(Files.readAllBytes(json));
            if (!dumped.equals(expected)) {
                differences.add(evtx.getFileName() + ": " + diff(expected, dumped));
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(100);
        // the one hand-edited JSON sample (see EvtxRegressionDataTest) is the only difference
        assertThat(differences).singleElement().asString()
                .startsWith("ad691d92-15f2-4181-9aa4-723c74f9ddc3.evtx")
                .contains("ParentCommandLine");
    }

    private static String diff(List<Map<String, Object>> expected, List<Map<String, Object>> actual) {
        if (expected.size() != actual.size()) {
            return expected.size() + " vs " + actual.size() + " records";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < expected.size(); i++) {
            for (Map.Entry<String, Object> e : expected.get(i).entrySet()) {
                Object got = actual.get(i).get(e.getKey());
                if (!java.util.Objects.equals(got, e.getValue())) {
                    sb.append(e.getKey()).append(": <").append(got).append("> vs <").append(e.getValue()).append("> ");
                }
            }
            if (!actual.get(i).keySet().equals(expected.get(i).keySet())) {
                sb.append("fields ").append(actual.get(i).keySet()).append(" vs ").append(expected.get(i).keySet());
            }
        }
        return sb.toString();
    }

    @Test
    void xmlIsWellFormedWithOneEventPerRecord() throws Exception {
        Optional<Path> sample = SharedData.resolve("evtx/attack-samples/Lateral Movement/LM_xp_cmdshell_MSSQL_Events.evtx");
        Assumptions.assumeTrue(sample.isPresent(), "LONGWATCH_DATA not found: skipping EVTX dump XML test");
        Path file = sample.get();
        StringWriter out = new StringWriter();
        EvtxStats stats = EvtxDump.dump(file, "xml", out, p -> { });
        String[] records = out.toString().split("(?m)^Record ");
        assertThat(records.length - 1).isEqualTo(stats.records()).isPositive();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (int i = 1; i < records.length; i++) {
            String id = records[i].substring(0, records[i].indexOf('\n'));
            String xml = records[i].substring(records[i].indexOf('\n') + 1);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("Event");
            assertThat(id).matches("\\d+");
            assertThat(doc.getElementsByTagNameNS("*", "EventRecordID").item(0).getTextContent()).matches("\\d+");
            assertThat(doc.getElementsByTagNameNS("*", "Data").getLength()).isPositive();
        }
    }

    @Test
    void unknownFormatIsRefused() {
        assertThatThrownBy(() -> EvtxDump.dump(Path.of("x.evtx"), "csv", new StringWriter(), p -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("csv");
    }
}

package io.longwatch.formats.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.core.time.Timestamps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every .evtx in sigma/regression_data against the evtx-crate .json beside it: same number of
 * events, and for each record the same canonical fields with the same values.
 *
 * <p>Normalisation (the only differences tolerated): JSON numbers and booleans are compared by
 * their text, which is what the reader produces for integer and boolean values;
 * {@code TimeCreated_SystemTime} is compared as an instant (both sides parsed to UTC
 * microseconds), since its text form is a matter of formatting. String values are compared as
 * evtx-crate writes them, i.e. stripped of surrounding whitespace, which the reader does too.
 *
 * <p>One JSON sample differs from its own .evtx (the JSON was evidently edited by hand): listed in
 * {@link #JSON_EDITED}, where the reader must give the value stored in the binary (python-evtx
 * reads the same value from the .evtx).
 */
class EvtxRegressionDataTest {

    /** "file#EventRecordID field" -> {value in the .evtx, value in the hand-edited .json}. */
    private static final Map<String, List<String>> JSON_EDITED = Map.of(
            "ad691d92-15f2-4181-9aa4-723c74f9ddc3.evtx#23419552 ParentCommandLine",
            List.of("C:\\Windows\\Explorer.EXE", "C:\\Windows\\Explorer.exe"));

    @Test
    void everyRegressionEvtxReadsLikeItsJson() throws IOException {
        Optional<Path> root = SharedData.resolve("sigma/regression_data");
        Assumptions.assumeTrue(root.isPresent(), "LONGWATCH_DATA not found: skipping EVTX regression comparison");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root.get())) {
            files = s.filter(p -> p.toString().endsWith(".evtx")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        int compared = 0;
        long records = 0;
        long fieldsCompared = 0;
        int knownEdits = 0;
        List<String> mismatches = new ArrayList<>();
        ProblemLog problems = new ProblemLog(20);
        for (Path evtx : files) {
            Path json = evtx.resolveSibling(evtx.getFileName().toString().replace(".evtx", ".json"));
            if (!Files.exists(json)) {
                continue;
            }
            List<Event> events = new ArrayList<>();
            EvtxReader.read(evtx, evtx.toString(), events::add, problems);
            List<Map<String, Object>> expected = EvtxCrateJson.canonical(Files.readAllBytes(json));
            compared++;
            if (events.size() != expected.size()) {
                mismatches.add(evtx + ": " + events.size() + " events, json has " + expected.size());
                continue;
            }
            for (int i = 0; i < events.size(); i++) {
                Event actual = events.get(i);
                Map<String, Object> want = expected.get(i);
                records++;
                String where = evtx.getFileName() + "#" + actual.source().recordId();
                for (Map.Entry<String, Object> f : want.entrySet()) {
                    fieldsCompared++;
                    String name = f.getKey();
                    if (!actual.has(name)) {
                        mismatches.add(where + ": missing field " + name + " (json: " + f.getValue() + ")");
                        continue;
                    }
                    Object got = actual.get(name);
                    List<String> edited = JSON_EDITED.get(where + " " + name);
                    if (edited != null) {
                        assertThat(f.getValue()).as(where + " json value").isEqualTo(edited.get(1));
                        assertThat(got).as(where + " evtx value").isEqualTo(edited.get(0));
                        knownEdits++;
                        continue;
                    }
                    if (!same(name, f.getValue(), got)) {
                        mismatches.add(where + ": " + name + " = <" + got + "> but json has <" + f.getValue() + ">");
                    }
                }
                for (int k = 0; k < actual.size(); k++) {
                    if (!want.containsKey(actual.name(k))) {
                        mismatches.add(where + ": extra field " + actual.name(k) + " = " + actual.value(k));
                    }
                }
                assertThat(actual.timeMicros()).as(where + " time")
                        .isEqualTo(Timestamps.parseMicros((String) want.get("TimeCreated_SystemTime")));
                assertThat(actual.host()).as(where + " host").isEqualTo(want.get("Computer"));
            }
        }
        System.out.printf("EVTX vs JSON: %d files, %d records, %d fields compared, %d mismatches, %d problems%n",
                compared, records, fieldsCompared, mismatches.size(),
                problems.count(io.longwatch.core.problem.Problem.Stage.RECORD)
                        + problems.count(io.longwatch.core.problem.Problem.Stage.INPUT));
        assertThat(mismatches).as("mismatches (first shown)").isEmpty();
        assertThat(knownEdits).as("hand-edited JSON values seen").isEqualTo(JSON_EDITED.size());
        assertThat(compared).isGreaterThan(100);
        assertThat(records).isGreaterThanOrEqualTo(compared);
        assertThat(problems.count(io.longwatch.core.problem.Problem.Stage.RECORD)).isZero();
    }

    private static boolean same(String name, Object want, Object got) {
        if ("TimeCreated_SystemTime".equals(name) && want instanceof String w && got instanceof String g) {
            return Timestamps.parseMicros(w) == Timestamps.parseMicros(g);
        }
        return Objects.equals(want, got);
    }
}

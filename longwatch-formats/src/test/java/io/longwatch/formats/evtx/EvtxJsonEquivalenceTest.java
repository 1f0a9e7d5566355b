package io.longwatch.formats.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.problem.Problem;
import io.longwatch.formats.EventReaders;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.ReadOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The contract that lets every rule treat .evtx and JSON alike: the events {@link EvtxReader}
 * gives equal the events the project's JSON reader ({@link EventReaders}) gives for the
 * evtx-crate JSON of the same records — every field name and value, the time, the host and the
 * record id.
 *
 * <ul>
 *   <li>sigma/regression_data: each .evtx against the .json beside it. Two known differences, both
 *       in the JSON files rather than the readers: one hand-edited value (see
 *       {@link EvtxRegressionDataTest}) and one {@code TimeCreated_SystemTime} written with nine
 *       fraction digits where the reader writes six (the instants are equal, and compared).</li>
 *   <li>evtx/attack-samples and regression_data: each .evtx against its own {@link EvtxDump} JSON
 *       lines read back by the JSON reader (a round trip through the evtx-crate layout).</li>
 * </ul>
 */
class EvtxJsonEquivalenceTest {

    private static List<Path> evtxFiles(String folder) throws IOException {
        Optional<Path> root = SharedData.resolve(folder);
        Assumptions.assumeTrue(root.isPresent(), "LONGWATCH_DATA not found: skipping EVTX/JSON equivalence");
        try (Stream<Path> s = Files.walk(root.get())) {
            return s.filter(p -> p.toString().endsWith(".evtx")).sorted().toList();
        }
    }

    private static List<Event> evtx(Path file) {
        List<Event> events = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        EvtxReader.read(file, "same.evtx", events::add, problems::add);
        assertThat(problems).as(file.toString()).isEmpty();
        return events;
    }

    private static List<Event> json(byte[] bytes) {
        List<Event> events = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        EventReaders.read(InputUnit.ofBytes("same.json", bytes), ReadOptions.defaults(), events::add, problems::add);
        assertThat(problems).isEmpty();
        return events;
    }

    /** The differences between two events, as "field: evtx vs json" lines. */
    private static List<String> differences(Event a, Event b) {
        List<String> out = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < a.size(); i++) {
            names.add(a.name(i));
        }
        for (int i = 0; i < b.size(); i++) {
            names.add(b.name(i));
        }
        for (String n : names) {
            Object va = a.has(n) ? a.get(n) : "<absent>";
            Object vb = b.has(n) ? b.get(n) : "<absent>";
            if (!Objects.equals(va, vb)) {
                out.add(n + ": <" + va + "> vs <" + vb + ">");
            }
        }
        if (a.timeMicros() != b.timeMicros()) {
            out.add("time: " + a.timeMicros() + " vs " + b.timeMicros());
        }
        if (!Objects.equals(a.host(), b.host())) {
            out.add("host: " + a.host() + " vs " + b.host());
        }
        if (a.source().recordId() != b.source().recordId()) {
            out.add("recordId: " + a.source().recordId() + " vs " + b.source().recordId());
        }
        return out;
    }

    @Test
    void regressionEvtxGivesTheEventsOfItsJson() throws IOException {
        List<String> differences = new ArrayList<>();
        int events = 0;
        for (Path file : evtxFiles("sigma/regression_data")) {
            Path json = file.resolveSibling(file.getFileName().toString().replace(".evtx", ".json"));
            if (!Files.exists(json)) {
                continue;
            }
            List<Event> a = evtx(file);
            List<Event> b = json(Files.readAllBytes(json));
            assertThat(a).as(file.toString()).hasSameSizeAs(b);
            for (int i = 0; i < a.size(); i++) {
                events++;
                for (String d : differences(a.get(i), b.get(i))) {
                    differences.add(file.getFileName() + "#" + a.get(i).source().recordId() + " " + d);
                }
            }
        }
        assertThat(events).isEqualTo(238);
        assertThat(differences).containsExactlyInAnyOrder(
                "ad691d92-15f2-4181-9aa4-723c74f9ddc3.evtx#23419552 ParentCommandLine:"
                        + " <C:\\Windows\\Explorer.EXE> vs <C:\\Windows\\Explorer.exe>",
                "ad691d92-15f2-4181-9aa4-723c74f9ddc3.evtx#23419552 TimeCreated_SystemTime:"
                        + " <2026-03-20T08:31:26.751156Z> vs <2026-03-20T08:31:26.751156500Z>");
    }

    @Test
    void everyEvtxRoundTripsThroughItsJsonDump() throws IOException {
        List<Path> files = new ArrayList<>(evtxFiles("evtx/attack-samples"));
        files.addAll(evtxFiles("sigma/regression_data"));
        List<String> differences = new ArrayList<>();
        long events = 0;
        for (Path file : files) {
            List<Event> a = evtx(file);
            StringWriter out = new StringWriter();
            EvtxDump.dump(file, "jsonl", out, p -> { });
            List<Event> b = json(out.toString().getBytes(StandardCharsets.UTF_8));
            assertThat(a).as(file.toString()).hasSameSizeAs(b);
            for (int i = 0; i < a.size(); i++) {
                events++;
                for (String d : differences(a.get(i), b.get(i))) {
                    differences.add(file.getFileName() + " record #" + i + " " + d);
                }
            }
        }
        System.out.println("EVTX vs its JSON dump through the JSON reader: " + files.size() + " files, " + events
                + " events, " + differences.size() + " differences");
        assertThat(events).isEqualTo(8255 + 238);
        assertThat(differences).isEmpty();
    }
}

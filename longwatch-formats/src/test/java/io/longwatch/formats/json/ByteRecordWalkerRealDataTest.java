package io.longwatch.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.formats.FieldInterest;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.Inputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every record of the real corpora decodes identically through the byte walker and through
 * Jackson alone, and the walker takes (nearly) all of them.
 */
class ByteRecordWalkerRealDataTest {

    @Test
    void otrfRecordsDecodeIdenticallyAndAlmostAllTakeTheFastPath() throws IOException {
        Optional<Path> dir = SharedData.resolve("windows-json/otrf");
        assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping OTRF fast-path comparison");
        List<InputUnit> units = Inputs.expand(List.of(dir.get().toString()), new ProblemLog(10)).stream()
                .filter(u -> u.displayPath().endsWith(".json")).toList();
        assertThat(units).hasSizeGreaterThan(50);
        Totals all = new Totals();
        Totals some = new Totals();
        for (InputUnit unit : units) {
            byte[] content = bytesOf(unit);
            compare(unit.displayPath(), content, FieldInterest.all(), all);
            // A narrow interest makes the walker skip most values unread.
            compare(unit.displayPath(), content, FieldInterest.of(Set.of("Image", "CommandLine", "TargetObject")), some);
        }
        System.out.printf("OTRF fast path: %d events identical by both paths, %d by the walker (%.3f %%),"
                        + " %d by Jackson; narrow interest: %d walked of %d%n", all.events, all.walked,
                100.0 * all.walked / all.events, all.byJackson, some.walked, some.events);
        assertThat(all.events).isGreaterThan(100_000);
        assertThat(all.walked * 100).isGreaterThanOrEqualTo(all.events * 99);
        assertThat(some.walked * 100).isGreaterThanOrEqualTo(some.events * 99);
    }

    @Test
    void sigmaRegressionSamplesDecodeIdentically() throws IOException {
        Optional<Path> dir = SharedData.resolve("sigma/regression_data");
        assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping sigma regression_data fast-path comparison");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir.get())) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        Totals totals = new Totals();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            compare(file.toString(), content, FieldInterest.all(), totals);
        }
        System.out.printf("sigma regression_data: %d files, %d events identical by both paths, %d by the walker,"
                + " %d by Jackson%n", files.size(), totals.events, totals.walked, totals.byJackson);
        assertThat(totals.events).isGreaterThanOrEqualTo(files.size());
        assertThat(totals.walked * 100).isGreaterThanOrEqualTo(totals.events * 99);
    }

    private static final class Totals {
        long events;
        long walked;
        long byJackson;
    }

    private static void compare(String name, byte[] content, FieldInterest interest, Totals totals) {
        boolean documents = JsonEventReader.looksLikeDocuments(content, Math.min(content.length, 64 * 1024));
        BothPaths.Read fast = BothPaths.read(content, documents, interest, true);
        BothPaths.Read slow = BothPaths.read(content, documents, interest, false);
        assertThat(fast.stats()).as(name).isEqualTo(slow.stats());
        assertThat(fast.problems()).as(name).isEqualTo(slow.problems());
        assertThat(fast.events()).as(name).hasSameSizeAs(slow.events());
        for (int i = 0; i < fast.events().size(); i++) {
            String expected = BothPaths.describe(slow.events().get(i));
            String actual = BothPaths.describe(fast.events().get(i));
            if (!actual.equals(expected)) {
                assertThat(actual).as(name + " event " + i).isEqualTo(expected);
            }
        }
        assertThat(slow.walked()).isZero();
        totals.events += fast.events().size();
        totals.walked += fast.walked();
        totals.byJackson += fast.byJackson();
    }

    private static byte[] bytesOf(InputUnit unit) throws IOException {
        try (InputStream in = unit.open()) {
            return in.readAllBytes();
        }
    }
}

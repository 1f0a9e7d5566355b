package io.longwatch.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.event.WindowsFields;
import io.longwatch.core.problem.ProblemLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every evtx-crate JSON sample shipped with SigmaHQ's regression data reads completely. */
class RegressionDataTest {

    @Test
    void everySigmaRegressionJsonReadsToWindowsEvents() throws IOException {
        Optional<Path> dir = SharedData.resolve("sigma/regression_data");
        assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping sigma regression_data test");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir.get())) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        long total = 0;
        for (Path file : files) {
            ProblemLog problems = new ProblemLog(10);
            TestSupport t = new TestSupport();
            t.stats = EventReaders.read(InputUnit.ofFile(file), ReadOptions.defaults(), t.events::add, problems);
            assertThat(t.events).as(file.toString()).isNotEmpty();
            assertThat(t.events).as("events vs top-level documents in " + file).hasSize(countDocuments(file));
            assertThat(problems.examples(io.longwatch.core.problem.Problem.Stage.RECORD)).as(file.toString()).isEmpty();
            for (Event e : t.events) {
                assertThat(e.getText(WindowsFields.EVENT_ID)).as(file + " EventID").matches("\\d+");
                assertThat(e.getText(WindowsFields.CHANNEL)).as(file + " Channel").isNotBlank();
                assertThat(e.getText(WindowsFields.PROVIDER_NAME)).as(file + " Provider_Name").isNotBlank();
                assertThat(e.getText(WindowsFields.COMPUTER)).as(file + " Computer").isNotBlank();
                assertThat(e.timeMicros()).as(file + " time").isNotEqualTo(Event.NO_TIME);
                assertThat(e.host()).isEqualTo(e.getText(WindowsFields.COMPUTER));
                assertThat(e.source().line()).isPositive();
                assertThat(e.source().recordId()).isEqualTo(Long.parseLong(e.getText(WindowsFields.EVENT_RECORD_ID)));
            }
            total += t.events.size();
        }
        assertThat(total).isGreaterThanOrEqualTo(files.size());
    }

    /** Independent count: top-level values (or elements of a top-level array) per Jackson's own parser. */
    private static int countDocuments(Path file) throws IOException {
        int n = 0;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                        p.skipChildren();
                        n++;
                    }
                } else {
                    p.skipChildren();
                    n++;
                }
            }
        }
        return n;
    }
}

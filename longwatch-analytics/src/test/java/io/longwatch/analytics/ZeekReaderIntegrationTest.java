package io.longwatch.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.formats.EventReaders;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.ReadOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The product's Zeek reader (TSV and JSON) feeds the analytics the same findings as the test-side parse. */
class ZeekReaderIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"001-zeek-scenario-malicious", "002-zeek-scenario-port-scanning",
        "005-zeek-scenario-malicious", "009-zeek-malicious", "011-zeek-mixed"})
    void sameFindingsFromTheProductReader(String capture) {
        Optional<Path> root = SharedData.resolve("zeek/stratosphere/" + capture);
        Assumptions.assumeTrue(root.isPresent(), "LONGWATCH_DATA not found: skipping the Zeek reader integration");
        List<Event> reference = ZeekLogs.folder(root.get(), "conn", "dns", "http", "ssl");
        NetworkAnalytics detector = NetworkAnalytics.detector(AnalyticsOptions.defaults());
        ReadOptions options = ReadOptions.forDetectors(List.of(detector));
        List<Event> product = new ArrayList<>();
        ProblemLog problems = new ProblemLog(20);
        for (Event e : reference) {
            if (product.isEmpty() || !product.get(product.size() - 1).source().path().equals(e.source().path())) {
                EventReaders.read(InputUnit.ofFile(Path.of(e.source().path())), options, product::add, problems);
            }
        }
        assertThat(problems.count(io.longwatch.core.problem.Problem.Stage.RECORD)).isZero();
        assertThat(product).hasSameSizeAs(reference);
        List<Finding> expected = Analyse.run(AnalyticsOptions.defaults(), reference, 1);
        List<Finding> actual = Analyse.run(AnalyticsOptions.defaults(), product, 1);
        assertThat(actual).extracting(Finding::detail).isEqualTo(expected.stream().map(Finding::detail).toList());
        assertThat(actual).isNotEmpty();
    }
}

package io.longwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.formats.EventReaders;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.Inputs;
import io.longwatch.formats.ReadOptions;
import io.longwatch.sigma.eval.EngineMatcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The matcher remembers what the prefilter found in recent values of a field and answers a
 * repeated value from memory. On real data (OTRF Windows events, every public rule) a matcher
 * that has seen the corpus must give each event exactly the findings, in the same order, that a
 * matcher seeing that event first gives.
 */
class ScanMemoRealDataTest {

    private static final int EVENTS = 40_000;

    @Test
    void rememberedScansGiveTheSameFindingsAsFreshOnes() {
        Optional<Path> dir = SharedData.resolve("windows-json/otrf");
        assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping the scan memo check on OTRF");
        ProblemLog problems = new ProblemLog(10);
        SigmaEngine engine = SigmaEngine.compile(CorpusRules.load(problems).rules(), LogsourceMapping.defaults(),
                Map.of(), problems);
        List<Event> events = new ArrayList<>();
        // Every member of the corpus contributes, so all kinds of event are in the sample.
        List<InputUnit> units = Inputs.expand(List.of(dir.get().toString()), problems);
        int perUnit = Math.max(1, EVENTS / Math.max(1, units.size()));
        for (InputUnit u : units) {
            List<Event> some = new ArrayList<>();
            EventReaders.read(u, ReadOptions.defaults(), e -> {
                if (some.size() < perUnit) {
                    some.add(e);
                }
            }, problems);
            events.addAll(some);
        }
        assertThat(events).hasSizeGreaterThan(10_000);

        EngineMatcher warm = (EngineMatcher) engine.newMatcher();
        for (Event e : events) {
            warm.match(e, f -> { });
        }
        long scansBefore = warm.fieldScans();
        long rememberedBefore = warm.scansRemembered();
        int findings = 0;
        for (Event e : events) {
            List<Finding> fromMemo = new ArrayList<>();
            warm.match(e, fromMemo::add);
            List<Finding> fresh = new ArrayList<>();
            engine.newMatcher().match(e, fresh::add);
            assertThat(fromMemo).as("findings of %s", e.source()).isEqualTo(fresh);
            findings += fresh.size();
        }
        long scans = warm.fieldScans() - scansBefore;
        long remembered = warm.scansRemembered() - rememberedBefore;
        System.out.printf("scan memo on %,d OTRF events: %,d findings identical; %.1f%% of %,d field scans remembered%n",
                events.size(), findings, 100.0 * remembered / scans, scans);
        assertThat(findings).isPositive();
        assertThat(remembered).as("the memo answered most repeated scans").isGreaterThan(scans / 3);
    }
}

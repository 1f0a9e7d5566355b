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
import io.longwatch.sigma.compile.Bucket;
import io.longwatch.sigma.compile.LiteralAutomaton;
import io.longwatch.sigma.compile.Router;
import io.longwatch.sigma.eval.EngineMatcher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts the matcher takes to find trigger literals must not change what it finds, checked
 * on real data (OTRF Windows events, every public rule):
 * <ul>
 *   <li>it remembers what the prefilter found in recent values of a field and answers a repeated
 *   value from memory: a matcher that has seen the corpus must give each event exactly the
 *   findings, in the same order, that a matcher seeing that event first gives;</li>
 *   <li>where a field's automaton offers a skipping scanner, it times both and keeps the faster:
 *   both must report the same literals on every real value.</li>
 * </ul>
 */
class PrefilterShortcutsRealDataTest {

    private static final int EVENTS = 40_000;

    private static SigmaEngine engine;
    private static List<Event> events;

    /** The engine over every public rule and a sample of every OTRF member (loaded once). */
    private static synchronized void load() {
        if (engine != null) {
            return;
        }
        Optional<Path> dir = SharedData.resolve("windows-json/otrf");
        assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping the prefilter shortcut checks on OTRF");
        ProblemLog problems = new ProblemLog(10);
        engine = SigmaEngine.compile(CorpusRules.load(problems).rules(), LogsourceMapping.defaults(),
                Map.of(), problems);
        events = new ArrayList<>();
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
    }

    @Test
    void rememberedScansGiveTheSameFindingsAsFreshOnes() {
        load();
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

    @Test
    void skippingAndTheAutomatonFindTheSameLiteralsInRealValues() {
        load();
        Router router = engine.router();
        String[] fields = engine.fieldNames();
        long compared = 0;
        long withHits = 0;
        for (Event e : events) {
            Bucket bucket = router.lookup(e.getText("Channel"), e.getText("EventID"));
            for (int f = 0; f < bucket.scanFields().length; f++) {
                LiteralAutomaton a = bucket.automata()[f];
                if (a == null || !a.trialSkipping() || bucket.scanFields()[f] < 0) {
                    continue;
                }
                String value = e.getText(fields[bucket.scanFields()[f]]);
                if (value == null) {
                    continue;
                }
                char[] text = value.toCharArray();
                Set<Integer> byAutomaton = new TreeSet<>();
                a.scan(text, text.length, byAutomaton::add);
                Set<Integer> bySkipping = new TreeSet<>();
                a.scanSkipping(text, text.length, bySkipping::add);
                assertThat(bySkipping).as("%s in %s", fields[bucket.scanFields()[f]], e.source()).isEqualTo(byAutomaton);
                compared++;
                if (!byAutomaton.isEmpty()) {
                    withHits++;
                }
            }
        }
        System.out.printf("skip trial on OTRF: %,d values of fields offering both scanners, %,d with literals found, "
                + "same literals by both%n", compared, withHits);
        assertThat(compared).as("PowerShell contexts and other such fields were compared").isGreaterThan(1_000);
        assertThat(withHits).isPositive();
    }
}

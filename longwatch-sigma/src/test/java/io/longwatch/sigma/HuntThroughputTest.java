package io.longwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.formats.EventReaders;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.Inputs;
import io.longwatch.formats.ReadOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A quick single-thread measurement on real data (OTRF flattened Windows JSON, every public
 * rule): parse-only throughput, parse + hunt throughput, and match-only cost per event. The
 * lead's benchmark is the yardstick; this keeps the figures visible in every test run.
 */
class HuntThroughputTest {

    private static final long MAX_EVENTS = Long.getLong("longwatch.bench.events", 100_000);

    @Test
    void huntKeepsUpWithParsing() {
        Optional<Path> dir = SharedData.resolve("windows-json/otrf");
        assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping throughput measurement");
        ProblemLog problems = new ProblemLog(10);
        RuleLoadResult loaded = CorpusRules.load(problems);
        SigmaEngine engine = SigmaEngine.compile(loaded.rules(), LogsourceMapping.defaults(), Map.of(), problems);
        List<InputUnit> units = Inputs.expand(List.of(dir.get().toString()), problems).stream()
                .filter(u -> u.displayPath().endsWith(".json")).toList();

        List<InputUnit> chosen = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (InputUnit u : units) {
            if (events.size() >= MAX_EVENTS) {
                break;
            }
            chosen.add(u);
            EventReaders.read(u, ReadOptions.defaults(), events::add, problems);
        }
        SigmaMatcher matcher = engine.newMatcher();
        long[] fired = {0};
        // warm-up
        for (int i = 0; i < 2; i++) {
            for (Event e : events) {
                matcher.match(e, f -> fired[0]++);
            }
            parse(chosen, problems, null);
        }
        long t0 = System.nanoTime();
        long n = parse(chosen, problems, null);
        long parseNs = System.nanoTime() - t0;
        fired[0] = 0;
        t0 = System.nanoTime();
        parse(chosen, problems, e -> matcher.match(e, f -> fired[0]++));
        long huntNs = System.nanoTime() - t0;
        t0 = System.nanoTime();
        long matchFired = 0;
        for (Event e : events) {
            matchFired += matcher.match(e, f -> { });
        }
        long matchNs = System.nanoTime() - t0;
        double parseRate = n * 1e9 / parseNs;
        double huntRate = n * 1e9 / huntNs;
        System.out.printf("OTRF %d events from %d members, %d rules (%d variants):%n", n, chosen.size(),
                engine.ruleCount(), engine.variantCount());
        System.out.printf("  parse only   %,10.0f events/s%n", parseRate);
        System.out.printf("  parse + hunt %,10.0f events/s (%.0f %% of parse-only), %d findings%n", huntRate,
                100 * huntRate / parseRate, fired[0]);
        System.out.printf("  match only   %,10.0f events/s (%.2f us/event)%n", events.size() * 1e9 / matchNs,
                matchNs / 1e3 / events.size());
        assertThat(n).isPositive();
        assertThat(matchFired).isEqualTo(fired[0]);
    }

    private static long parse(List<InputUnit> units, ProblemLog problems, java.util.function.Consumer<Event> then) {
        long[] n = {0};
        for (InputUnit u : units) {
            EventReaders.read(u, ReadOptions.defaults(), e -> {
                n[0]++;
                if (then != null) {
                    then.accept(e);
                }
            }, problems);
        }
        return n[0];
    }
}

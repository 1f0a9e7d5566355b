package io.longwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.formats.EventReaders;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Acceptance 2: each rule in SigmaHQ's regression data fires on its own sample (exactly
 * {@code match_count} times when given), hunting with the whole public rule set compiled once.
 */
class RegressionDataTest {

    private record Case(Path info, String ruleId, String title, Path sample, Integer matchCount) {
    }

    /** The same samples as JSON (evtx-crate layout) and as the original .evtx must pass at the same rate. */
    @ParameterizedTest(name = "samples read from .{0}")
    @ValueSource(strings = {"json", "evtx"})
    void everyRuleFiresOnItsOwnSample(String sampleKind) throws IOException {
        List<Path> folders = CorpusRules.folders();
        Path sigma = folders.get(0).getParent();
        ProblemLog problems = new ProblemLog(20);
        RuleLoadResult loaded = SigmaRuleLoader.load(folders, problems);
        SigmaEngine engine = SigmaEngine.compile(loaded.rules(), LogsourceMapping.defaults(), Map.of(), problems);
        SigmaMatcher matcher = engine.newMatcher();

        List<Case> cases = cases(sigma, sampleKind);
        assertThat(cases).hasSizeGreaterThan(150);
        int passed = 0;
        List<String> failures = new ArrayList<>();
        long events = 0;
        long findings = 0;
        for (Case c : cases) {
            List<Event> sample = new ArrayList<>();
            EventReaders.read(InputUnit.ofFile(c.sample()), ReadOptions.defaults(), sample::add, problems);
            events += sample.size();
            int fired = 0;
            List<String> others = new ArrayList<>();
            for (Event e : sample) {
                List<Finding> out = new ArrayList<>();
                matcher.match(e, out::add);
                findings += out.size();
                for (Finding f : out) {
                    if (c.ruleId().equals(f.rule().id())) {
                        fired++;
                    } else {
                        others.add(f.rule().id());
                    }
                }
            }
            boolean ok = fired > 0 && (c.matchCount() == null || c.matchCount() == fired);
            if (ok) {
                passed++;
            } else {
                boolean known = engine.rules().stream().anyMatch(r -> c.ruleId().equals(r.id()));
                failures.add(String.format("%s [%s] fired %d, expected %s, events %d%s (%s)", c.ruleId(), c.title(), fired,
                        c.matchCount() == null ? ">0" : c.matchCount(), sample.size(), known ? "" : ", RULE NOT LOADED",
                        sigma.relativize(c.sample())));
            }
        }
        double rate = 100.0 * passed / cases.size();
        System.out.printf("regression (." + sampleKind + "): %d/%d passed (%.2f %%), %d events, %d findings in total%n", passed, cases.size(),
                rate, events, findings);
        failures.forEach(f -> System.out.println("  FAIL " + f));
        assertThat(rate).isGreaterThanOrEqualTo(98.0);
    }

    private static List<Case> cases(Path sigma, String sampleKind) throws IOException {
        List<Path> infos;
        try (Stream<Path> s = Files.walk(sigma.resolve("regression_data"))) {
            infos = s.filter(p -> p.getFileName().toString().equals("info.yml")).sorted().toList();
        }
        List<Case> out = new ArrayList<>();
        Load load = new Load(LoadSettings.builder().build());
        for (Path info : infos) {
            Map<?, ?> doc = (Map<?, ?>) load.loadFromString(Files.readString(info));
            Map<?, ?> meta = (Map<?, ?>) ((List<?>) doc.get("rule_metadata")).get(0);
            Object tests = doc.get("regression_tests_info");
            if (!(tests instanceof List<?> list)) {
                System.out.println("  no regression test given (skipped): " + sigma.relativize(info));
                continue;
            }
            for (Object t : list) {
                Map<?, ?> test = (Map<?, ?>) t;
                if (!"evtx".equals(String.valueOf(test.get("type")))) {
                    System.out.println("  non-evtx regression test (skipped): " + sigma.relativize(info));
                    continue;
                }
                String evtx = test.get("path").toString();
                Path sample = sigma.resolve(evtx.substring(0, evtx.length() - ".evtx".length()) + "." + sampleKind);
                Object mc = test.get("match_count");
                out.add(new Case(info, meta.get("id").toString(), String.valueOf(meta.get("title")), sample,
                        mc == null ? null : Integer.valueOf(mc.toString())));
            }
        }
        return out;
    }
}

package io.longwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemLog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad rules are reported with place, kind and the rule part; the other rules still load and run. */
class BadRuleTest {

    private static final String GOOD = """
            title: good
            id: 00000000-0000-0000-0000-000000000001
            logsource:
                product: test
            detection:
                sel:
                    A: 'x'
                condition: sel
            """;

    private static String rule(String id, String detection) {
        return """
                title: bad
                id: %s
                logsource:
                    product: test
                detection:
                """.formatted(id) + detection.stripIndent().indent(4);
    }

    private record Outcome(ProblemLog problems, SigmaEngine engine, RuleLoadResult loaded) {
        Problem only(String kind) {
            List<Problem> ps = problems.examples(Problem.Stage.RULE).stream().filter(p -> p.kind().equals(kind)).toList();
            assertThat(ps).hasSize(1);
            return ps.get(0);
        }

        boolean goodStillFires() {
            return engine.newMatcher().match(RuleKit.event("A", "x"), f -> { }) == 1;
        }
    }

    /** A bad rule with one selection of one field item, loaded beside the good rule. */
    private static Outcome loadSelection(String id, String key, String yamlValue) {
        return load(rule(id, "sel:\n    " + key + ": " + yamlValue + "\ncondition: sel\n"));
    }

    /** The one problem of a kind, checked to name the bad rule's place; the good rule still fires. */
    private static Problem reported(Outcome o, String kind, String id) {
        Problem p = o.only(kind);
        assertThat(p.place()).isEqualTo("bad.yml (" + id + ")");
        assertThat(o.goodStillFires()).isTrue();
        return p;
    }

    private static Outcome load(String bad) {
        ProblemLog problems = new ProblemLog(10);
        RuleLoadResult a = SigmaRuleLoader.loadText("bad.yml", bad, problems);
        RuleLoadResult b = SigmaRuleLoader.loadText("good.yml", GOOD, problems);
        List<SigmaRule> all = new java.util.ArrayList<>(a.rules());
        all.addAll(b.rules());
        SigmaEngine engine = SigmaEngine.compile(all, LogsourceMapping.defaults(), Map.of(), problems);
        return new Outcome(problems, engine, a);
    }

    @Test
    void malformedYaml() {
        Outcome o = load("title: x\ndetection: [unclosed\n  sel: {");
        assertThat(o.loaded().failed()).isEqualTo(1);
        Problem p = o.only("yaml.malformed");
        assertThat(p.place()).startsWith("bad.yml");
        assertThat(o.goodStillFires()).isTrue();
    }

    @Test
    void unknownModifier() {
        Outcome o = loadSelection("00000000-0000-0000-0000-0000000000a1", "A|containz", "'x'");
        Problem p = reported(o, "rule.modifier-unknown", "00000000-0000-0000-0000-0000000000a1");
        assertThat(p.message()).contains("containz").contains("detection.sel");
    }

    @Test
    void invalidRegex() {
        Outcome o = loadSelection("00000000-0000-0000-0000-0000000000a2", "A|re", "'(unclosed'");
        assertThat(o.engine().failedCount()).isEqualTo(1);
        Problem p = reported(o, "regex.invalid", "00000000-0000-0000-0000-0000000000a2");
        assertThat(p.message()).contains("A|re").contains("(unclosed");
    }

    @Test
    void unknownIdentifierInCondition() {
        Outcome o = load(rule("00000000-0000-0000-0000-0000000000a3", """
                sel:
                    A: 'x'
                condition: sel and missing
                """));
        Problem p = reported(o, "rule.condition-unknown-identifier", "00000000-0000-0000-0000-0000000000a3");
        assertThat(p.message()).contains("missing");
    }

    @Test
    void catastrophicRegexReturnsQuickly() {
        Outcome o = loadSelection("00000000-0000-0000-0000-0000000000a4", "A|re", "'(a+)+$'");
        SigmaMatcher m = o.engine().newMatcher();
        String evil = "a".repeat(5000) + "!";
        long t0 = System.nanoTime();
        m.match(RuleKit.event("A", evil), f -> { });
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2000);
    }

    @Test
    void backtrackingFallbackRegexIsGuarded() {
        // a back-reference forces the java.util.regex fallback, which backtracks exponentially here
        Outcome o = loadSelection("00000000-0000-0000-0000-0000000000a5", "A|re", "'^(a|aa)+\\1b'");
        assertThat(o.engine().ruleCount()).as(o.problems().examples(Problem.Stage.RULE).toString()).isEqualTo(2);
        SigmaMatcher m = o.engine().newMatcher();
        long t0 = System.nanoTime();
        int fired = 0;
        for (int i = 0; i < 3; i++) {
            fired += m.match(RuleKit.event("A", "a".repeat(40) + "!b"), f -> { });
        }
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5000);
        assertThat(fired).isZero();
        assertThat(o.problems().countsByKind(Problem.Stage.EVALUATION)).containsEntry("regex.budget", 1L);
        // and the fallback still works on normal input
        assertThat(m.match(RuleKit.event("A", "aaaab"), f -> { })).isEqualTo(1);
    }

    @Test
    void correlationIsDeferredNotFailed() {
        ProblemLog problems = new ProblemLog(10);
        RuleLoadResult r = SigmaRuleLoader.loadText("corr.yml", GOOD + """
                ---
                title: many failures
                id: 00000000-0000-0000-0000-0000000000c1
                correlation:
                    type: event_count
                    rules: [00000000-0000-0000-0000-000000000001]
                    group-by: [User]
                    timespan: 5m
                    condition:
                        gte: 10
                """, problems);
        assertThat(r.rules()).hasSize(1);
        assertThat(r.deferred()).isEqualTo(1);
        assertThat(r.failed()).isZero();
        assertThat(problems.countsByKind(Problem.Stage.RULE)).containsEntry("rule.deferred", 1L);
    }

    @Test
    void globalActionMergesIntoFollowingDocuments() {
        ProblemLog problems = new ProblemLog(10);
        RuleLoadResult r = SigmaRuleLoader.loadText("multi.yml", """
                action: global
                title: shared title
                logsource:
                    product: test
                detection:
                    sel:
                        A: 'x'
                    condition: sel
                ---
                id: 00000000-0000-0000-0000-0000000000d1
                ---
                id: 00000000-0000-0000-0000-0000000000d2
                detection:
                    sel:
                        A: 'y'
                """, problems);
        assertThat(r.rules()).extracting(SigmaRule::id)
                .containsExactly("00000000-0000-0000-0000-0000000000d1", "00000000-0000-0000-0000-0000000000d2");
        assertThat(r.rules()).extracting(SigmaRule::title).containsOnly("shared title");
        SigmaEngine e = SigmaEngine.compile(r.rules(), LogsourceMapping.defaults(), Map.of(), problems);
        assertThat(e.newMatcher().match(RuleKit.event("A", "y"), f -> { })).isEqualTo(1);
    }
}

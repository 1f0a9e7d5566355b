package io.longwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemLog;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Acceptance 1: every public SigmaHQ detection rule parses and compiles (>= 99.5 %). */
class RuleCorpusLoadTest {

    @Test
    void publicRulesLoadAndCompile() {
        ProblemLog problems = new ProblemLog(10_000);
        long t0 = System.nanoTime();
        RuleLoadResult loaded = CorpusRules.load(problems);
        long t1 = System.nanoTime();
        SigmaEngine engine = SigmaEngine.compile(loaded.rules(), LogsourceMapping.defaults(), Map.of(), problems);
        long t2 = System.nanoTime();
        System.out.printf("load %d ms, compile %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);

        int documents = loaded.rules().size() + loaded.failed() + loaded.deferred();
        int usable = engine.ruleCount();
        int failures = loaded.failed() + engine.failedCount();
        double rate = 100.0 * usable / (documents - loaded.deferred());
        System.out.printf("rule files %d, documents %d: compiled %d, failed %d (parse %d, compile %d), deferred %d -> %.2f %%%n",
                loaded.files(), documents, usable, failures, loaded.failed(), engine.failedCount(), loaded.deferred(), rate);
        System.out.printf("variants %d, untriggerable by prefilter %d, fields used %d, keywords %s%n",
                engine.variantCount(), engine.untriggeredCount(), engine.fieldsUsed().size(), engine.needsAllFields());
        Map<String, Long> byKind = new TreeMap<>(problems.countsByKind(Problem.Stage.RULE));
        System.out.println("RULE problems by kind: " + byKind);
        List<Problem> examples = problems.examples(Problem.Stage.RULE);
        for (Problem p : examples) {
            if (!p.kind().equals("rule.deferred") && !p.kind().equals("logsource.unmapped")
                    && !p.kind().equals("placeholder.unresolved")) {
                System.out.println("  FAILED " + p);
            }
        }
        assertThat(loaded.files()).isGreaterThan(3000);
        assertThat(rate).isGreaterThanOrEqualTo(99.5);
    }
}

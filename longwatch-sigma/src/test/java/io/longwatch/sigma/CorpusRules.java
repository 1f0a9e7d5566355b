package io.longwatch.sigma;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.problem.ProblemSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** The public SigmaHQ rule folders, located through {@link SharedData}. */
final class CorpusRules {

    static final String[] FOLDERS = {"rules", "rules-emerging-threats", "rules-threat-hunting", "rules-dfir",
        "rules-compliance"};

    private CorpusRules() {
    }

    /** The rule folders, or skips the test when the corpus is absent. */
    static List<Path> folders() {
        Optional<Path> sigma = SharedData.resolve("sigma");
        Assumptions.assumeTrue(sigma.isPresent(), "LONGWATCH_DATA not found: skipping Sigma corpus test");
        List<Path> out = new ArrayList<>();
        for (String f : FOLDERS) {
            out.add(sigma.get().resolve(f));
        }
        return out;
    }

    static RuleLoadResult load(ProblemSink problems) {
        return SigmaRuleLoader.load(folders(), problems);
    }
}

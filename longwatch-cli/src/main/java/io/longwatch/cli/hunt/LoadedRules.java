package io.longwatch.cli.hunt;

import io.longwatch.core.problem.ProblemLog;
import io.longwatch.sigma.LogsourceMapping;
import io.longwatch.sigma.RuleLoadResult;
import io.longwatch.sigma.RuleSelector;
import io.longwatch.sigma.SigmaEngine;
import io.longwatch.sigma.SigmaRule;
import io.longwatch.sigma.SigmaRuleLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rules loaded from files and/or built-in texts, selected and compiled once for a run.
 *
 * @param engine the compiled engine (shared by all worker threads)
 * @param files rule files read
 * @param parsed rules parsed (before selection)
 * @param selected rules left after selection
 * @param failed rules that failed to parse or compile
 * @param deferred correlation/filter rules set aside for a later release
 */
public record LoadedRules(SigmaEngine engine, int files, int parsed, int selected, int failed, int deferred) {

    /** A rule text that does not come from a file (the built-in pack). */
    public record Text(String place, String yaml) {
    }

    /** Loads, selects and compiles; every failure goes to {@code problems}. */
    public static LoadedRules load(List<Path> paths, List<Text> texts, RuleOptions options, ProblemLog problems) {
        RuleSelector selector = options.selector();
        List<SigmaRule> all = new ArrayList<>();
        int files = 0;
        int failed = 0;
        int deferred = 0;
        if (!paths.isEmpty()) {
            RuleLoadResult r = SigmaRuleLoader.load(paths, problems);
            all.addAll(r.rules());
            files += r.files();
            failed += r.failed();
            deferred += r.deferred();
        }
        for (Text t : texts) {
            RuleLoadResult r = SigmaRuleLoader.loadText(t.place(), t.yaml(), problems);
            all.addAll(r.rules());
            files += r.files();
            failed += r.failed();
            deferred += r.deferred();
        }
        List<SigmaRule> chosen = new ArrayList<>();
        for (SigmaRule rule : all) {
            if (selector.test(rule) && options.productAllowed(rule)) {
                chosen.add(rule);
            }
        }
        SigmaEngine engine = SigmaEngine.compile(chosen, LogsourceMapping.defaults(), Map.of(), problems);
        return new LoadedRules(engine, files, all.size(), chosen.size(), failed + engine.failedCount(), deferred);
    }
}

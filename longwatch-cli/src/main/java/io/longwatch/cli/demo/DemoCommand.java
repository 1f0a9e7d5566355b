package io.longwatch.cli.demo;

import io.longwatch.cli.hunt.HuntSession;
import io.longwatch.cli.hunt.LoadedRules;
import io.longwatch.cli.hunt.RuleOptions;
import io.longwatch.cli.hunt.RunOptions;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.demo.BuiltinRulePack;
import io.longwatch.demo.DemoDataset;
import io.longwatch.demo.DemoManifest;
import io.longwatch.demo.RuleText;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.Inputs;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code longwatch demo}: generates the built-in ministry dataset and hunts it with the built-in
 * Longwatch rule pack (plus any {@code --rules} given).
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Generate the built-in demo dataset (a small ministry network over four weeks, with a",
            "state-backed espionage campaign hidden in ordinary activity) and hunt it with the built-in",
            "Longwatch rule pack. Add --rules to hunt it with other Sigma rules too."
        })
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the dataset (default: a folder under the system temp dir).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Dataset seed (default: ${DEFAULT-VALUE}).")
    long seed = 20260302L;

    @Option(names = "--no-builtin-rules", description = "Hunt only with the rules given by --rules.")
    boolean noBuiltinRules;

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @Mixin
    RunOptions runOptions = new RunOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path dir = out != null ? out : Path.of(System.getProperty("java.io.tmpdir"), "longwatch-demo-" + seed);
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        DemoManifest manifest = DemoDataset.generate(dir, seed);
        err.printf(Locale.ROOT, "Demo dataset: %,d events in %d files under %s (generated in %.1f s)%n",
                manifest.events(), manifest.files().size(), manifest.dir(), (System.nanoTime() - t0) / 1e9);
        err.printf(Locale.ROOT, "Ground truth: %d malicious events of the campaign, listed in %s%n%n",
                manifest.steps().size(), manifest.dir().resolve("truth.json"));
        err.flush();

        List<LoadedRules.Text> texts = new ArrayList<>();
        if (!noBuiltinRules) {
            for (RuleText r : BuiltinRulePack.rules()) {
                texts.add(new LoadedRules.Text("builtin:" + r.name(), r.yaml()));
            }
        }
        ProblemLog problems = new ProblemLog(RunOptions.PROBLEMS_KEPT_PER_KIND);
        List<String> paths = new ArrayList<>();
        for (Path f : manifest.files()) {
            paths.add(f.toString());
        }
        List<InputUnit> units = Inputs.expand(paths, problems);
        return HuntSession.run(units, ruleOptions.rules(), texts, List.of(), ruleOptions, runOptions, problems,
                spec.commandLine().getOut(), err);
    }
}

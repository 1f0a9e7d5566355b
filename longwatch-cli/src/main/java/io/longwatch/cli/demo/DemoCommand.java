package io.longwatch.cli.demo;

import io.longwatch.cli.hunt.AnalyticsCliOptions;
import io.longwatch.cli.hunt.HuntSession;
import io.longwatch.cli.hunt.IntelOptions;
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
 * {@code longwatch demo}: generates the built-in ministry dataset and hunts it, in one pass, with
 * the built-in Longwatch rule pack (plus any {@code --rules} given), the partner CERT's STIX report
 * on the campaign, and the network analytics over the sensor's Zeek logs.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Generate the built-in demo dataset and hunt it with rules, indicators and analytics.",
            "The dataset is a small ministry network over four weeks with a state-backed espionage campaign",
            "hidden in ordinary activity: Windows and Linux host logs, a Zeek sensor's conn and dns logs, and",
            "a partner CERT's STIX 2.1 report on the campaign. One pass hunts it with the built-in Longwatch",
            "rule pack, the report's indicators and the network analytics.",
            "Add --rules to hunt it with other Sigma rules too, --intel for more feeds."
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

    @Mixin
    IntelOptions intelOptions = new IntelOptions();

    @Mixin
    AnalyticsCliOptions analyticsOptions = new AnalyticsCliOptions();

    @Option(names = "--no-builtin-intel", description = "Do not hunt with the partner CERT's report shipped with the dataset.")
    boolean noBuiltinIntel;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path dir = out != null ? out : Path.of(System.getProperty("java.io.tmpdir"), "longwatch-demo-" + seed);
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        DemoManifest manifest = DemoDataset.generate(dir, seed);
        err.printf(Locale.ROOT, "Demo dataset: %,d events in %d files under %s (generated in %.1f s)%n",
                manifest.events(), manifest.files().size(), manifest.dir(), (System.nanoTime() - t0) / 1e9);
        err.printf(Locale.ROOT, "Network sensor: %,d Zeek records in %d files under %s%n", manifest.networkRecords(),
                manifest.networkFiles().size(), manifest.dir().resolve("zeek"));
        err.printf(Locale.ROOT, "Threat intel: %s%n", manifest.intelFiles().isEmpty() ? "-" : manifest.intelFiles().get(0));
        err.printf(Locale.ROOT, "Ground truth: %d malicious events of the campaign and %d C2/tunnel channels, listed in %s%n%n",
                manifest.steps().size(), manifest.network().channels().size(), manifest.dir().resolve("truth.json"));
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
        for (Path f : manifest.networkFiles()) {
            paths.add(f.toString());
        }
        List<InputUnit> units = Inputs.expand(paths, problems);
        if (!noBuiltinIntel) {
            intelOptions.addFeeds(manifest.intelFiles());
        }
        return HuntSession.run(units, ruleOptions.rules(), texts, intelOptions, analyticsOptions, ruleOptions,
                runOptions, problems, spec.commandLine().getOut(), err);
    }
}

package io.longwatch.cli.hunt;

import io.longwatch.cli.ExitCodes;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.Inputs;
import io.longwatch.core.problem.ProblemLog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code longwatch hunt}: Sigma rules, indicators and network analytics over logs, in one pass. */
@Command(name = "hunt", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Hunt logs with Sigma rules, threat-intel indicators and network analytics, in one pass.",
            "Indicators come with --intel; the analytics (beaconing, long connections, scans, DNS tunnelling,",
            "DGA names, rare destinations) run over Zeek logs among the inputs. Inputs: Windows .evtx files,",
            "JSON lines or whole-file JSON (Windows events in the evtx-crate, flattened/OTRF or Winlogbeat",
            "layout, or any other JSON), Zeek logs (tab-separated or JSON; conn, dns, http, ssl, ...), .gz",
            "files (rotated logs too), .zip archives, folders (recursively) and - for standard input.",
            "Findings go to standard output (or --output), the summary to standard error.",
            "Example: longwatch hunt logs/ --intel feeds/ --intel-warning-lists misp-warninglists/lists -f jsonl"
        })
public final class HuntCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Log files, archives or folders; - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @Mixin
    RunOptions runOptions = new RunOptions();

    @Mixin
    IntelOptions intelOptions = new IntelOptions();

    @Mixin
    AnalyticsCliOptions analyticsOptions = new AnalyticsCliOptions();

    @Override
    public Integer call() throws Exception {
        if (ruleOptions.rules.isEmpty() && !intelOptions.any() && !analyticsOptions.explicit()) {
            spec.commandLine().getErr().println(
                    "longwatch hunt: nothing to hunt with: give --rules PATH, --intel PATH or --analytics LIST");
            return ExitCodes.USAGE;
        }
        ProblemLog problems = new ProblemLog(RunOptions.PROBLEMS_KEPT_PER_KIND);
        List<InputUnit> units = Inputs.expand(inputs, problems);
        return HuntSession.run(units, ruleOptions.rules, List.of(), intelOptions, analyticsOptions, ruleOptions,
                runOptions, problems, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}

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

/** {@code longwatch hunt}: Sigma rules over logs. */
@Command(name = "hunt", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Hunt logs with Sigma rules. Inputs: Windows .evtx files, JSON lines or whole-file JSON (Windows",
            "events in the evtx-crate, flattened/OTRF or Winlogbeat layout, or any other JSON), Zeek logs",
            "(tab-separated or JSON; conn, dns, http, ssl, ...), .gz files (rotated logs too), .zip archives,",
            "folders (recursively) and - for standard input. Findings go to standard output (or --output),",
            "the summary to standard error."
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

    @Override
    public Integer call() throws Exception {
        if (ruleOptions.rules.isEmpty()) {
            spec.commandLine().getErr().println("longwatch hunt: no rules given (--rules PATH)");
            return ExitCodes.USAGE;
        }
        ProblemLog problems = new ProblemLog(RunOptions.PROBLEMS_KEPT_PER_KIND);
        List<InputUnit> units = Inputs.expand(inputs, problems);
        return HuntSession.run(units, ruleOptions.rules, List.of(), List.of(), ruleOptions, runOptions, problems,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}

package io.longwatch.cli.intel;

import io.longwatch.cli.ExitCodes;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.intel.IntelSet;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code longwatch intel stats}: counts per source, type, rejection reason and warning list. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Count indicators per source and type, rejected entries per reason, flagged ones per warning list.",
            "",
            "Example:",
            "  longwatch intel stats unit42-stix2-reports/report_json --warning-lists misp-warninglists/lists"
        })
public final class IntelStatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IntelInputOptions input = new IntelInputOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ProblemLog problems = new ProblemLog(1);
        IntelSet set = input.loadOrReport("stats", spec.commandLine().getErr(), problems);
        if (set == null) {
            return ExitCodes.USAGE;
        }
        IntelSummary.print(set, out);
        long unreadable = problems.count(Problem.Stage.INPUT) + problems.count(Problem.Stage.RULE);
        if (unreadable > 0) {
            out.printf(Locale.ROOT, "%,d inputs or warning lists had problems (see longwatch intel import)%n",
                    unreadable);
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}

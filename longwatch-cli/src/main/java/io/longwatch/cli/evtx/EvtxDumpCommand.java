package io.longwatch.cli.evtx;

import io.longwatch.cli.ExitCodes;
import io.longwatch.cli.hunt.RunOptions;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.formats.evtx.EvtxDump;
import io.longwatch.formats.evtx.EvtxStats;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code longwatch evtx dump}: prints the records of an .evtx file as JSON lines or XML. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Print the records of an .evtx file as JSON lines (evtx-crate layout) or XML; "
                + "damaged parts are reported on stderr and skipped.")
public final class EvtxDumpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .evtx file.")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl or xml (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("jsonl") && !format.equals("xml")) {
            spec.commandLine().getErr().println("longwatch evtx dump: --format must be jsonl or xml");
            return ExitCodes.USAGE;
        }
        ProblemLog problems = new ProblemLog(RunOptions.PROBLEMS_KEPT_PER_KIND);
        PrintWriter err = spec.commandLine().getErr();
        BufferedWriter out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
        EvtxStats stats = EvtxDump.dump(file, format, out, problems);
        out.flush();
        for (Problem.Stage s : Problem.Stage.values()) {
            for (Problem p : problems.examples(s)) {
                err.println(p);
            }
        }
        err.printf(Locale.ROOT, "%,d records, %,d skipped, %d chunks (%d damaged)%n",
                stats.records(), stats.skipped(), stats.chunks(), stats.badChunks());
        err.flush();
        return stats.records() == 0 && stats.skipped() > 0 ? ExitCodes.FAILED : ExitCodes.CLEAN;
    }
}

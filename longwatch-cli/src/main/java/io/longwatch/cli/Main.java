package io.longwatch.cli;

import io.longwatch.cli.bench.BenchCommand;
import io.longwatch.cli.demo.DemoCommand;
import io.longwatch.cli.evtx.EvtxCommand;
import io.longwatch.cli.hunt.HuntCommand;
import io.longwatch.cli.intel.IntelCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code longwatch} command. */
@Command(
        name = "longwatch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Threat hunting over months of logs: Sigma rules, indicators and analytics.",
            ""
        },
        subcommands = {
            HuntCommand.class,
            DemoCommand.class,
            EvtxCommand.class,
            IntelCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  completed, nothing detected",
            "  1  completed, findings reported",
            "  2  usage error",
            "  3  failed: no input readable, no rule compiled, output not writable",
            "     (with --strict: anything skipped)",
            "",
            "Examples:",
            "  longwatch demo",
            "  longwatch hunt logs/ --rules rules/ --min-level high",
            "  longwatch hunt Security.evtx Sysmon.jsonl.gz --rules sigma/rules --format jsonl --output findings.jsonl",
            "  longwatch hunt zeek/ winlogs/ --rules sigma/rules --intel reports/ --allow-domains allow.txt",
            "  longwatch evtx dump Security.evtx --format xml",
            "  longwatch intel import reports/ --warning-lists misp-warninglists/lists --output intel.jsonl"
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line with the process's stdout and stderr and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output and error writers (for tests and embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("longwatch: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return ExitCodes.FAILED;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

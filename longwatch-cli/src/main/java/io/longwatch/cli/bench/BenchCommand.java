package io.longwatch.cli.bench;

import picocli.CommandLine.Command;

/** {@code longwatch bench}: throughput benchmarks of the hot paths. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks of the hot paths; each prints throughput and its ratio to a baseline run in the same process.",
        subcommands = {BenchHuntCommand.class, BenchIntelLoadCommand.class})
public final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

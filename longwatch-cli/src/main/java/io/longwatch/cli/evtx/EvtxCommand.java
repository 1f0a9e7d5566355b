package io.longwatch.cli.evtx;

import picocli.CommandLine.Command;

/** {@code longwatch evtx}: tools for Windows .evtx files. */
@Command(name = "evtx", mixinStandardHelpOptions = true,
        description = "Tools for Windows .evtx files (longwatch hunt reads them directly).",
        subcommands = {EvtxDumpCommand.class})
public final class EvtxCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

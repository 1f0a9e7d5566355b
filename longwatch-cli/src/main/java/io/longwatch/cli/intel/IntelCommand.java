package io.longwatch.cli.intel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code longwatch intel}: threat-intel feeds. */
@Command(name = "intel", mixinStandardHelpOptions = true,
        description = "Threat-intel feeds: STIX 2.0/2.1, MISP events and feeds, CSV and plain lists, MISP warning lists.",
        subcommands = {IntelImportCommand.class, IntelListCommand.class, IntelStatsCommand.class})
public final class IntelCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

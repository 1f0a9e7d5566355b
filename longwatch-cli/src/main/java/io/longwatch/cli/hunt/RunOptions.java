package io.longwatch.cli.hunt;

import io.longwatch.cli.output.FindingOutput;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How a hunt runs and reports; shared by {@code hunt} and {@code demo}. */
public final class RunOptions {

    /** Problems kept verbatim per reason for the summary; all are counted. */
    public static final int PROBLEMS_KEPT_PER_KIND = 200;

    @Option(names = "--from", paramLabel = "TIME",
            description = "Only events at or after TIME (UTC; 2026-03-01 or 2026-03-01T08:00:00Z).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Only events before TIME (UTC).")
    String to;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Findings format: table, jsonl or csv (default: ${DEFAULT-VALUE}).")
    FindingOutput.Format format = FindingOutput.Format.TABLE;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write findings to FILE instead of stdout.")
    Path output;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads reading inputs in parallel (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--stats-json", paramLabel = "FILE", description = "Write the closing summary as JSON to FILE.")
    Path statsJson;

    @Option(names = "--no-progress", description = "No progress bar (it is only shown on a terminal anyway).")
    boolean noProgress;

    @Option(names = "--strict", description = "Exit 3 if any input, record or rule was skipped.")
    boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "List every problem kept in the summary, not just the first few.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "No summary on stderr.")
    boolean quiet;
}

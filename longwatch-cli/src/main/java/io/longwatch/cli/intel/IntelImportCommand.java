package io.longwatch.cli.intel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.longwatch.cli.ExitCodes;
import io.longwatch.core.problem.Problem;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.IndicatorJson;
import io.longwatch.intel.IntelSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code longwatch intel import}: validates feeds, summarises them, optionally writes a normalised store. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Read feeds, report every rejected entry with its place and reason (stderr), print counts per source",
            "and type (stdout), and optionally write the indicators as a normalised JSON-lines store.",
            "",
            "Examples:",
            "  longwatch intel import reports/*.json --warning-lists misp-warninglists/lists",
            "  longwatch intel import feed.csv --csv-columns value=ioc,type=ioc_type,labels=tags --output intel.jsonl",
            "  longwatch intel import misp-feed/ iocs.txt --output intel.jsonl"
        },
        footer = {"", "Exit codes: 0 imported (rejections are listed but allowed), 3 nothing imported, or with",
            "--strict anything rejected or unreadable, or the output not writable."})
public final class IntelImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IntelInputOptions input = new IntelInputOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the indicators here as JSON lines (read back by list/stats/hunt like any feed).")
    Path output;

    @Option(names = "--max-rejected", paramLabel = "N",
            description = "Print at most N rejected entries (default: all; the counts per reason are always shown).")
    int maxRejected = Integer.MAX_VALUE;

    @Option(names = "--strict", description = "Exit 3 if anything was rejected or could not be read.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        IntelSet set = input.loadOrReport("import", spec.commandLine().getErr(), problems::add);
        if (set == null) {
            return ExitCodes.USAGE;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int printed = 0;
        for (Problem p : problems) {
            if (printed++ < maxRejected || p.stage() != Problem.Stage.RECORD) {
                err.println(p);
            }
        }
        if (printed > maxRejected) {
            err.printf(Locale.ROOT, "(%,d more rejected entries not shown)%n", printed - maxRejected);
        }
        err.flush();
        IntelSummary.print(set, out);
        out.printf(Locale.ROOT, "%nread in %.2f s%n", seconds);
        if (output != null) {
            try {
                write(set.indicators(), output);
            } catch (IOException e) {
                err.println("longwatch intel import: cannot write " + output + ": " + e.getMessage());
                return ExitCodes.FAILED;
            }
            out.printf(Locale.ROOT, "wrote %,d indicators to %s%n", set.indicators().size(), output);
        }
        out.flush();
        if (set.indicators().isEmpty()) {
            return ExitCodes.FAILED;
        }
        return strict && !problems.isEmpty() ? ExitCodes.FAILED : ExitCodes.CLEAN;
    }

    private static void write(List<Indicator> indicators, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.setRootValueSeparator(null);
            for (Indicator i : indicators) {
                IndicatorJson.write(i, g);
                g.flush();
                w.write('\n');
            }
        }
    }
}

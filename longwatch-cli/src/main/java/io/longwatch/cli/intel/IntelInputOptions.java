package io.longwatch.cli.intel;

import io.longwatch.core.problem.ProblemSink;
import io.longwatch.intel.IntelLoadOptions;
import io.longwatch.intel.IntelLoader;
import io.longwatch.intel.IntelSet;
import io.longwatch.intel.text.CsvMapping;
import io.longwatch.intel.warninglist.WarningLists;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The feeds to read and how: shared by {@code intel import}, {@code list} and {@code stats}. */
public final class IntelInputOptions {

    @Parameters(paramLabel = "FEED", arity = "1..*",
            description = "STIX 2.0/2.1 bundles, MISP event JSON or feed folders (with manifest.json), CSV, plain "
                    + "lists, indicator stores (.jsonl); folders are read recursively.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, stix, misp, csv, text or store (default: ${DEFAULT-VALUE}: by name and content).")
    IntelLoadOptions.Format format = IntelLoadOptions.Format.AUTO;

    @Option(names = "--csv-columns", paramLabel = "MAPPING",
            description = "CSV column mapping, e.g. value=indicator,type=kind,labels=tags,confidence=3,"
                    + "valid_from=first_seen,valid_until=last_seen,delimiter=tab,header=yes "
                    + "(columns by header name or 1-based number; default: guessed from the header).")
    String csvColumns;

    @Option(names = "--warning-lists", paramLabel = "DIR",
            description = "MISP warning lists folder (lists/<id>/list.json): indicators on a list are flagged "
                    + "with its name (never dropped).")
    Path warningLists;

    @Option(names = "--misp-all",
            description = "Also import MISP attributes whose to_ids flag is false (by default they are rejected "
                    + "as context, not for detection).")
    boolean mispAll;

    /**
     * Loads the feeds, or prints a usage error (a bad CSV mapping) as {@code longwatch intel COMMAND: ...}
     * and returns null.
     *
     * @throws IOException when the warning lists folder cannot be read
     */
    IntelSet loadOrReport(String command, PrintWriter err, ProblemSink problems) throws IOException {
        try {
            return load(problems);
        } catch (IllegalArgumentException e) {
            err.println("longwatch intel " + command + ": " + e.getMessage());
            return null;
        }
    }

    private IntelSet load(ProblemSink problems) throws IOException {
        IntelLoadOptions options = IntelLoadOptions.defaults().withFormat(format).withMispIncludeNonIds(mispAll);
        if (csvColumns != null) {
            options = options.withCsv(CsvMapping.parse(csvColumns));
        }
        if (warningLists != null) {
            options = options.withWarningLists(WarningLists.load(warningLists, problems));
        }
        return IntelLoader.load(inputs, options, problems);
    }
}

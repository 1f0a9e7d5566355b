package io.longwatch.cli.intel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.longwatch.cli.ExitCodes;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.intel.export.StixExport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code longwatch intel export}: intel findings as a STIX 2.1 bundle of sightings. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Turn the intel findings of a hunt (longwatch hunt --intel ... --format jsonl) into a STIX 2.1 bundle:",
            "the reporting identity, one sighting per indicator (sighting_of_ref = the indicator, first/last seen,",
            "count), observed-data with the observables seen (ipv4-addr, ipv6-addr, domain-name, url, email-addr,",
            "file), and indicator objects for indicators that did not come from STIX. Ids are UUIDv5: the same",
            "findings give the same bundle. Findings of other kinds are ignored.",
            "Example: longwatch intel export findings.jsonl --identity \"MoFTA SOC\" -o sightings.json"
        })
public final class IntelExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FINDINGS.jsonl", description = "Findings written by longwatch hunt --format jsonl.")
    Path findings;

    @Option(names = "--identity", paramLabel = "NAME", required = true,
            description = "Name of the organisation reporting the sightings (the STIX identity).")
    String identity;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the bundle to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isReadable(findings)) {
            err.println("longwatch intel export: cannot read " + findings);
            return ExitCodes.FAILED;
        }
        ProblemLog problems = new ProblemLog(20);
        StixExport.Result r = StixExport.fromJsonl(findings, identity, problems);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(json.writeValueAsString(r.bundle()));
            out.flush();
        } else {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            json.writeValue(output.toFile(), r.bundle());
        }
        err.printf("intel export: %,d findings read, %,d intel findings exported as %,d sightings (%,d objects)%s%n",
                r.findingsRead(), r.intelFindings(), r.sightings(), r.bundle().path("objects").size(),
                r.skipped() > 0 ? ", " + r.skipped() + " skipped" : "");
        for (Problem p : problems.examples(Problem.Stage.RECORD)) {
            err.println("  " + p);
        }
        return ExitCodes.CLEAN;
    }
}

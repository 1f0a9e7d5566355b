package io.longwatch.cli.intel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.longwatch.cli.ExitCodes;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.IndicatorJson;
import io.longwatch.intel.IntelContext;
import io.longwatch.intel.IntelSet;
import io.longwatch.intel.ObservableType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code longwatch intel list}: the indicators of feeds or a store, filtered. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "List indicators (tab-separated: type, value, source, labels, context, warning lists), or as JSON lines.",
            "Rejected entries are not listed; longwatch intel import shows them.",
            "",
            "Examples:",
            "  longwatch intel list intel.jsonl --type domain --type url",
            "  longwatch intel list reports/ --source AZORult --flagged --warning-lists misp-warninglists/lists"
        })
public final class IntelListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IntelInputOptions input = new IntelInputOptions();

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE",
            description = "Only these types (repeatable): ipv4, ipv6, domain, url, email, md5, sha1, sha256, sha512, "
                    + "imphash, file_name, pattern.")
    List<ObservableType> types = new ArrayList<>();

    @Option(names = {"-s", "--source"}, paramLabel = "TEXT", description = "Only indicators whose source contains TEXT.")
    String source;

    @Option(names = "--flagged", description = "Only indicators on a warning list.")
    boolean flagged;

    @Option(names = "--jsonl", description = "Print JSON lines (the store format) instead of a table.")
    boolean jsonl;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N indicators.")
    long limit = Long.MAX_VALUE;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ProblemLog problems = new ProblemLog(5);
        IntelSet set = input.loadOrReport("list", spec.commandLine().getErr(), problems);
        if (set == null) {
            return ExitCodes.USAGE;
        }
        Set<ObservableType> wanted = types.isEmpty() ? EnumSet.allOf(ObservableType.class) : EnumSet.copyOf(types);
        JsonGenerator g = jsonl ? new JsonFactory().createGenerator(out).setRootValueSeparator(null) : null;
        long shown = 0;
        for (Indicator i : set.indicators()) {
            if (shown >= limit) {
                break;
            }
            if (!wanted.contains(i.type()) || (source != null && !i.source().contains(source))
                    || (flagged && i.warningLists().isEmpty())) {
                continue;
            }
            shown++;
            if (g != null) {
                IndicatorJson.write(i, g);
                g.flush();
                out.println();
            } else {
                out.println(i.type() + "\t" + i.value() + "\t" + i.source() + "\t" + String.join(",", i.labels()) + "\t"
                        + context(i.context()) + "\t" + String.join("; ", i.warningLists()));
            }
        }
        out.flush();
        long rejected = set.rejected();
        if (rejected > 0) {
            spec.commandLine().getErr().printf(Locale.ROOT,
                    "%,d entries were rejected (longwatch intel import lists them with reasons)%n", rejected);
        }
        return ExitCodes.CLEAN;
    }

    private static String context(IntelContext c) {
        List<String> parts = new ArrayList<>();
        if (!c.actors().isEmpty()) {
            parts.add("actors=" + String.join("|", c.actors()));
        }
        if (!c.campaigns().isEmpty()) {
            parts.add("campaigns=" + String.join("|", c.campaigns()));
        }
        if (!c.malware().isEmpty()) {
            parts.add("malware=" + String.join("|", c.malware()));
        }
        if (!c.attack().isEmpty()) {
            parts.add("attack=" + String.join("|", c.attack()));
        }
        if (c.report() != null) {
            parts.add("report=" + c.report());
        }
        return String.join(" ", parts);
    }
}

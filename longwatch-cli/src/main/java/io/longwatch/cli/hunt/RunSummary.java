package io.longwatch.cli.hunt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.longwatch.core.finding.Level;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The closing summary of a hunt: what was read, what was skipped and why, which rules loaded or
 * failed and why, what fired, and how fast. Printed for people and written as JSON for scripts
 * ({@code --stats-json}).
 */
record RunSummary(LoadedRules rules, HuntStats stats, ProblemLog problems) {

    private static final int TOP_RULES = 15;
    private static final int PROBLEM_EXAMPLES = 5;

    long eventsSkipped() {
        return stats.skipped;
    }

    void print(PrintWriter w, boolean verbose) {
        w.println();
        w.println("== Summary");
        w.printf(Locale.ROOT, "inputs      %,d read of %,d (%s)%n", stats.inputsRead, stats.inputs, mb(stats.bytes));
        w.printf(Locale.ROOT, "events      %,d read, %,d skipped%s%n", stats.events, stats.skipped,
                stats.outsideWindow > 0 ? String.format(Locale.ROOT, ", %,d outside the time window", stats.outsideWindow) : "");
        printProblems(w, "input problems", Problem.Stage.INPUT, verbose);
        printProblems(w, "skipped records", Problem.Stage.RECORD, verbose);
        w.printf(Locale.ROOT, "rules       %,d loaded from %,d files, %,d selected, %,d compiled, %,d failed%s%n",
                rules.parsed(), rules.files(), rules.selected(), rules.engine().ruleCount(), rules.failed(),
                rules.deferred() > 0 ? String.format(Locale.ROOT, ", %,d deferred (correlation/filter)", rules.deferred()) : "");
        printProblems(w, "rule problems", Problem.Stage.RULE, verbose);
        printProblems(w, "evaluation problems", Problem.Stage.EVALUATION, verbose);
        StringBuilder levels = new StringBuilder();
        for (Level l : reversed(Level.values())) {
            Long n = stats.byLevel.get(l);
            if (n != null) {
                levels.append(levels.isEmpty() ? "" : ", ").append(l.id()).append(' ').append(String.format(Locale.ROOT, "%,d", n));
            }
        }
        w.printf(Locale.ROOT, "findings    %,d%s%n", stats.findings, levels.isEmpty() ? "" : " (" + levels + ")");
        if (stats.byKind.size() > 1) {
            StringBuilder kinds = new StringBuilder();
            for (Map.Entry<String, Long> e : stats.byKind.entrySet()) {
                kinds.append(kinds.isEmpty() ? "" : ", ").append(e.getKey()).append(' ')
                        .append(String.format(Locale.ROOT, "%,d", e.getValue()));
            }
            w.printf(Locale.ROOT, "  by kind   %s%n", kinds);
        }
        List<HuntStats.RuleCount> top = topRules();
        for (int i = 0; i < Math.min(TOP_RULES, top.size()); i++) {
            HuntStats.RuleCount rc = top.get(i);
            w.printf(Locale.ROOT, "  %,8d  %-8s %s%n", rc.count, rc.level.id(), rc.title);
        }
        if (top.size() > TOP_RULES) {
            w.printf(Locale.ROOT, "  ... and %,d more rules (see --stats-json)%n", top.size() - TOP_RULES);
        }
        w.printf(Locale.ROOT, "elapsed     %.2f s, %,.0f events/s, %.1f MB/s%n", stats.seconds(), stats.eventsPerSecond(),
                stats.seconds() <= 0 ? 0 : stats.bytes / 1e6 / stats.seconds());
        w.flush();
    }

    private void printProblems(PrintWriter w, String label, Problem.Stage stage, boolean verbose) {
        Map<String, Long> byKind = problems.countsByKind(stage);
        if (byKind.isEmpty()) {
            return;
        }
        w.printf(Locale.ROOT, "  %s: %s%n", label, kinds(byKind));
        int shown = 0;
        for (Problem p : problems.examples(stage)) {
            if (!verbose && shown++ >= PROBLEM_EXAMPLES) {
                w.println("    ... (--verbose lists more; --stats-json has them all by reason)");
                break;
            }
            w.println("    " + p);
        }
    }

    private static String kinds(Map<String, Long> byKind) {
        StringBuilder sb = new StringBuilder();
        byKind.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }

    private List<HuntStats.RuleCount> topRules() {
        List<HuntStats.RuleCount> list = new ArrayList<>(stats.byRule.values());
        list.sort(Comparator.comparingLong((HuntStats.RuleCount r) -> -r.count).thenComparing(r -> r.title));
        return list;
    }

    /** Writes the summary as JSON; the keys are documented in the README. */
    void writeJson(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schema", "longwatch.hunt-stats/1");
            g.writeObjectFieldStart("inputs");
            g.writeNumberField("total", stats.inputs);
            g.writeNumberField("read", stats.inputsRead);
            g.writeNumberField("bytes", stats.bytes);
            writeProblems(g, Problem.Stage.INPUT);
            g.writeEndObject();
            g.writeObjectFieldStart("events");
            g.writeNumberField("read", stats.events);
            g.writeNumberField("skipped", stats.skipped);
            g.writeNumberField("outside_window", stats.outsideWindow);
            writeProblems(g, Problem.Stage.RECORD);
            g.writeEndObject();
            g.writeObjectFieldStart("rules");
            g.writeNumberField("files", rules.files());
            g.writeNumberField("parsed", rules.parsed());
            g.writeNumberField("selected", rules.selected());
            g.writeNumberField("loaded", rules.engine().ruleCount());
            g.writeNumberField("failed", rules.failed());
            g.writeNumberField("deferred", rules.deferred());
            writeProblems(g, Problem.Stage.RULE);
            g.writeEndObject();
            g.writeObjectFieldStart("evaluation");
            writeProblems(g, Problem.Stage.EVALUATION);
            g.writeEndObject();
            g.writeObjectFieldStart("findings");
            g.writeNumberField("total", stats.findings);
            g.writeObjectFieldStart("by_level");
            for (Level l : Level.values()) {
                g.writeNumberField(l.id(), stats.byLevel.getOrDefault(l, 0L));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("by_kind");
            for (Map.Entry<String, Long> e : stats.byKind.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("by_rule");
            for (HuntStats.RuleCount rc : topRules()) {
                g.writeStartObject();
                g.writeStringField("id", rc.id);
                g.writeStringField("title", rc.title);
                g.writeStringField("level", rc.level.id());
                g.writeNumberField("count", rc.count);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeNumberField("elapsed_seconds", stats.seconds());
            g.writeNumberField("events_per_second", stats.eventsPerSecond());
            g.writeEndObject();
        }
    }

    private void writeProblems(JsonGenerator g, Problem.Stage stage) throws IOException {
        g.writeObjectFieldStart("problems_by_reason");
        for (Map.Entry<String, Long> e : problems.countsByKind(stage).entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("problems");
        for (Problem p : problems.examples(stage)) {
            g.writeStartObject();
            g.writeStringField("place", p.place());
            g.writeStringField("kind", p.kind());
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static Level[] reversed(Level[] levels) {
        Level[] out = new Level[levels.length];
        for (int i = 0; i < levels.length; i++) {
            out[i] = levels[levels.length - 1 - i];
        }
        return out;
    }
}

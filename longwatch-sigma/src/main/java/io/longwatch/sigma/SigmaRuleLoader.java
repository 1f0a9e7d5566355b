package io.longwatch.sigma;

import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.sigma.parse.ParsedDocument;
import io.longwatch.sigma.parse.RuleParser;
import io.longwatch.sigma.parse.SigmaDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Loads Sigma rule files. Bad files and documents are reported and skipped; nothing throws. */
public final class SigmaRuleLoader {

    private SigmaRuleLoader() {
    }

    /**
     * Loads rules from files and directories (recursively, {@code .yml}/{@code .yaml}), in a
     * stable (sorted) order.
     */
    public static RuleLoadResult load(List<Path> paths, ProblemSink problems) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(SigmaRuleLoader::isRuleFile).sorted().forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    problems.report(Problem.Stage.INPUT, p.toString(), "input.unreadable", "cannot list rule directory: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                problems.report(Problem.Stage.INPUT, p.toString(), "input.missing", "rule path does not exist");
            }
        }
        Accumulator acc = new Accumulator();
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                problems.report(Problem.Stage.INPUT, f.toString(), "input.unreadable", "cannot read rule file: " + e.getMessage());
                acc.files++;
                acc.failed++;
                continue;
            }
            acc.add(f.toString(), text, problems);
        }
        return acc.result();
    }

    /** Loads the rules of one YAML text; {@code place} names it in problems and findings. */
    public static RuleLoadResult loadText(String place, String yaml, ProblemSink problems) {
        Accumulator acc = new Accumulator();
        acc.add(place, yaml, problems);
        return acc.result();
    }

    private static boolean isRuleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yml") || n.endsWith(".yaml");
    }

    private static final class Accumulator {
        final List<SigmaRule> rules = new ArrayList<>();
        int files;
        int failed;
        int deferred;

        void add(String place, String text, ProblemSink problems) {
            files++;
            for (ParsedDocument d : RuleParser.parse(place, text)) {
                String where = place + " (" + (d.ruleId() == null ? "no id" : d.ruleId()) + ")";
                if (d.failed()) {
                    failed++;
                    problems.report(Problem.Stage.RULE, where, d.errorKind(), d.errorMessage());
                } else if (d.document() instanceof SigmaDocument.Deferred def) {
                    deferred++;
                    problems.report(Problem.Stage.RULE, where, "rule.deferred",
                            def.type() + " rule recognised; " + def.type() + " rules are not evaluated yet");
                } else if (d.document() instanceof SigmaDocument.DetectionRule r) {
                    rules.add(new SigmaRule(r));
                }
            }
        }

        RuleLoadResult result() {
            return new RuleLoadResult(rules, files, failed, deferred);
        }
    }
}

package io.longwatch.cli.hunt;

import io.longwatch.core.finding.Level;
import io.longwatch.sigma.RuleSelector;
import io.longwatch.sigma.SigmaRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/** Which rules to load and which of them to run; shared by {@code hunt}, {@code demo} and {@code bench}. */
public final class RuleOptions {

    @Option(names = {"-r", "--rules"}, paramLabel = "PATH", split = ",",
            description = "Sigma rule files or folders (searched recursively for .yml/.yaml). Repeatable.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--min-level", paramLabel = "LEVEL",
            description = "Only rules of at least this level: informational, low, medium, high, critical.")
    String minLevel;

    @Option(names = "--status", paramLabel = "STATUS", split = ",",
            description = "Only rules with these statuses (stable, test, experimental, deprecated, unsupported).")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--include-id", paramLabel = "ID", split = ",", description = "Only these rule ids.")
    List<String> includeIds = new ArrayList<>();

    @Option(names = "--exclude-id", paramLabel = "ID", split = ",", description = "Never these rule ids.")
    List<String> excludeIds = new ArrayList<>();

    @Option(names = "--include-tag", paramLabel = "TAG", split = ",",
            description = "Only rules with a tag starting with TAG (e.g. attack.t1059, attack.execution).")
    List<String> includeTags = new ArrayList<>();

    @Option(names = "--exclude-tag", paramLabel = "TAG", split = ",", description = "Never rules with such a tag.")
    List<String> excludeTags = new ArrayList<>();

    @Option(names = "--include-path", paramLabel = "GLOB", split = ",",
            description = "Only rule files whose path matches GLOB (** allowed), e.g. '**/process_creation/**'.")
    List<String> includePaths = new ArrayList<>();

    @Option(names = "--exclude-path", paramLabel = "GLOB", split = ",", description = "Never rule files matching GLOB.")
    List<String> excludePaths = new ArrayList<>();

    @Option(names = "--product", paramLabel = "PRODUCT", split = ",",
            description = "Only rules whose logsource product is one of these (e.g. windows, linux).")
    List<String> products = new ArrayList<>();

    /** The rule files and folders given with --rules. */
    public List<Path> rules() {
        return rules;
    }

    /** The selector built from the options; throws IllegalArgumentException for a bad level. */
    RuleSelector selector() {
        RuleSelector s = new RuleSelector();
        if (minLevel != null) {
            Level l = Level.parse(minLevel);
            if (l == null) {
                throw new IllegalArgumentException("--min-level: unknown level '" + minLevel
                        + "' (informational, low, medium, high, critical)");
            }
            s.minLevel(l);
        }
        if (!statuses.isEmpty()) {
            s.statuses(lower(statuses));
        }
        if (!includeIds.isEmpty()) {
            s.includeIds(new HashSet<>(includeIds));
        }
        if (!excludeIds.isEmpty()) {
            s.excludeIds(new HashSet<>(excludeIds));
        }
        if (!includeTags.isEmpty()) {
            s.includeTags(lower(includeTags));
        }
        if (!excludeTags.isEmpty()) {
            s.excludeTags(lower(excludeTags));
        }
        if (!includePaths.isEmpty()) {
            s.includePathGlobs(includePaths);
        }
        if (!excludePaths.isEmpty()) {
            s.excludePathGlobs(excludePaths);
        }
        return s;
    }

    boolean productAllowed(SigmaRule rule) {
        if (products.isEmpty()) {
            return true;
        }
        String p = rule.logsource() == null ? null : rule.logsource().product();
        return p != null && lower(products).contains(p.toLowerCase(Locale.ROOT));
    }

    private static Set<String> lower(List<String> values) {
        Set<String> out = new HashSet<>();
        for (String v : values) {
            out.add(v.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}

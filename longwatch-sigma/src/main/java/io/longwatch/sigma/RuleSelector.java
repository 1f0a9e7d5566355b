package io.longwatch.sigma;

import io.longwatch.core.finding.Level;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses which rules to run. Every criterion left unset accepts everything; set criteria
 * must all hold. Tags compare case-insensitively by prefix ({@code attack.t1059} selects
 * {@code attack.t1059.001}); path globs use {@code *} within a path element and {@code **} across.
 */
public final class RuleSelector {

    private Level minLevel;
    private Set<String> statuses;
    private Set<String> includeIds;
    private Set<String> excludeIds = Set.of();
    private Set<String> includeTags;
    private Set<String> excludeTags = Set.of();
    private List<PathMatcher> includePaths;
    private List<PathMatcher> excludePaths = List.of();

    public RuleSelector minLevel(Level level) {
        this.minLevel = level;
        return this;
    }

    /** Accepted statuses ({@code stable}, {@code test}, {@code experimental}, ...). */
    public RuleSelector statuses(Set<String> statuses) {
        this.statuses = lower(statuses);
        return this;
    }

    public RuleSelector includeIds(Set<String> ids) {
        this.includeIds = lower(ids);
        return this;
    }

    public RuleSelector excludeIds(Set<String> ids) {
        this.excludeIds = lower(ids);
        return this;
    }

    public RuleSelector includeTags(Set<String> tags) {
        this.includeTags = lower(tags);
        return this;
    }

    public RuleSelector excludeTags(Set<String> tags) {
        this.excludeTags = lower(tags);
        return this;
    }

    public RuleSelector includePathGlobs(List<String> globs) {
        this.includePaths = matchers(globs);
        return this;
    }

    public RuleSelector excludePathGlobs(List<String> globs) {
        this.excludePaths = matchers(globs);
        return this;
    }

    /** Whether the rule passes every criterion set. */
    public boolean test(SigmaRule rule) {
        if (minLevel != null && rule.level().ordinal() < minLevel.ordinal()) {
            return false;
        }
        if (statuses != null && (rule.status() == null || !statuses.contains(rule.status().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        String id = rule.id() == null ? "" : rule.id().toLowerCase(Locale.ROOT);
        if (includeIds != null && !includeIds.contains(id)) {
            return false;
        }
        if (excludeIds.contains(id)) {
            return false;
        }
        if (includeTags != null && !anyTag(rule, includeTags)) {
            return false;
        }
        if (anyTag(rule, excludeTags)) {
            return false;
        }
        Path path = Path.of(rule.path());
        if (includePaths != null && !anyPath(path, includePaths)) {
            return false;
        }
        return !anyPath(path, excludePaths);
    }

    private static boolean anyTag(SigmaRule rule, Set<String> wanted) {
        for (String tag : rule.tags()) {
            String t = tag.toLowerCase(Locale.ROOT);
            for (String w : wanted) {
                if (t.equals(w) || t.startsWith(w + ".") || (w.endsWith(".") && t.startsWith(w))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyPath(Path path, List<PathMatcher> matchers) {
        for (PathMatcher m : matchers) {
            if (m.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : globs) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        }
        return out;
    }

    private static Set<String> lower(Set<String> s) {
        return s.stream().map(x -> x.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}

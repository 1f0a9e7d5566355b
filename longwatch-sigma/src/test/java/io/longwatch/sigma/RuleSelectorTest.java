package io.longwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.finding.Level;
import io.longwatch.core.problem.ProblemSink;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSelectorTest {

    private static SigmaRule rule(String path, String id, String level, String status, String... tags) {
        String yaml = """
                title: t
                id: %s
                level: %s
                status: %s
                tags: [%s]
                logsource: {product: test}
                detection:
                    sel: {A: x}
                    condition: sel
                """.formatted(id, level, status, String.join(", ", tags));
        return SigmaRuleLoader.loadText(path, yaml, ProblemSink.ignoring()).rules().get(0);
    }

    private final SigmaRule high = rule("rules/windows/process_creation/a.yml", "id-1", "high", "stable",
            "attack.execution", "attack.t1059.001");
    private final SigmaRule low = rule("rules/linux/b.yml", "id-2", "low", "experimental", "attack.discovery");

    @Test
    void everythingPassesByDefault() {
        RuleSelector s = new RuleSelector();
        assertThat(s.test(high)).isTrue();
        assertThat(s.test(low)).isTrue();
    }

    @Test
    void levelStatusIdsTagsAndPaths() {
        assertThat(new RuleSelector().minLevel(Level.MEDIUM).test(low)).isFalse();
        assertThat(new RuleSelector().minLevel(Level.MEDIUM).test(high)).isTrue();
        assertThat(new RuleSelector().statuses(Set.of("stable", "test")).test(low)).isFalse();
        assertThat(new RuleSelector().includeIds(Set.of("ID-1")).test(high)).isTrue();
        assertThat(new RuleSelector().excludeIds(Set.of("id-1")).test(high)).isFalse();
        assertThat(new RuleSelector().includeTags(Set.of("attack.t1059")).test(high)).isTrue();
        assertThat(new RuleSelector().includeTags(Set.of("ATTACK.T1059")).test(low)).isFalse();
        assertThat(new RuleSelector().excludeTags(Set.of("attack.discovery")).test(low)).isFalse();
        assertThat(new RuleSelector().includePathGlobs(List.of("**/windows/**")).test(high)).isTrue();
        assertThat(new RuleSelector().includePathGlobs(List.of("**/windows/**")).test(low)).isFalse();
        assertThat(new RuleSelector().excludePathGlobs(List.of("rules/linux/*.yml")).test(low)).isFalse();
    }
}

package io.longwatch.sigma.parse;

import java.util.List;
import java.util.Map;

/**
 * One YAML document of a rule file, after {@code action: global} merging. Detection rules are
 * fully parsed; filters and correlations are recognised and kept for a later stage.
 */
public sealed interface SigmaDocument {

    /** Where the document came from (file path). */
    String place();

    RuleMeta meta();

    /**
     * A detection rule.
     *
     * @param searches search identifiers by name, in file order
     * @param conditions the condition list (OR of all entries), parsed
     * @param conditionTexts the conditions as written
     */
    record DetectionRule(String place, RuleMeta meta, Map<String, SearchIdentifier> searches,
            List<ConditionExpr> conditions, List<String> conditionTexts) implements SigmaDocument {
        public DetectionRule {
            searches = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(searches));
            conditions = List.copyOf(conditions);
            conditionTexts = List.copyOf(conditionTexts);
        }
    }

    /**
     * A filter ({@code filter:}) or correlation ({@code correlation:}) rule, not evaluated yet.
     *
     * @param type {@code filter} or {@code correlation}
     * @param body the type-specific section as plain YAML data
     */
    record Deferred(String place, RuleMeta meta, String type, Map<String, Object> body) implements SigmaDocument {
    }
}

package io.longwatch.sigma;

import java.util.List;

/**
 * What a load produced.
 *
 * @param rules the detection rules that parsed
 * @param files rule files read
 * @param failed documents (or whole files) that could not be used, each reported as a problem
 * @param deferred filter and correlation documents recognised but not evaluated yet
 */
public record RuleLoadResult(List<SigmaRule> rules, int files, int failed, int deferred) {

    public RuleLoadResult {
        rules = List.copyOf(rules);
    }
}

package io.longwatch.sigma.compile;

import io.longwatch.sigma.SigmaRule;
import io.longwatch.sigma.ir.Cond;
import io.longwatch.sigma.mapping.Route;
import java.util.List;

/**
 * One rule compiled for one log-source route.
 *
 * @param rule the source rule
 * @param ruleIndex index of the rule among the engine's compiled rules (for de-duplication)
 * @param route where it runs
 * @param cond the compiled condition
 * @param triggers the prefilter triggers, or null when the variant must always be evaluated
 */
public record CompiledVariant(SigmaRule rule, int ruleIndex, Route route, Cond cond, List<Trigger> triggers) {
}

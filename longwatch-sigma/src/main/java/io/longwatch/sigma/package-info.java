/**
 * Sigma detection rules: load ({@link io.longwatch.sigma.SigmaRuleLoader}), select
 * ({@link io.longwatch.sigma.RuleSelector}), compile ({@link io.longwatch.sigma.SigmaEngine}) and
 * evaluate ({@link io.longwatch.sigma.SigmaMatcher}) per Sigma specification v2.1, with log-source
 * routing and field mapping from data ({@link io.longwatch.sigma.LogsourceMapping}).
 */
package io.longwatch.sigma;

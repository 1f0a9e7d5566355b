/**
 * Stage 1 of the Sigma compiler: YAML text to a rule AST ({@link io.longwatch.sigma.parse.SigmaDocument}),
 * with {@code action: global} collections merged, modifiers validated and conditions parsed.
 * Filters and correlations are recognised as {@link io.longwatch.sigma.parse.SigmaDocument.Deferred}
 * documents so later stages can take them up. Internal to the Sigma module.
 */
package io.longwatch.sigma.parse;

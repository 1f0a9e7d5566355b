/**
 * Stage 4: per-thread evaluation of events: lazy field positions and lower-cased values, the
 * prefilter scan, condition evaluation of the candidate rules and findings for those that fire.
 * Internal to the Sigma module.
 */
package io.longwatch.sigma.eval;

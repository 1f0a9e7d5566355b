/**
 * Stage 3: the log-source router (one bucket of rule variants per Channel and EventID) and the
 * literal prefilter (per bucket and field, one automaton over the rules' necessary literals).
 * Internal to the Sigma module.
 */
package io.longwatch.sigma.compile;

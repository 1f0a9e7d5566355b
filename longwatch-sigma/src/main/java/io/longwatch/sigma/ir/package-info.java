/**
 * Stage 2: a rule's detection, for one log-source variant, as a compiled condition tree
 * ({@link io.longwatch.sigma.ir.Cond}) whose leaves hold value matchers expanded from the
 * modifiers (wildcards, windash, base64/base64offset with encodings, regex, CIDR, numbers, time
 * parts, field references, placeholders). Internal to the Sigma module.
 */
package io.longwatch.sigma.ir;

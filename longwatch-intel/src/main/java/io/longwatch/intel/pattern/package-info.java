/**
 * STIX 2.1 patterning: a lexer and recursive-descent parser for the whole pattern grammar, producing a
 * sealed, immutable AST ({@link io.longwatch.intel.pattern.StixPattern}). Entry point:
 * {@link io.longwatch.intel.pattern.StixPattern#parse(String)}. Every node renders back to canonical
 * pattern text with {@code toString()}, so a parsed pattern can be exported again.
 */
package io.longwatch.intel.pattern;

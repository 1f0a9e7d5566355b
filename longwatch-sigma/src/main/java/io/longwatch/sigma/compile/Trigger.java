package io.longwatch.sigma.compile;

/**
 * A necessary literal: the rule can only match if {@code literal} occurs in the lower-cased
 * value of field {@code field} (one of a rule's triggers must hit).
 */
public record Trigger(int field, String literal) {
}

package io.longwatch.sigma.compile;

/**
 * A necessary literal: the rule can only match if {@code literal} occurs in the lower-cased
 * value of field {@code field} (one of a rule's triggers must hit), or in any field's value for
 * {@link #ANY_FIELD}.
 */
public record Trigger(int field, String literal) {

    /** Pseudo field id for keyword triggers: any string value of any field. */
    public static final int ANY_FIELD = -1;
}

package io.longwatch.sigma.compile;

import io.longwatch.sigma.ir.Anchor;

/**
 * A necessary literal: the rule can only match if {@code literal} occurs, where {@code anchor}
 * says, in the lower-cased value of field {@code field} (one of a rule's triggers must hit), or
 * in any field's value for {@link #ANY_FIELD}.
 */
public record Trigger(int field, String literal, Anchor anchor) {

    /** A trigger that may occur anywhere in the value. */
    public Trigger(int field, String literal) {
        this(field, literal, Anchor.ANYWHERE);
    }

    /** Pseudo field id for keyword triggers: any string value of any field. */
    public static final int ANY_FIELD = -1;
}

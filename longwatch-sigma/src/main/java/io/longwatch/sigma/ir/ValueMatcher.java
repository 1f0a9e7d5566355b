package io.longwatch.sigma.ir;

/**
 * Tests one string element of a field value. Implementations are immutable and thread-safe.
 */
public sealed interface ValueMatcher permits StringPattern, RegexMatcher, CidrMatcher, NumberMatcher, AnyOfMatcher,
        AnyContains,
        NeverMatcher {

    /**
     * @param value the element as the event holds it
     * @param lower the element lower-cased (same string when already lower-case)
     * @param ctx for reporting evaluation problems
     */
    boolean test(String value, String lower, FieldAccess ctx);

    /**
     * Whether {@link #test} reads {@code lower}; when false callers may pass null and skip
     * lower-casing the element (e.g. an {@code endswith} compares only its last characters).
     */
    default boolean needsLower() {
        return true;
    }

    /**
     * The lower-case literals of which at least one must occur in the lower-cased element for
     * {@link #test} to succeed, or null when no such set is known (regex, numbers, CIDR...).
     */
    String[] triggers();

    /** Where every literal of {@link #triggers()} must sit in the element (anywhere unless known). */
    default Anchor triggerAnchor() {
        return Anchor.ANYWHERE;
    }
}

package io.longwatch.sigma.parse;

/**
 * A rule document that cannot be used, with a stable problem kind and a message naming the
 * rule part (section, identifier, field, modifier).
 */
public final class RuleSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;

    public RuleSyntaxException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** Stable problem kind, e.g. {@code rule.modifier-unknown}. */
    public String kind() {
        return kind;
    }
}

package io.longwatch.sigma.parse;

/** A condition string that does not follow the Sigma condition grammar. */
public final class ConditionSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConditionSyntaxException(String message) {
        super(message);
    }
}

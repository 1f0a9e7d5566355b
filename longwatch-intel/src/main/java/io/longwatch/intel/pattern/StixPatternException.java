package io.longwatch.intel.pattern;

/**
 * A STIX pattern that does not follow the grammar (or uses an operator with a value it cannot
 * take), with the 1-based column where the parser stopped.
 */
public final class StixPatternException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int column;
    private final String reason;

    StixPatternException(String reason, int column) {
        super("column " + column + ": " + reason);
        this.reason = reason;
        this.column = column;
    }

    /** 1-based column in the pattern text where the problem is. */
    public int column() {
        return column;
    }

    /** The explanation without the column prefix. */
    public String reason() {
        return reason;
    }
}

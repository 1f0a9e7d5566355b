package io.longwatch.intel.pattern;

import java.util.Objects;

/**
 * A parsed STIX pattern: the observation expression tree and the text it came from.
 *
 * @param text the pattern as written
 * @param root the top observation expression
 */
public record StixPattern(String text, ObservationExpression root) {

    public StixPattern {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(root, "root");
    }

    /**
     * Parses a STIX 2.1 (and 2.0) pattern.
     *
     * @throws StixPatternException with the column, when the text does not follow the grammar
     */
    public static StixPattern parse(String text) throws StixPatternException {
        Objects.requireNonNull(text, "text");
        return new StixPattern(text, new PatternParser(text).parsePattern());
    }

    /** Canonical pattern text (normalised spacing and quoting), which parses back to an equal tree. */
    public String canonical() {
        return root.toString();
    }
}

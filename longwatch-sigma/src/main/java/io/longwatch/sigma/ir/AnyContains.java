package io.longwatch.sigma.ir;

import java.util.Arrays;

/**
 * Several case-insensitive {@code contains} values of one field item folded into one search:
 * a rule listing ten strings to look for in a five-kilobyte PowerShell context or script is
 * answered by one pass over it, without a lower-cased copy, instead of ten searches of one.
 * Lower-cases character by character like the prefilter (see {@code LiteralAutomaton}).
 */
public final class AnyContains implements ValueMatcher {

    /** Fewest values worth one combined search. */
    static final int MIN_VALUES = 3;
    /**
     * Literals at least this long are searched by skipping (most of a long text is jumped over),
     * which beats lower-casing the element first even for one or two values.
     */
    static final int LONG_LITERAL = 8;

    static boolean allLong(java.util.List<String> literals) {
        for (String l : literals) {
            if (l.length() < LONG_LITERAL) {
                return false;
            }
        }
        return !literals.isEmpty();
    }

    private final String[] literals;
    private final TextSearch search;

    /** @param literals the lower-case values, each to be found anywhere in the element */
    AnyContains(String[] literals, TextSearch search) {
        this.literals = literals.clone();
        this.search = search;
    }

    @Override
    public boolean test(String value, String lower, FieldAccess ctx) {
        int n = value.length();
        char[] buf = ctx.scratch(n);
        value.getChars(0, n, buf, 0);
        return search.findsAny(buf, n);
    }

    @Override
    public boolean needsLower() {
        return false;
    }

    @Override
    public String[] triggers() {
        return literals.clone();
    }

    @Override
    public String toString() {
        return "contains any of " + Arrays.toString(literals);
    }
}

package io.longwatch.sigma.ir;

/**
 * One pass over a text for several lower-case literals at once, case-insensitively (built by the
 * compile stage from its literal automata). Thread-safe.
 */
@FunctionalInterface
public interface TextSearch {

    /** Whether some literal occurs in {@code text[0, length)}. */
    boolean findsAny(char[] text, int length);
}

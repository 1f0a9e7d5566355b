package io.longwatch.sigma.ir;

/**
 * Where a value matcher's trigger literals must sit in an element for the matcher to succeed:
 * anywhere, at its start, at its end, or as the whole element. Anchored literals are checked
 * from the element's ends instead of by scanning all of it.
 */
public enum Anchor {
    ANYWHERE, START, END, WHOLE
}

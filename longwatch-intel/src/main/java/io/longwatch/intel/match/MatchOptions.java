package io.longwatch.intel.match;

/**
 * How indicators are held against events.
 *
 * @param ignoreValidity match whatever the event time, not only inside the indicator's validity window
 * @param includeRevoked let revoked indicators match too (they never do by default)
 */
public record MatchOptions(boolean ignoreValidity, boolean includeRevoked) {

    /** Validity windows by event time; revoked indicators never match. */
    public static final MatchOptions DEFAULTS = new MatchOptions(false, false);
}

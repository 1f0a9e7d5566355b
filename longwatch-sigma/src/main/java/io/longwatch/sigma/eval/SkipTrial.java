package io.longwatch.sigma.eval;

/**
 * Chooses, for one field of one bucket on one matcher thread, between the field's automaton and
 * its skipping scanner, by timing both on the field's own values. Neither wins everywhere: the
 * same kind of literal set skips through PowerShell contexts five times as fast as the automaton
 * walks them, and verifies at almost every character of registry keys. Both report the same
 * payloads, so the choice changes only the time a scan takes, never a finding.
 *
 * <p>The trial alternates the two on successive values until each has scanned
 * {@link #TRIAL_CHARS} characters, keeps the one with less time per character, and runs the trial
 * again after {@link #RETRY_AFTER} values, in case the logs changed. Not thread-safe.
 */
final class SkipTrial {

    /** Characters each method scans before the choice. */
    static final long TRIAL_CHARS = 1 << 15;
    /** Values scanned with the chosen method before the next trial. */
    static final int RETRY_AFTER = 1 << 20;

    private long automatonNanos;
    private long automatonChars;
    private long skipNanos;
    private long skipChars;
    /** Whether a trial is running; otherwise {@link #skip} holds the choice. */
    private boolean trying = true;
    private boolean skip;
    private int sinceChoice;

    /** Whether the next value is to be scanned by skipping; during a trial the two alternate. */
    boolean skipNext() {
        if (trying) {
            skip = !skip;
        } else if (++sinceChoice >= RETRY_AFTER) {
            trying = true;
            automatonNanos = automatonChars = skipNanos = skipChars = 0;
        }
        return skip;
    }

    /** Whether the scan about to run is part of a trial, so its time is wanted. */
    boolean timing() {
        return trying;
    }

    /** The time one trial scan of {@code chars} characters took with the given method. */
    void record(boolean skipped, int chars, long nanos) {
        if (skipped) {
            skipNanos += nanos;
            skipChars += chars;
        } else {
            automatonNanos += nanos;
            automatonChars += chars;
        }
        if (skipChars >= TRIAL_CHARS && automatonChars >= TRIAL_CHARS) {
            // Time per character compared without division: a / b < c / d  <=>  a * d < c * b.
            skip = skipNanos * automatonChars < automatonNanos * skipChars;
            trying = false;
            sinceChoice = 0;
        }
    }

    /** Whether the trial is over and chose skipping (for tests and reports). */
    boolean choseSkipping() {
        return !trying && skip;
    }
}

package io.longwatch.cli;

/**
 * Process exit codes, so scripts can tell what happened without parsing output.
 * Documented in the README and in {@code longwatch --help}.
 */
public final class ExitCodes {
    /** The run completed and nothing was detected. */
    public static final int CLEAN = 0;
    /** The run completed and at least one finding was reported. */
    public static final int FINDINGS = 1;
    /** The command line was wrong (unknown option, missing argument). */
    public static final int USAGE = 2;
    /**
     * The run could not do its job: no input could be read, no rule compiled, the output could not be
     * written — or, with {@code --strict}, anything at all was skipped.
     */
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}

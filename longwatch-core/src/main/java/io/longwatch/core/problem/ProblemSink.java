package io.longwatch.core.problem;

/** Where components report what they skipped. Implementations must be thread-safe. */
@FunctionalInterface
public interface ProblemSink {

    void report(Problem problem);

    default void report(Problem.Stage stage, String place, String kind, String message) {
        report(new Problem(stage, place, kind, message));
    }

    /** A sink that forgets everything; for callers that count problems some other way. */
    static ProblemSink ignoring() {
        return p -> { };
    }
}

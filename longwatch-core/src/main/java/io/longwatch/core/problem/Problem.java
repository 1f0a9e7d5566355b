package io.longwatch.core.problem;

import java.util.Objects;

/**
 * Something that could not be read or used, with its place, so a run can report it and go on.
 *
 * @param stage what was being processed when it happened
 * @param place where: {@code file}, {@code file:line}, {@code file#record}, or a rule file and id
 * @param kind short stable key used to count problems by reason (e.g. {@code json.malformed})
 * @param message human explanation, naming the field, modifier or rule part involved
 */
public record Problem(Stage stage, String place, String kind, String message) {

    public Problem {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** What kind of input a problem is about. */
    public enum Stage {
        /** A file or archive member could not be opened or read at all. */
        INPUT,
        /** One record (line, document, EVTX record) was skipped. */
        RECORD,
        /** A rule (or a part of it) could not be loaded or compiled. */
        RULE,
        /** A rule failed while evaluating one event (e.g. a regex guard tripped). */
        EVALUATION
    }

    @Override
    public String toString() {
        return place + ": " + message + " [" + kind + "]";
    }
}

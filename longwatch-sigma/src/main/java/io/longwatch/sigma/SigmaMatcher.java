package io.longwatch.sigma;

import io.longwatch.core.detect.DetectorRun;
import io.longwatch.core.event.Event;
import io.longwatch.core.finding.FindingSink;

/** Evaluates compiled rules on events. Not thread-safe: one matcher per thread. */
public interface SigmaMatcher extends DetectorRun {

    /**
     * Evaluates every rule that can apply to the event and emits one finding per rule that fires.
     *
     * @return how many rules fired
     */
    int match(Event event, FindingSink sink);

    @Override
    default void accept(Event event, FindingSink sink) {
        match(event, sink);
    }
}

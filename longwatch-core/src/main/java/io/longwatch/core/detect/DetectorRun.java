package io.longwatch.core.detect;

import io.longwatch.core.event.Event;
import io.longwatch.core.finding.FindingSink;

/** One worker thread's share of a {@link Detector}: not thread-safe, reused for every event the worker reads. */
public interface DetectorRun {

    /** Looks at one event; findings it can decide on at once go to {@code out}. */
    void accept(Event event, FindingSink out);
}

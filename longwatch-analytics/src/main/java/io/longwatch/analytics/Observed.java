package io.longwatch.analytics;

import io.longwatch.core.event.SourceRef;

/**
 * The time span a piece of state covers and the record that opened it: first and last event time,
 * and the source of the first, kept the same way by every per-pair, per-source and per-domain state.
 */
abstract class Observed {

    long firstMicros = Long.MAX_VALUE;
    long lastMicros = Long.MIN_VALUE;
    SourceRef firstSource;

    /** Widens the span to an event; true when the event is the new first one. */
    final boolean see(long micros, SourceRef source) {
        if (micros > lastMicros) {
            lastMicros = micros;
        }
        if (micros < firstMicros) {
            firstMicros = micros;
            firstSource = source;
            return true;
        }
        return false;
    }

    /** Widens the span to another run's; true when the other one started first. */
    final boolean absorbSpan(Observed o) {
        lastMicros = Math.max(lastMicros, o.lastMicros);
        if (o.firstMicros < firstMicros) {
            firstMicros = o.firstMicros;
            firstSource = o.firstSource;
            return true;
        }
        return false;
    }
}

package io.longwatch.cli.hunt;

import io.longwatch.core.event.Event;
import io.longwatch.core.time.Timestamps;

/**
 * An inclusive-exclusive event-time window [{@code fromMicros}, {@code toMicros}). Events without a
 * time are kept (and counted), since dropping them silently would hide evidence.
 */
record TimeWindow(long fromMicros, long toMicros) {

    static final TimeWindow ALL = new TimeWindow(Long.MIN_VALUE, Long.MAX_VALUE);

    /** Parses {@code --from}/{@code --to} values (ISO date or date-time; null means open). */
    static TimeWindow parse(String from, String to) {
        long f = from == null ? Long.MIN_VALUE : parseBound(from, "--from");
        long t = to == null ? Long.MAX_VALUE : parseBound(to, "--to");
        if (f >= t) {
            throw new IllegalArgumentException("--from must be before --to");
        }
        return new TimeWindow(f, t);
    }

    private static long parseBound(String text, String option) {
        long micros = Timestamps.parseMicros(text);
        if (micros == Event.NO_TIME) {
            throw new IllegalArgumentException(option + ": not a date or date-time: '" + text
                    + "' (use e.g. 2026-03-01 or 2026-03-01T08:00:00Z)");
        }
        return micros;
    }

    boolean isAll() {
        return fromMicros == Long.MIN_VALUE && toMicros == Long.MAX_VALUE;
    }

    /** Whether an event with this time belongs to the window (unknown time: yes). */
    boolean contains(long micros) {
        return micros == Event.NO_TIME || (micros >= fromMicros && micros < toMicros);
    }
}

package io.longwatch.core.event;

import java.util.Arrays;

/**
 * Collects fields for one {@link Event}. Reusable: {@link #build} hands the arrays to the
 * event and starts fresh ones. Setting a name twice keeps the last value.
 */
public final class EventBuilder {

    private String[] names = new String[32];
    private Object[] values = new Object[32];
    private int size;
    private long timeMicros = Event.NO_TIME;
    private String host;

    /** Adds or replaces a field. The name should be interned (readers get that from Jackson). */
    public EventBuilder put(String name, Object value) {
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                values[i] = value;
                return this;
            }
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
        return this;
    }

    public EventBuilder time(long micros) {
        this.timeMicros = micros;
        return this;
    }

    public EventBuilder host(String host) {
        this.host = host;
        return this;
    }

    public int size() {
        return size;
    }

    public Event build(SourceRef source) {
        Event e = new Event(names, values, size, timeMicros, host, source);
        names = new String[Math.max(16, size + 8)];
        values = new Object[names.length];
        size = 0;
        timeMicros = Event.NO_TIME;
        host = null;
        return e;
    }

    /** Drops whatever was collected, e.g. after a record turned out to be malformed. */
    public void reset() {
        Arrays.fill(names, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
        timeMicros = Event.NO_TIME;
        host = null;
    }
}

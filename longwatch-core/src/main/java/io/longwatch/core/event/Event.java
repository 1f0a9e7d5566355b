package io.longwatch.core.event;

import java.util.List;
import java.util.Objects;

/**
 * One log record, seen through Longwatch's field-access contract.
 *
 * <p>Fields are flat: a name such as {@code Image}, {@code EventID} or {@code
 * requestParameters.userName} maps to one value. Readers translate every source layout
 * (evtx-crate JSON, flattened OTRF, Winlogbeat/ECS, Zeek, ...) to these names, so detection
 * code never sees the layout. A value is one of:
 * <ul>
 *   <li>a {@link String} (numbers and booleans keep their textual form, e.g. {@code "4688"});</li>
 *   <li>a {@link List} of {@code String} for arrays (a rule value matches if any element does);</li>
 *   <li>{@code null} when the field is present with a JSON {@code null} (distinct from absent).</li>
 * </ul>
 *
 * <p>Names are interned by readers and by rule compilers, so lookup compares references
 * first and falls back to {@code equals}. Events are immutable once built.
 */
public final class Event {

    /** Marker for "no event time known". */
    public static final long NO_TIME = Long.MIN_VALUE;

    private final String[] names;
    private final Object[] values;
    private final int size;
    private final long timeMicros;
    private final String host;
    private final SourceRef source;

    /**
     * Takes ownership of the arrays; callers must not modify them afterwards.
     *
     * @param names field names (interned), first {@code size} entries used
     * @param values field values, parallel to {@code names}
     * @param size number of fields
     * @param timeMicros event time as microseconds since the epoch (UTC), or {@link #NO_TIME}
     * @param host host the event was recorded on, or {@code null}
     * @param source where the record came from
     */
    public Event(String[] names, Object[] values, int size, long timeMicros, String host, SourceRef source) {
        if (size > names.length || size > values.length) {
            throw new IllegalArgumentException("size " + size + " exceeds arrays");
        }
        this.names = names;
        this.values = values;
        this.size = size;
        this.timeMicros = timeMicros;
        this.host = host;
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Index of the field, or -1. Reference comparison first: names are interned on both sides. */
    public int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the field is present (possibly with a null value). */
    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** The field's value ({@code String}, {@code List<String>} or {@code null}); null also when absent. */
    public Object get(String name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    /** The field's value as text: arrays joined with ", "; null when absent or null. */
    public String getText(String name) {
        return asText(get(name));
    }

    public int size() {
        return size;
    }

    public String name(int index) {
        Objects.checkIndex(index, size);
        return names[index];
    }

    public Object value(int index) {
        Objects.checkIndex(index, size);
        return values[index];
    }

    /** Event time in microseconds since the epoch, UTC, or {@link #NO_TIME}. */
    public long timeMicros() {
        return timeMicros;
    }

    public String host() {
        return host;
    }

    public SourceRef source() {
        return source;
    }

    /** Renders any field value as text, the way findings and keyword search see it. */
    public static String asText(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(list.get(i));
            }
            return sb.toString();
        }
        return value.toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Event{");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(names[i]).append('=').append(values[i]);
        }
        return sb.append(", source=").append(source).append('}').toString();
    }
}

package io.longwatch.demo;

/**
 * One generated record before a layout writes it: time, kind and the data fields in the order
 * the real source writes them. Fields are held as alternating name/value pairs.
 */
final class DemoEvent {
    final long timeMicros;
    final long seq;
    final Kind kind;
    final String[] fields;
    /** The campaign step this record belongs to, or {@code null} for benign activity. */
    final Injected step;

    DemoEvent(long timeMicros, long seq, Kind kind, String[] fields, Injected step) {
        if ((fields.length & 1) != 0) {
            throw new IllegalArgumentException("fields must be name/value pairs for " + kind);
        }
        this.timeMicros = timeMicros;
        this.seq = seq;
        this.kind = kind;
        this.fields = fields;
        this.step = step;
    }

    String get(String name) {
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i].equals(name)) {
                return fields[i + 1];
            }
        }
        return null;
    }
}

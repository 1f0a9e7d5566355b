package io.longwatch.sigma.ir;

/**
 * What condition nodes see of one event: field values by compile-time field id, each value
 * as one or more string elements (arrays give several), with lower-case forms computed at most
 * once per field and event. Implemented by the per-thread evaluation context.
 */
public interface FieldAccess {

    /** Field absent from the event. */
    int ABSENT = 0;
    /** Field present with a null value. */
    int NULL = 1;
    /** Field present with one or more string elements. */
    int PRESENT = 2;

    int state(int field);

    /** Number of string elements of the field (0 when absent or null). */
    int count(int field);

    /** Element {@code i} as the event holds it. */
    String value(int field, int i);

    /** Element {@code i} lower-cased ({@link java.util.Locale#ROOT}). */
    String lower(int field, int i);

    /** The event time in UTC microseconds, or {@code Event.NO_TIME}. */
    long eventTimeMicros();

    /** Number of string elements over all fields of the event (for keyword search). */
    int allCount();

    String allValue(int i);

    String allLower(int i);

    /** Field name of keyword element {@code i}. */
    String allName(int i);

    /** A per-thread buffer of at least {@code length} characters, valid until the next call. */
    char[] scratch(int length);

    /** Reports an evaluation problem once per rule; {@code what} names the rule part. */
    void evaluationProblem(Object owner, String kind, String what);
}

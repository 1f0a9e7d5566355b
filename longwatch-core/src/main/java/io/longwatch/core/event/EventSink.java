package io.longwatch.core.event;

/** Receives events from a reader, one at a time, on the reader's thread. */
@FunctionalInterface
public interface EventSink {
    void accept(Event event);
}

package io.longwatch.formats;

import io.longwatch.core.event.Event;
import io.longwatch.core.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads in-memory content and keeps what came out, for assertions. */
final class TestSupport {

    final List<Event> events = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    ReadStats stats;

    static TestSupport read(String displayPath, String content) {
        return read(InputUnit.ofBytes(displayPath, content.getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults());
    }

    static TestSupport read(InputUnit unit, ReadOptions options) {
        TestSupport t = new TestSupport();
        t.stats = EventReaders.read(unit, options, t.events::add, t.problems::add);
        return t;
    }

    Event only() {
        if (events.size() != 1) {
            throw new AssertionError("expected one event, got " + events.size() + ": " + events + " problems " + problems);
        }
        return events.get(0);
    }
}

package io.longwatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import io.longwatch.core.time.Timestamps;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Non-Windows JSON keeps its own field paths. */
class GenericJsonTest {

    @Test
    void nestedObjectsBecomeDottedPaths() {
        Event e = TestSupport.read("ct.json", """
                {"eventTime":"2024-05-01T12:00:00Z","eventSource":"iam.amazonaws.com",
                 "userIdentity":{"type":"IAMUser","sessionContext":{"attributes":{"mfaAuthenticated":"false"}}},
                 "requestParameters":{"userName":"alice"}}
                """).only();
        assertThat(e.get("eventSource")).isEqualTo("iam.amazonaws.com");
        assertThat(e.get("userIdentity.type")).isEqualTo("IAMUser");
        assertThat(e.get("userIdentity.sessionContext.attributes.mfaAuthenticated")).isEqualTo("false");
        assertThat(e.get("requestParameters.userName")).isEqualTo("alice");
        assertThat(e.has("userIdentity")).as("objects themselves are not fields").isFalse();
        assertThat(e.timeMicros()).isEqualTo(Timestamps.parseMicros("2024-05-01T12:00:00Z"));
        // Dotted names are interned: rule compilers compare by reference first.
        int i = e.indexOf("requestParameters.userName");
        assertThat(e.name(i)).isSameAs("requestParameters.userName");
    }

    @Test
    void numbersKeepTheirTextAndBooleansBecomeText() {
        Event e = TestSupport.read("n.jsonl",
                "{\"a\":1,\"b\":-9223372036854775808,\"c\":1.50,\"d\":1e3,\"e\":true,\"f\":false,\"g\":123456789012345678901234567890}\n")
                .only();
        assertThat(e.get("a")).isEqualTo("1");
        assertThat(e.get("b")).isEqualTo("-9223372036854775808");
        assertThat(e.get("c")).isEqualTo("1.50");
        assertThat(e.get("d")).isEqualTo("1e3");
        assertThat(e.get("e")).isEqualTo("true");
        assertThat(e.get("f")).isEqualTo("false");
        assertThat(e.get("g")).isEqualTo("123456789012345678901234567890");
    }

    @Test
    void nullIsPresentButAbsentIsNot() {
        Event e = TestSupport.read("n.jsonl", "{\"present\":null,\"nested\":{\"x\":null}}\n").only();
        assertThat(e.has("present")).isTrue();
        assertThat(e.get("present")).isNull();
        assertThat(e.has("nested.x")).isTrue();
        assertThat(e.has("absent")).isFalse();
    }

    @Test
    void arraysOfScalarsAreListsAndArraysOfObjectsKeepTheirJsonText() {
        Event e = TestSupport.read("a.jsonl",
                "{\"tags\":[\"a\",\"b\"],\"ports\":[80, 443],\"mixed\":[1,null,true],\"empty\":[],"
                        + "\"answers\":[{\"type\":\"A\",\"ip\":\"192.0.2.1\"}, {\"type\":\"A\"}],\"deep\":{\"l\":[[1],[2]]}}\n")
                .only();
        assertThat(e.get("tags")).isEqualTo(List.of("a", "b"));
        assertThat(e.get("ports")).isEqualTo(List.of("80", "443"));
        assertThat(e.get("mixed")).isEqualTo(java.util.Arrays.asList("1", null, "true"));
        assertThat(e.get("empty")).isEqualTo(List.of());
        assertThat(e.get("answers")).isEqualTo("[{\"type\":\"A\",\"ip\":\"192.0.2.1\"}, {\"type\":\"A\"}]");
        assertThat(e.get("deep.l")).isEqualTo("[[1],[2]]");
    }

    @Test
    void hostComesFromHostFieldsAndGenericRecordsHaveNoRecordId() {
        TestSupport t = TestSupport.read("h.jsonl", """
                {"host":{"name":"web1"},"@timestamp":"2024-01-01T00:00:00+02:00"}
                {"hostname":"web2","ts":1700000000.5}
                {"msg":"no host, no time"}
                """);
        assertThat(t.events).hasSize(3);
        assertThat(t.events.get(0).host()).isEqualTo("web1");
        assertThat(t.events.get(0).timeMicros()).isEqualTo(Timestamps.parseMicros("2023-12-31T22:00:00Z"));
        assertThat(t.events.get(1).host()).isEqualTo("web2");
        assertThat(t.events.get(1).timeMicros()).isEqualTo(1_700_000_000_500_000L);
        assertThat(t.events.get(2).host()).isNull();
        assertThat(t.events.get(2).timeMicros()).isEqualTo(Event.NO_TIME);
        assertThat(t.events.get(2).source().recordId()).isEqualTo(-1);
        assertThat(t.events.get(2).source().line()).isEqualTo(3);
    }

    @Test
    void interestSkipsUnwantedGenericFields() {
        ReadOptions narrow = ReadOptions.defaults().withInterest(FieldInterest.of(Set.of("a.b", "list")));
        Event e = TestSupport.read(InputUnit.ofBytes("i.jsonl",
                "{\"a\":{\"b\":\"yes\",\"c\":\"no\"},\"list\":[1,2],\"other\":[3],\"s\":\"no\"}\n".getBytes()), narrow).only();
        assertThat(e.get("a.b")).isEqualTo("yes");
        assertThat(e.get("list")).isEqualTo(List.of("1", "2"));
        assertThat(e.has("a.c")).isFalse();
        assertThat(e.has("other")).isFalse();
        assertThat(e.has("s")).isFalse();
    }
}

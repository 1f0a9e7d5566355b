package io.longwatch.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final SourceRef SRC = new SourceRef("f.jsonl", 3, -1);

    @Test
    void lookupFindsInternedAndNonInternedNames() {
        Event e = new EventBuilder().put("Image", "C:\\x.exe").put("EventID", "1").build(SRC);
        assertThat(e.get("Image")).isEqualTo("C:\\x.exe");
        // a name built at run time is equal but not the same instance
        String built = new String("Event") + "ID";
        assertThat(built).isNotSameAs("EventID");
        assertThat(e.get(built)).isEqualTo("1");
        assertThat(e.get("Missing")).isNull();
        assertThat(e.has("Missing")).isFalse();
    }

    @Test
    void presentNullIsDistinctFromAbsent() {
        Event e = new EventBuilder().put("Correlation", null).build(SRC);
        assertThat(e.has("Correlation")).isTrue();
        assertThat(e.get("Correlation")).isNull();
        assertThat(e.has("Other")).isFalse();
    }

    @Test
    void puttingANameTwiceKeepsTheLastValue() {
        Event e = new EventBuilder().put("A", "1").put("A", "2").build(SRC);
        assertThat(e.size()).isEqualTo(1);
        assertThat(e.get("A")).isEqualTo("2");
    }

    @Test
    void builderIsReusableAndDoesNotLeakFieldsBetweenEvents() {
        EventBuilder b = new EventBuilder();
        Event first = b.put("A", "1").time(5).host("h").build(SRC);
        Event second = b.put("B", "2").build(SRC);
        assertThat(first.get("A")).isEqualTo("1");
        assertThat(first.timeMicros()).isEqualTo(5);
        assertThat(second.has("A")).isFalse();
        assertThat(second.timeMicros()).isEqualTo(Event.NO_TIME);
        assertThat(second.host()).isNull();
    }

    @Test
    void builderGrowsPastItsInitialCapacity() {
        EventBuilder b = new EventBuilder();
        for (int i = 0; i < 100; i++) {
            b.put(("f" + i).intern(), Integer.toString(i));
        }
        Event e = b.build(SRC);
        assertThat(e.size()).isEqualTo(100);
        assertThat(e.get("f99")).isEqualTo("99");
    }

    @Test
    void arraysRenderAsText() {
        Event e = new EventBuilder().put("Data", List.of("a", "b")).build(SRC);
        assertThat(e.getText("Data")).isEqualTo("a, b");
    }

    @Test
    void sourcePlacePrefersLineThenRecord() {
        assertThat(new SourceRef("a.json", 7, 99).place()).isEqualTo("a.json:7");
        assertThat(new SourceRef("a.evtx", 0, 99).place()).isEqualTo("a.evtx#99");
        assertThat(new SourceRef("a.evtx", 0, 99).record()).isEqualTo(99);
        assertThat(new SourceRef("a.json", 7, -1).record()).isEqualTo(7);
    }
}

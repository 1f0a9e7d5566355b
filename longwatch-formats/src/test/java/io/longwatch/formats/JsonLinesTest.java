package io.longwatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    private static final String EVTX_LINE =
            "{\"Event\":{\"System\":{\"Provider\":{\"#attributes\":{\"Name\":\"Microsoft-Windows-Sysmon\"}},"
            + "\"EventID\":1,\"EventRecordID\":%d,\"TimeCreated\":{\"#attributes\":{\"SystemTime\":\"2024-01-02T03:04:05.123456Z\"}},"
            + "\"Channel\":\"Microsoft-Windows-Sysmon/Operational\",\"Computer\":\"pc1\"},"
            + "\"EventData\":{\"Image\":\"C:\\\\a.exe\",\"CommandLine\":\"a -x\"}}}";

    @Test
    void evtxCrateJsonLinesGiveOneEventPerLineWithLineNumbers() {
        String content = EVTX_LINE.formatted(10) + "\n\n" + EVTX_LINE.formatted(11) + "\r\n";
        TestSupport t = TestSupport.read("a.jsonl", content);
        assertThat(t.problems).isEmpty();
        assertThat(t.events).hasSize(2);
        Event second = t.events.get(1);
        assertThat(second.get("EventID")).isEqualTo("1");
        assertThat(second.get("Provider_Name")).isEqualTo("Microsoft-Windows-Sysmon");
        assertThat(second.get("Image")).isEqualTo("C:\\a.exe");
        assertThat(second.source().line()).isEqualTo(3);
        assertThat(second.source().recordId()).isEqualTo(11);
        assertThat(second.host()).isEqualTo("pc1");
        assertThat(second.timeMicros()).isEqualTo(1_704_164_645_123_456L);
        assertThat(t.stats.records()).isEqualTo(2);
    }

    @Test
    void anExceptionFromTheSinkIsNotReportedAsBadInputButPropagates() {
        InputUnit unit = InputUnit.ofBytes("s.jsonl", "{\"a\":1}\n".getBytes(StandardCharsets.UTF_8));
        IllegalStateException boom = new IllegalStateException("consumer bug");
        assertThatThrownBy(() -> EventReaders.read(unit, ReadOptions.defaults(), e -> {
            throw boom;
        }, p -> {
            throw new AssertionError("reported as a problem: " + p);
        })).isSameAs(boom);
    }
}

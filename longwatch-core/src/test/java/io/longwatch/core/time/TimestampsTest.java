package io.longwatch.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {

    private static long micros(String iso) {
        return Timestamps.toMicros(Instant.parse(iso));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-11-26T05:11:27.927693Z      | 2025-11-26T05:11:27.927693Z",
        "2025-11-26T05:11:27Z             | 2025-11-26T05:11:27Z",
        "2025-11-26 05:11:27.908          | 2025-11-26T05:11:27.908Z",
        "2025-11-26T05:11:27.1234567Z     | 2025-11-26T05:11:27.123456Z",
        "2025-11-26T13:11:27+08:00        | 2025-11-26T05:11:27Z",
        "2025-11-25T21:11:27.5-08:00      | 2025-11-26T05:11:27.5Z",
        "2025-11-26                       | 2025-11-26T00:00:00Z",
        "1764133887                       | 2025-11-26T05:11:27Z",
        "1764133887.25                    | 2025-11-26T05:11:27.25Z",
        "1764133887250                    | 2025-11-26T05:11:27.25Z",
    })
    void parsesTheFormatsLogsUse(String text, String expected) {
        assertThat(Timestamps.parseMicros(text)).isEqualTo(micros(expected));
    }

    @Test
    void rejectsNonTimes() {
        assertThat(Timestamps.parseMicros(null)).isEqualTo(Event.NO_TIME);
        assertThat(Timestamps.parseMicros("")).isEqualTo(Event.NO_TIME);
        assertThat(Timestamps.parseMicros("yesterday")).isEqualTo(Event.NO_TIME);
        assertThat(Timestamps.parseMicros("2025-13-45T99:00:00Z")).isEqualTo(Event.NO_TIME);
    }

    @Test
    void formatsWithMicrosecondsInUtc() {
        assertThat(Timestamps.format(micros("2025-11-26T05:11:27.927693Z"))).isEqualTo("2025-11-26T05:11:27.927693Z");
        assertThat(Timestamps.format(Event.NO_TIME)).isNull();
    }
}

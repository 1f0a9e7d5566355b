package io.longwatch.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import io.longwatch.core.time.Timestamps;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Event time is normalised to UTC microseconds, whatever shape the text has. */
class EventTimesTest {

    private final EventTimes times = new EventTimes();

    private static long micros(String isoInstant) {
        Instant i = Instant.parse(isoInstant);
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // Z, with every fractional precision; beyond microseconds is truncated
            "2024-03-05T10:20:30Z,              2024-03-05T10:20:30Z",
            "2024-03-05T10:20:30.1Z,            2024-03-05T10:20:30.100Z",
            "2024-03-05T10:20:30.123Z,          2024-03-05T10:20:30.123Z",
            "2024-03-05T10:20:30.123456Z,       2024-03-05T10:20:30.123456Z",
            "2024-03-05T10:20:30.1234567Z,      2024-03-05T10:20:30.123456Z",
            "2024-03-05T10:20:30.123456789Z,    2024-03-05T10:20:30.123456Z",
            // no zone: read as UTC (Sysmon UtcTime, NXLog), T or space
            "2024-03-05 10:20:30.118,           2024-03-05T10:20:30.118Z",
            "2024-03-05T10:20:30,               2024-03-05T10:20:30Z",
            // offsets are applied
            "2024-03-05T12:20:30+02:00,         2024-03-05T10:20:30Z",
            "2024-03-05T05:20:30.5-05:00,       2024-03-05T10:20:30.500Z",
            "2024-01-01T00:30:00+01:00,         2023-12-31T23:30:00Z",
            // calendar edges
            "2024-02-29T23:59:59.999999Z,       2024-02-29T23:59:59.999999Z",
            "1970-01-01T00:00:00Z,              1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59Z,              1969-12-31T23:59:59Z",
            "2100-03-01T00:00:00Z,              2100-03-01T00:00:00Z",
    })
    void isoShapesNormaliseToUtc(String text, String expectedUtc) {
        assertThat(times.parseMicros(text)).isEqualTo(micros(expectedUtc));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "1700000000,          2023-11-14T22:13:20Z",
            "1700000000.5,        2023-11-14T22:13:20.500Z",
            "1700000000123,       2023-11-14T22:13:20.123Z",
    })
    void epochNumbers(String text, String expectedUtc) {
        assertThat(times.parseMicros(text)).isEqualTo(micros(expectedUtc));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-03-05T24:00:00Z", "yesterday", "05/03/2024 10:20"})
    void nonsenseIsNoTime(String text) {
        assertThat(times.parseMicros(text)).isEqualTo(Event.NO_TIME);
    }

    @Test
    void fastPathAgreesWithJavaTimeOnRandomInstants() {
        Random r = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long seconds = r.nextLong(-2_000_000_000L, 7_000_000_000L);
            int micros = r.nextInt(1_000_000);
            LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, micros * 1000, ZoneOffset.UTC);
            String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", t.getYear(), t.getMonthValue(),
                    t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), micros);
            long expected = seconds * 1_000_000L + micros;
            assertThat(EventTimes.parseCommon(text)).as(text).isEqualTo(expected);
            assertThat(Timestamps.parseMicros(text)).as(text).isEqualTo(expected);
        }
    }
}

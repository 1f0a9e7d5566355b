package io.longwatch.demo;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The dataset's fixed calendar: four weeks from Monday 2026-03-02T00:00Z, no wall clock.
 * All generated times are whole milliseconds so every layout (Winlogbeat writes milliseconds)
 * carries exactly the time the ground truth records.
 */
final class DemoClock {
    static final long START_MICROS = LocalDateTime.of(2026, 3, 2, 0, 0).toEpochSecond(ZoneOffset.UTC) * 1_000_000L;
    static final int DAYS = 28;
    static final long MINUTE = 60_000_000L;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;

    private DemoClock() {
    }

    /** Micros of {@code hh:mm:ss} UTC on day {@code day} (0 = Monday 2 March). */
    static long at(int day, int hour, int minute, int second) {
        return START_MICROS + day * DAY + hour * HOUR + minute * MINUTE + second * 1_000_000L;
    }

    static boolean weekend(int day) {
        return day % 7 >= 5;
    }

    /** 0-based week of a time inside the dataset. */
    static int week(long micros) {
        return (int) ((micros - START_MICROS) / (7 * DAY));
    }

    /** Rounds to whole milliseconds. */
    static long ms(long micros) {
        return micros - Math.floorMod(micros, 1000L);
    }

    /** {@code 2026-03-02T08:00:01.123000Z}: evtx-crate SystemTime. */
    static String systemTime(long micros) {
        return iso(micros, true);
    }

    /** {@code 2026-03-02T08:00:01.123Z}: Winlogbeat and Linux shipper {@code @timestamp}. */
    static String isoMillis(long micros) {
        return iso(micros, false);
    }

    /** {@code 2026-03-02 08:00:01.123}: Sysmon's UtcTime. */
    static String utcTime(long micros) {
        StringBuilder sb = new StringBuilder(23);
        appendDateTime(sb, micros, ' ');
        return sb.toString();
    }

    private static String iso(long micros, boolean sixDigits) {
        StringBuilder sb = new StringBuilder(27);
        appendDateTime(sb, micros, 'T');
        if (sixDigits) {
            sb.append("000");
        }
        return sb.append('Z').toString();
    }

    private static void appendDateTime(StringBuilder sb, long micros, char separator) {
        long seconds = Math.floorDiv(micros, 1_000_000L);
        int millis = (int) (Math.floorMod(micros, 1_000_000L) / 1000);
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        sb.append(t.getYear()).append('-');
        two(sb, t.getMonthValue()).append('-');
        two(sb, t.getDayOfMonth()).append(separator);
        two(sb, t.getHour()).append(':');
        two(sb, t.getMinute()).append(':');
        two(sb, t.getSecond()).append('.');
        if (millis < 100) {
            sb.append('0');
        }
        if (millis < 10) {
            sb.append('0');
        }
        sb.append(millis);
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        return v < 10 ? sb.append('0').append(v) : sb.append(v);
    }
}

package io.longwatch.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Parses the time formats found in logs into UTC microseconds, and formats them back.
 *
 * <p>Accepted: ISO-8601 with {@code T} or space, with or without fraction (any precision up
 * to nanoseconds), with {@code Z}, an offset, or nothing (read as UTC, which is what Sysmon's
 * {@code UtcTime} and most collectors mean); epoch seconds or milliseconds as numbers, possibly
 * fractional (Zeek's {@code ts}).
 */
public final class Timestamps {

    private static final DateTimeFormatter ISO_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /**
     * Parses a timestamp to UTC microseconds.
     *
     * @return microseconds since the epoch, or {@link io.longwatch.core.event.Event#NO_TIME} when
     *     the text is not a recognised timestamp
     */
    public static long parseMicros(String text) {
        if (text == null) {
            return Long.MIN_VALUE;
        }
        String s = text.trim();
        if (s.isEmpty()) {
            return Long.MIN_VALUE;
        }
        char c0 = s.charAt(0);
        if (s.length() >= 10 && s.charAt(4) == '-' && Character.isDigit(c0)) {
            return parseIso(s);
        }
        if (Character.isDigit(c0)) {
            return parseEpoch(s);
        }
        return Long.MIN_VALUE;
    }

    private static long parseIso(String s) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000L;
            }
            String t = s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            char last = t.charAt(t.length() - 1);
            boolean hasZone = last == 'Z' || last == 'z' || hasOffset(t);
            Instant instant;
            if (hasZone) {
                instant = java.time.OffsetDateTime.parse(t.replace('z', 'Z'),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } else {
                instant = LocalDateTime.parse(t, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            }
            return toMicros(instant);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Long.MIN_VALUE;
        }
    }

    private static boolean hasOffset(String t) {
        int n = t.length();
        // +hh:mm or +hhmm or +hh after the time part
        for (int i = Math.max(19, n - 6); i < n; i++) {
            char c = t.charAt(i);
            if ((c == '+' || c == '-') && i > 10) {
                return true;
            }
        }
        return false;
    }

    private static long parseEpoch(String s) {
        try {
            double v = Double.parseDouble(s);
            if (v > 1e14) { // microseconds
                return (long) v;
            }
            if (v > 1e11) { // milliseconds
                return (long) (v * 1000d);
            }
            return Math.round(v * 1_000_000d);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    public static long toMicros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000;
    }

    public static Instant toInstant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** ISO-8601 UTC with microseconds, e.g. {@code 2025-11-26T05:11:27.927693Z}; null for no time. */
    public static String format(long micros) {
        if (micros == Long.MIN_VALUE) {
            return null;
        }
        return ISO_MICROS.format(toInstant(micros));
    }
}

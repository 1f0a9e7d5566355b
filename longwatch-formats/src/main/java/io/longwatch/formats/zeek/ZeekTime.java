package io.longwatch.formats.zeek;

import io.longwatch.core.event.Event;
import io.longwatch.core.time.Timestamps;

/**
 * Zeek {@code time} values: epoch seconds with a decimal fraction ({@code 1258531221.486539}),
 * read exactly (no detour through {@code double}, which can be a microsecond off), so a record
 * has the same time whether it came from a TSV or a JSON log.
 */
public final class ZeekTime {

    /** Larger integer parts are not epoch seconds (Timestamps reads them as milli- or microseconds). */
    private static final long MAX_SECONDS = 100_000_000_000L;

    private ZeekTime() {
    }

    /**
     * UTC microseconds of decimal epoch seconds (a seventh fraction digit rounds, later ones are
     * ignored); anything else (ISO-8601, epoch milliseconds) through
     * {@link Timestamps#parseMicros}; {@link Event#NO_TIME} when it is no timestamp at all.
     */
    public static long parseMicros(String s) {
        long exact = parseEpochSeconds(s);
        return exact != Event.NO_TIME ? exact : Timestamps.parseMicros(s);
    }

    /** Decimal epoch seconds {@code [-]digits[.digits]} to microseconds, or {@link Event#NO_TIME}. */
    static long parseEpochSeconds(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = n > 0 && s.charAt(0) == '-';
        if (negative) {
            i++;
        }
        int digitsFrom = i;
        long seconds = 0;
        while (i < n && isDigit(s.charAt(i))) {
            seconds = seconds * 10 + (s.charAt(i) - '0');
            if (seconds >= MAX_SECONDS) {
                return Event.NO_TIME;
            }
            i++;
        }
        if (i == digitsFrom) {
            return Event.NO_TIME;
        }
        long micros = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            int fracDigits = 0;
            boolean roundUp = false;
            while (i < n && isDigit(s.charAt(i))) {
                if (fracDigits < 6) {
                    micros = micros * 10 + (s.charAt(i) - '0');
                } else if (fracDigits == 6) {
                    roundUp = s.charAt(i) >= '5';
                }
                fracDigits++;
                i++;
            }
            for (int k = fracDigits; k < 6; k++) {
                micros *= 10;
            }
            if (roundUp) {
                micros++;
            }
        }
        if (i != n) {
            return Event.NO_TIME;
        }
        long total = seconds * 1_000_000L + micros;
        return negative ? -total : total;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

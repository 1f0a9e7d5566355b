package io.longwatch.formats.json;

import io.longwatch.core.event.Event;
import io.longwatch.core.time.Timestamps;
import io.longwatch.formats.zeek.ZeekTime;

/**
 * Event-time parsing for the reader: a direct path for the overwhelmingly common shapes
 * {@code yyyy-MM-ddTHH:mm:ss[.fraction][Z]} (also with a space instead of {@code T}; no zone
 * means UTC), everything else through {@link Timestamps#parseMicros}. The direct path avoids
 * java.time's formatter machinery, which costs more than the rest of a record.
 */
final class EventTimes {

    long parseMicros(String s) {
        long fast = parseCommon(s);
        // Epoch seconds (Zeek's ts) exactly: Timestamps goes through double, a microsecond off at times.
        return fast != Event.NO_TIME ? fast : ZeekTime.parseMicros(s);
    }

    /** The common shapes, or {@link Event#NO_TIME} to fall back to the general parser. */
    static long parseCommon(String s) {
        int n = s.length();
        if (n < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return Event.NO_TIME;
        }
        char sep = s.charAt(10);
        if (sep != 'T' && sep != ' ') {
            return Event.NO_TIME;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return Event.NO_TIME;
        }
        int i = 19;
        long micros = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            int fracDigits = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (fracDigits < 6) {
                    micros = micros * 10 + (s.charAt(i) - '0');
                }
                fracDigits++;
                i++;
            }
            if (fracDigits == 0) {
                return Event.NO_TIME;
            }
            for (int k = fracDigits; k < 6; k++) {
                micros *= 10;
            }
        }
        if (i < n) {
            char z = s.charAt(i);
            if ((z != 'Z' && z != 'z') || i + 1 != n) {
                return Event.NO_TIME; // offsets and anything else: general parser
            }
        }
        long days = daysFromCivil(year, month, day);
        return ((days * 24 + hour) * 60 + minute) * 60_000_000L + second * 1_000_000L + micros;
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's civil-days formula). */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int mp = (month + 9) % 12;
        int doy = (153 * mp + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468L;
    }
}

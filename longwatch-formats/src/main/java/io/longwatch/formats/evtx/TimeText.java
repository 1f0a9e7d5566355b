package io.longwatch.formats.evtx;

/**
 * Windows time values as UTC microseconds and as ISO-8601 text ({@code 2025-11-27T07:40:10.165324Z},
 * the shape the evtx-crate JSON uses). Written by hand because it runs for every record.
 */
final class TimeText {

    /** Microseconds between 1601-01-01 (FILETIME epoch) and 1970-01-01. */
    private static final long FILETIME_EPOCH_OFFSET_MICROS = 11_644_473_600_000_000L;

    private TimeText() {
    }

    /** FILETIME (100 ns ticks since 1601, unsigned) to Unix microseconds. */
    static long fileTimeMicros(long ticks) {
        return Long.divideUnsigned(ticks, 10) - FILETIME_EPOCH_OFFSET_MICROS;
    }

    /**
     * SYSTEMTIME fields to Unix microseconds, or {@link Long#MIN_VALUE} if a field is out of range.
     */
    static long systemTimeMicros(int year, int month, int day, int hour, int minute, int second, int millis) {
        if (year < 1601 || year > 30827 || month < 1 || month > 12 || day < 1 || day > 31
                || hour > 23 || minute > 59 || second > 59 || millis > 999) {
            return Long.MIN_VALUE;
        }
        long days = daysFromCivil(year, month, day);
        return ((days * 24 + hour) * 60 + minute) * 60_000_000L + second * 1_000_000L + millis * 1000L;
    }

    /** ISO-8601 UTC with six fraction digits. */
    static String iso(long micros) {
        long secs = Math.floorDiv(micros, 1_000_000L);
        int frac = (int) Math.floorMod(micros, 1_000_000L);
        long days = Math.floorDiv(secs, 86_400L);
        int sod = (int) Math.floorMod(secs, 86_400L);
        // civil-from-days (proleptic Gregorian), see H. Hinnant's date algorithms
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            return java.time.Instant.EPOCH.plusSeconds(secs).plusNanos(frac * 1000L).toString();
        }
        char[] c = new char[27];
        put(c, 0, (int) year, 4);
        c[4] = '-';
        put(c, 5, month, 2);
        c[7] = '-';
        put(c, 8, day, 2);
        c[10] = 'T';
        put(c, 11, sod / 3600, 2);
        c[13] = ':';
        put(c, 14, sod / 60 % 60, 2);
        c[16] = ':';
        put(c, 17, sod % 60, 2);
        c[19] = '.';
        put(c, 20, frac, 6);
        c[26] = 'Z';
        return new String(c);
    }

    private static long daysFromCivil(int y, int m, int d) {
        long yy = m <= 2 ? y - 1 : y;
        long era = Math.floorDiv(yy, 400);
        long yoe = yy - era * 400;
        long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

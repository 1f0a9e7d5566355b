package io.longwatch.core.net;

/**
 * IPv4 dotted-quad text without allocation: the hot paths (Sigma {@code cidr}, indicator
 * matching) parse addresses from every event.
 */
public final class Ipv4 {

    private Ipv4() {
    }

    /**
     * Parses {@code s[from, to)} as exactly four decimal octets ({@code 0}-{@code 255}, one to
     * three digits each, leading zeros read as decimal) separated by dots.
     *
     * @return the address as an unsigned 32-bit value, or -1 when the text is not one
     */
    public static long parse(CharSequence s, int from, int to) {
        long v = 0;
        int parts = 0;
        int i = from;
        while (i <= to) {
            int start = i;
            int octet = 0;
            while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                octet = octet * 10 + (s.charAt(i) - '0');
                if (octet > 255 || i - start >= 3) {
                    return -1;
                }
                i++;
            }
            if (i == start) {
                return -1;
            }
            v = (v << 8) | octet;
            parts++;
            if (i == to) {
                break;
            }
            if (s.charAt(i) != '.' || parts == 4) {
                return -1;
            }
            i++;
        }
        return parts == 4 ? v : -1;
    }

    /** Whether some octet of {@code s[from, to)} is written with a leading zero ({@code 010}). */
    public static boolean hasLeadingZero(CharSequence s, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            boolean octetStart = i == from || s.charAt(i - 1) == '.';
            if (octetStart && s.charAt(i) == '0' && s.charAt(i + 1) != '.') {
                return true;
            }
        }
        return false;
    }
}

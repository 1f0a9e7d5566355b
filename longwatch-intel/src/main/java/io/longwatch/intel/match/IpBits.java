package io.longwatch.intel.match;

/**
 * A parsed IP address (or CIDR block), reused by one worker so parsing allocates nothing. IPv4 is
 * held in the low 32 bits of {@link #lo}; IPv6 in {@link #hi} and {@link #lo}. IPv4-mapped IPv6
 * addresses ({@code ::ffff:10.0.0.1}, as Windows writes them) are read as IPv4.
 */
final class IpBits {

    static final int NONE = 0;
    static final int V4 = 4;
    static final int V6 = 6;

    int family;
    long hi;
    long lo;
    /** Prefix length for a CIDR block; 32 or 128 for a single address. */
    int prefix;

    private final int[] groups = new int[8];
    private final int[] expanded = new int[8];

    /** Parses {@code s[from, to)} as an address, optionally with {@code /prefix}; false when it is not one. */
    boolean parse(String s, int from, int to, boolean allowPrefix) {
        family = NONE;
        int slash = -1;
        int percent = -1;
        boolean colon = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '/') {
                if (!allowPrefix || slash >= 0) {
                    return false;
                }
                slash = i;
            } else if (c == '%' && slash < 0 && percent < 0) {
                percent = i;
            } else if (c == ':') {
                colon = true;
            }
        }
        int end = slash >= 0 ? slash : to;
        int addrEnd = percent >= 0 ? percent : end;
        boolean ok = colon ? parseV6(s, from, addrEnd) : parseV4(s, from, addrEnd);
        if (!ok) {
            family = NONE;
            return false;
        }
        int max = family == V4 ? 32 : 128;
        if (slash < 0) {
            prefix = max;
            return true;
        }
        int p = parseDecimal(s, slash + 1, to, max);
        if (p < 0) {
            family = NONE;
            return false;
        }
        if (colon && family == V4) {
            // ::ffff:a.b.c.d/n counts the 96 mapped bits in its prefix.
            if (p < 96) {
                family = NONE;
                return false;
            }
            p -= 96;
        }
        prefix = p;
        return true;
    }

    private boolean parseV4(String s, int from, int to) {
        long v = io.longwatch.core.net.Ipv4.parse(s, from, to);
        if (v < 0) {
            return false;
        }
        family = V4;
        hi = 0;
        lo = v;
        return true;
    }

    private boolean parseV6(String s, int from, int to) {
        if (to - from >= 2 && s.charAt(from) == '[' && s.charAt(to - 1) == ']') {
            from++;
            to--;
        }
        // Up to eight 16-bit groups; "::" once; an IPv4 tail counts as two groups.
        int[] groups = this.groups;
        int n = 0;
        int gap = -1;
        int i = from;
        if (to - from >= 2 && s.charAt(i) == ':' && s.charAt(i + 1) == ':') {
            gap = 0;
            i += 2;
            if (i == to) {
                return setV6(groups, 0, 0);
            }
        } else if (i < to && s.charAt(i) == ':') {
            return false;
        }
        while (i < to) {
            int start = i;
            int g = 0;
            boolean dotted = false;
            while (i < to && s.charAt(i) != ':') {
                char c = s.charAt(i);
                int d = hex(c);
                if (c == '.') {
                    dotted = true;
                    break;
                }
                if (d < 0 || i - start >= 4) {
                    return false;
                }
                g = (g << 4) | d;
                i++;
            }
            if (dotted) {
                long v4 = io.longwatch.core.net.Ipv4.parse(s, start, to);
                if (v4 < 0 || n > 6) {
                    return false;
                }
                groups[n++] = (int) (v4 >>> 16);
                groups[n++] = (int) (v4 & 0xFFFF);
                i = to;
                break;
            }
            if (i == start || n == 8) {
                return false;
            }
            groups[n++] = g;
            if (i == to) {
                break;
            }
            i++; // ':'
            if (i < to && s.charAt(i) == ':') {
                if (gap >= 0) {
                    return false;
                }
                gap = n;
                i++;
                if (i == to) {
                    break;
                }
            } else if (i == to) {
                return false;
            }
        }
        if (gap < 0 && n != 8 || gap >= 0 && n > 7) {
            return false;
        }
        return setV6(groups, n, gap);
    }

    private boolean setV6(int[] groups, int n, int gap) {
        // Expand "::" into the zero groups it stands for, then pack 8 groups into two longs.
        int[] full = expanded;
        int zeros = gap < 0 ? 0 : 8 - n;
        int out = 0;
        for (int k = 0; k < n; k++) {
            if (k == gap) {
                for (int z = 0; z < zeros; z++) {
                    full[out++] = 0;
                }
            }
            full[out++] = groups[k];
        }
        while (out < 8) {
            full[out++] = 0;
        }
        long h = 0;
        long l = 0;
        for (int k = 0; k < 4; k++) {
            h = (h << 16) | full[k];
            l = (l << 16) | full[k + 4];
        }
        if (h == 0 && (l >>> 32) == 0xFFFFL) {
            family = V4;
            hi = 0;
            lo = l & 0xFFFFFFFFL;
            return true;
        }
        family = V6;
        hi = h;
        lo = l;
        return true;
    }

    /** The value of a hex digit, or -1. */
    static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static int parseDecimal(String s, int from, int to, int max) {
        if (from == to || to - from > 3) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= max ? v : -1;
    }

    /** Canonical text of the parsed address (without prefix): dotted quad, or RFC 5952 IPv6. */
    String format() {
        if (family == V4) {
            return ((lo >>> 24) & 0xFF) + "." + ((lo >>> 16) & 0xFF) + "." + ((lo >>> 8) & 0xFF) + "." + (lo & 0xFF);
        }
        int[] g = new int[8];
        for (int k = 0; k < 4; k++) {
            g[k] = (int) ((hi >>> (48 - 16 * k)) & 0xFFFF);
            g[k + 4] = (int) ((lo >>> (48 - 16 * k)) & 0xFFFF);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int k = 0; k < 8; ) {
            if (g[k] != 0) {
                k++;
                continue;
            }
            int start = k;
            while (k < 8 && g[k] == 0) {
                k++;
            }
            if (k - start > bestLen) {
                bestStart = start;
                bestLen = k - start;
            }
        }
        StringBuilder sb = new StringBuilder(39);
        for (int k = 0; k < 8; k++) {
            if (k == bestStart) {
                sb.append("::");
                k += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[k]));
        }
        return sb.toString();
    }
}

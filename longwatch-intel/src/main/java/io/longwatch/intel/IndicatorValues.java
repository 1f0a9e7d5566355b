package io.longwatch.intel;

import com.google.common.net.InetAddresses;
import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Locale;

/**
 * Normalises indicator values per type, so an indicator and an event value compare equal when
 * they mean the same thing. The matcher applies the same functions to event values.
 *
 * <ul>
 *   <li>IPv4/IPv6: canonical text ({@code 010.1.1.1} → {@code 10.1.1.1}, IPv6 compressed lower-case); a
 *       CIDR block becomes its network ({@code 10.1.2.3/8} → {@code 10.0.0.0/8}); {@code /32} and
 *       {@code /128} are dropped.</li>
 *   <li>domain: lower-case, IDN to punycode, no trailing dot, no leading {@code *.}; at least two labels,
 *       the last not numeric.</li>
 *   <li>URL: scheme and host lower-case, the rest as written.</li>
 *   <li>email: lower-case, {@code mailto:} dropped, one {@code @} and a valid domain.</li>
 *   <li>hashes: lower-case hex of the right length.</li>
 *   <li>file name: the last path segment, as written.</li>
 * </ul>
 */
public final class IndicatorValues {

    private IndicatorValues() {
    }

    /**
     * The value normalised for its type, or null when it is not a valid value of that type.
     * Expects a re-fanged value ({@link io.longwatch.intel.text.Refang}).
     */
    public static String normalize(ObservableType type, String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        if (v.isEmpty()) {
            return null;
        }
        return switch (type) {
            case IPV4 -> ipv4(v);
            case IPV6 -> ipv6(v);
            case DOMAIN -> domain(v);
            case URL -> url(v);
            case EMAIL -> email(v);
            case MD5, IMPHASH -> hex(v, 32);
            case SHA1 -> hex(v, 40);
            case SHA256 -> hex(v, 64);
            case SHA512 -> hex(v, 128);
            case FILE_NAME -> fileName(v);
            case PATTERN -> v;
        };
    }

    /** Canonical IPv4 address or CIDR block, or null. Hand-written: it runs once per feed line. */
    static String ipv4(String v) {
        long block = ipv4Block(v);
        if (block < 0) {
            return null;
        }
        int prefix = (int) (block & 63);
        long addr = block >>> 6;
        if (prefix == 32 && v.indexOf('/') < 0 && isCanonicalIpv4(v)) {
            return v;
        }
        long mask = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
        long net = addr & mask;
        String text = ((net >> 24) & 255) + "." + ((net >> 16) & 255) + "." + ((net >> 8) & 255) + "." + (net & 255);
        return prefix == 32 ? text : text + "/" + prefix;
    }

    /**
     * Parses {@code a.b.c.d} or {@code a.b.c.d/n} without allocating: the address (unsigned 32 bits)
     * shifted left by 6, or-ed with the prefix length (32 when none); -1 when the text is not one.
     * Host bits are kept; callers mask them.
     */
    public static long ipv4Block(String v) {
        int n = v.length();
        long addr = 0;
        int i = 0;
        for (int octets = 0; octets < 4; octets++) {
            if (octets > 0) {
                if (i >= n || v.charAt(i) != '.') {
                    return -1;
                }
                i++;
            }
            int start = i;
            int octet = 0;
            while (i < n && i - start < 3 && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
                octet = octet * 10 + (v.charAt(i++) - '0');
            }
            if (i == start || octet > 255) {
                return -1;
            }
            addr = (addr << 8) | octet;
        }
        int prefix = 32;
        if (i < n) {
            if (v.charAt(i) != '/') {
                return -1;
            }
            prefix = smallNumber(v, i + 1);
            if (prefix < 0 || prefix > 32) {
                return -1;
            }
        }
        return (addr << 6) | prefix;
    }

    private static boolean isCanonicalIpv4(String v) {
        boolean atStart = true;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.') {
                atStart = true;
            } else {
                if (atStart && c == '0' && i + 1 < v.length() && v.charAt(i + 1) != '.') {
                    return false;
                }
                atStart = false;
            }
        }
        return true;
    }

    static String ipv6(String v) {
        if (v.indexOf(':') < 0) {
            return null;
        }
        int slash = v.indexOf('/');
        String addr = slash < 0 ? v : v.substring(0, slash);
        if (!InetAddresses.isInetAddress(addr)) {
            return null;
        }
        InetAddress a = InetAddresses.forString(addr);
        if (a instanceof Inet4Address) {
            // ::ffff:a.b.c.d comes back as IPv4; keep it an IPv6 value
            return slash < 0 ? "::ffff:" + a.getHostAddress() : null;
        }
        int prefix = 128;
        if (slash >= 0) {
            prefix = smallNumber(v, slash + 1);
            if (prefix < 0 || prefix > 128) {
                return null;
            }
        }
        if (prefix == 128) {
            return InetAddresses.toAddrString(a);
        }
        byte[] b = a.getAddress();
        for (int bit = prefix; bit < 128; bit++) {
            b[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        try {
            return InetAddresses.toAddrString(InetAddress.getByAddress(b)) + "/" + prefix;
        } catch (java.net.UnknownHostException e) {
            return null; // cannot happen for 16 bytes
        }
    }

    /** A non-negative decimal of at most three digits from {@code start} to the end, or -1. */
    private static int smallNumber(String v, int start) {
        int n = v.length() - start;
        if (n < 1 || n > 3) {
            return -1;
        }
        int x = 0;
        for (int i = start; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            x = x * 10 + (c - '0');
        }
        return x;
    }

    static String domain(String v) {
        String d = v.toLowerCase(Locale.ROOT);
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        if (d.startsWith("*.")) {
            d = d.substring(2);
        }
        if (!isAscii(d)) {
            try {
                d = IDN.toASCII(d, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return isHostname(d) ? d : null;
    }

    /** Whether the (lower-case, ASCII) text is a host name with at least two labels and a non-numeric last label. */
    static boolean isHostname(String d) {
        int n = d.length();
        if (n == 0 || n > 253) {
            return false;
        }
        int labels = 0;
        int labelStart = 0;
        boolean lastAllDigits = true;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? d.charAt(i) : '.';
            if (c == '.') {
                int len = i - labelStart;
                if (len == 0 || len > 63 || d.charAt(labelStart) == '-' || d.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                labelStart = i + 1;
                if (i < n) {
                    lastAllDigits = true;
                }
            } else if ((c >= 'a' && c <= 'z') || c == '-' || c == '_') {
                lastAllDigits = false;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return labels >= 2 && !lastAllDigits;
    }

    static String url(String v) {
        int schemeEnd = v.indexOf("://");
        int hostStart = 0;
        String scheme = "";
        if (schemeEnd > 0) {
            for (int i = 0; i < schemeEnd; i++) {
                char c = v.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                    return null;
                }
            }
            scheme = v.substring(0, schemeEnd + 3).toLowerCase(Locale.ROOT);
            hostStart = schemeEnd + 3;
        }
        int hostEnd = hostStart;
        while (hostEnd < v.length() && "/?#".indexOf(v.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String authority = v.substring(hostStart, hostEnd);
        if (authority.isEmpty() || !validAuthority(authority.toLowerCase(Locale.ROOT), schemeEnd > 0)) {
            return null;
        }
        return scheme + authority.toLowerCase(Locale.ROOT) + v.substring(hostEnd);
    }

    /**
     * {@code [user@]host[:port]} with a host name, IPv4 or bracketed IPv6 host. Without a scheme the host
     * must have a dot (so a bare word is not a URL).
     */
    private static boolean validAuthority(String authority, boolean hasScheme) {
        String a = authority.substring(authority.lastIndexOf('@') + 1);
        String host = a;
        String port = "";
        if (a.startsWith("[")) {
            int close = a.indexOf(']');
            if (close < 0 || ipv6(a.substring(1, close)) == null) {
                return false;
            }
            port = close + 1 < a.length() && a.charAt(close + 1) == ':' ? a.substring(close + 2) : "";
            if (close + 1 < a.length() && a.charAt(close + 1) != ':') {
                return false;
            }
        } else {
            int colon = a.lastIndexOf(':');
            if (colon >= 0) {
                host = a.substring(0, colon);
                port = a.substring(colon + 1);
                if (port.isEmpty()) {
                    return false;
                }
            }
            boolean ok = ipv4(host) != null || isHostname(host)
                    || (hasScheme && !host.isEmpty() && isHostname(host + ".x"));
            if (!ok) {
                return false;
            }
        }
        for (int i = 0; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return false;
            }
        }
        return port.length() <= 5;
    }

    /** The host of a URL (without user info and port), lower-case; null if it has none. */
    public static String urlHost(String url) {
        int schemeEnd = url.indexOf("://");
        int start = schemeEnd < 0 ? 0 : schemeEnd + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return close < 0 ? null : authority.substring(1, close).toLowerCase(Locale.ROOT);
        }
        int colon = authority.indexOf(':');
        if (colon >= 0) {
            authority = authority.substring(0, colon);
        }
        return authority.isEmpty() ? null : authority.toLowerCase(Locale.ROOT);
    }

    static String email(String v) {
        String e = v.regionMatches(true, 0, "mailto:", 0, 7) ? v.substring(7) : v;
        int at = e.indexOf('@');
        if (at <= 0 || at != e.lastIndexOf('@') || e.indexOf(' ') >= 0) {
            return null;
        }
        String domain = domain(e.substring(at + 1));
        return domain == null ? null : e.substring(0, at).toLowerCase(Locale.ROOT) + "@" + domain;
    }

    static String hex(String v, int length) {
        if (v.length() != length) {
            return null;
        }
        boolean lower = true;
        for (int i = 0; i < length; i++) {
            char c = v.charAt(i);
            if (c >= 'A' && c <= 'F') {
                lower = false;
            } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return null;
            }
        }
        return lower ? v : v.toLowerCase(Locale.ROOT);
    }

    static String fileName(String v) {
        int slash = Math.max(v.lastIndexOf('/'), v.lastIndexOf('\\'));
        String name = slash >= 0 ? v.substring(slash + 1) : v;
        return name.isBlank() ? null : name;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}

package io.longwatch.intel.match;

import java.net.IDN;
import java.util.Locale;

/**
 * URL normalisation, the same for indicators and event values, so that two spellings of one URL
 * compare equal: scheme and host lower-case, the scheme's default port dropped, user info and
 * fragment dropped (a proxy never sees the fragment), an empty path made {@code /}, percent-escapes
 * of unreserved characters decoded and all other escapes written with upper-case hex. A value
 * without a scheme is read as {@code http://}.
 */
final class Urls {

    private Urls() {
    }

    /**
     * Where the host of the URL in {@code s} lies, packed as {@code start << 32 | end}, or -1 when
     * the value has no host. Allocates nothing: lookups use it to skip URLs whose host no URL
     * indicator has.
     */
    static long hostRegion(String s) {
        int n = s.length();
        int start = 0;
        while (start < n && s.charAt(start) <= ' ') {
            start++;
        }
        int scheme = s.indexOf("://", start);
        int authority = start;
        if (scheme > 0 && isScheme(s, start, scheme)) {
            authority = scheme + 3;
        }
        int end = authority;
        while (end < n) {
            char c = s.charAt(end);
            if (c == '/' || c == '?' || c == '#' || c <= ' ') {
                break;
            }
            end++;
        }
        int hostStart = authority;
        for (int i = end - 1; i >= authority; i--) {
            if (s.charAt(i) == '@') {
                hostStart = i + 1;
                break;
            }
        }
        int hostEnd = end;
        if (hostStart < end && s.charAt(hostStart) == '[') {
            int close = s.indexOf(']', hostStart);
            if (close < 0 || close >= end) {
                return -1;
            }
            hostEnd = close + 1;
        } else {
            for (int i = hostStart; i < end; i++) {
                if (s.charAt(i) == ':') {
                    hostEnd = i;
                    break;
                }
            }
        }
        if (hostEnd > hostStart && s.charAt(hostEnd - 1) == '.') {
            hostEnd--;
        }
        return hostEnd > hostStart ? ((long) hostStart << 32) | hostEnd : -1;
    }

    private static boolean isScheme(String s, int from, int to) {
        if (to - from > 16) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > from && (c >= '0' && c <= '9'
                    || c == '+' || c == '-' || c == '.');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The normalised form, or null when the value is not a URL with a host. */
    static String normalize(String raw) {
        String s = raw.strip();
        int n = s.length();
        String scheme = "http";
        int authority = 0;
        int sep = s.indexOf("://");
        if (sep > 0 && isScheme(s, 0, sep)) {
            scheme = s.substring(0, sep).toLowerCase(Locale.ROOT);
            authority = sep + 3;
        }
        int end = authority;
        while (end < n) {
            char c = s.charAt(end);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            end++;
        }
        int hostStart = authority;
        int at = s.lastIndexOf('@', end - 1);
        if (at >= authority) {
            hostStart = at + 1;
        }
        String host;
        String port = null;
        if (hostStart < end && s.charAt(hostStart) == '[') {
            int close = s.indexOf(']', hostStart);
            if (close < 0 || close >= end) {
                return null;
            }
            host = s.substring(hostStart, close + 1).toLowerCase(Locale.ROOT);
            if (close + 1 < end && s.charAt(close + 1) == ':') {
                port = s.substring(close + 2, end);
            }
        } else {
            int colon = s.indexOf(':', hostStart);
            if (colon >= 0 && colon < end) {
                host = s.substring(hostStart, colon);
                port = s.substring(colon + 1, end);
            } else {
                host = s.substring(hostStart, end);
            }
            host = asciiHost(host);
        }
        if (host == null || host.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(n + 8).append(scheme).append("://").append(host);
        if (port != null && !port.isEmpty() && !port.equals(defaultPort(scheme))) {
            sb.append(':').append(port);
        }
        int fragment = s.indexOf('#', end);
        int stop = fragment < 0 ? n : fragment;
        if (end >= stop || s.charAt(end) != '/') {
            sb.append('/');
        }
        appendEscapesNormalized(s, end, stop, sb);
        return sb.toString();
    }

    /** A host name lower-cased, trailing dot dropped, internationalised names in their ASCII form. */
    static String asciiHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        for (int i = 0; i < h.length(); i++) {
            if (h.charAt(i) >= 0x80) {
                try {
                    return IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    return h;
                }
            }
        }
        return h;
    }

    private static String defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> "80";
            case "https", "wss" -> "443";
            case "ftp" -> "21";
            default -> null;
        };
    }

    private static void appendEscapesNormalized(String s, int from, int to, StringBuilder sb) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < to && IpBits.hex(s.charAt(i + 1)) >= 0 && IpBits.hex(s.charAt(i + 2)) >= 0) {
                int v = IpBits.hex(s.charAt(i + 1)) * 16 + IpBits.hex(s.charAt(i + 2));
                if (unreserved(v)) {
                    sb.append((char) v);
                } else {
                    sb.append('%').append(Character.toUpperCase(s.charAt(i + 1)))
                            .append(Character.toUpperCase(s.charAt(i + 2)));
                }
                i += 2;
            } else {
                sb.append(c);
            }
        }
    }

    private static boolean unreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}

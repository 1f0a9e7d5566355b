package io.longwatch.intel.match;

import java.util.List;
import java.util.Locale;

/** How an event field value becomes the value of a STIX object property, for pattern comparisons. */
enum Extract {
    /** A canonical IP address (IPv4-mapped IPv6 as IPv4); DNS answer lists split first. */
    IP,
    /** A lower-case domain name without trailing dot or port. */
    DOMAIN,
    /** Each mail address in the value, lower-case. */
    EMAIL,
    /** The last path segment (compared ignoring case). */
    FILE_NAME,
    MD5, SHA1, SHA256, SHA512, IMPHASH,
    /** The value as it is. */
    TEXT;

    static Extract parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Whether equality ignores case for this property (names and digests; STIX strings otherwise compare exactly). */
    boolean caseInsensitive() {
        return this != TEXT && this != IP;
    }

    /** Adds the property values {@code raw} carries to {@code out}. */
    void values(String raw, IpBits ip, List<String> out) {
        String s = raw.strip();
        switch (this) {
            case IP -> {
                for (String token : s.split("[;,\\s]+")) {
                    String t = token;
                    if (t.startsWith("[") && t.indexOf(']') > 0) {
                        t = t.substring(1, t.indexOf(']'));
                    } else if (t.indexOf(':') > 0 && t.indexOf(':') == t.lastIndexOf(':')) {
                        t = t.substring(0, t.indexOf(':'));
                    }
                    if (ip.parse(t, 0, t.length(), false)) {
                        out.add(ip.format());
                    }
                }
            }
            case DOMAIN -> {
                for (String token : s.split("[;,\\s]+")) {
                    String t = token;
                    int colon = t.indexOf(':');
                    if (colon > 0 && colon == t.lastIndexOf(':')) {
                        t = t.substring(0, colon);
                    }
                    if (!t.isEmpty() && !ip.parse(t, 0, t.length(), false) && t.indexOf(':') < 0) {
                        out.add(Urls.asciiHost(t));
                    }
                }
            }
            case EMAIL -> {
                for (String token : s.split("[\\s<>,;\"'()]+")) {
                    if (token.indexOf('@') > 0) {
                        out.add(token.toLowerCase(Locale.ROOT));
                    }
                }
            }
            case FILE_NAME -> out.add(s.substring(Math.max(s.lastIndexOf('\\'), s.lastIndexOf('/')) + 1));
            case MD5, SHA1, SHA256, SHA512, IMPHASH -> digests(s, out);
            case TEXT -> out.add(raw);
        }
    }

    private void digests(String s, List<String> out) {
        int want = switch (this) {
            case SHA1 -> 40;
            case SHA256 -> 64;
            case SHA512 -> 128;
            default -> 32;
        };
        String name = switch (this) {
            case MD5 -> "MD5";
            case SHA1 -> "SHA1";
            case SHA256 -> "SHA256";
            case SHA512 -> "SHA512";
            default -> "IMPHASH";
        };
        if (s.indexOf('=') < 0) {
            if (s.length() == want && this != IMPHASH && IndicatorIndex.isHex(s, 0, s.length())) {
                out.add(s.toLowerCase(Locale.ROOT));
            } else if (this == IMPHASH && s.length() == want) {
                out.add(s.toLowerCase(Locale.ROOT));
            }
            return;
        }
        for (String part : s.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().equalsIgnoreCase(name)) {
                out.add(part.substring(eq + 1).trim().toLowerCase(Locale.ROOT));
            }
        }
    }
}

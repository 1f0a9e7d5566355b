package io.longwatch.intel.match;

import io.longwatch.core.event.Event;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.ObservableType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Indicators compiled into typed lookup tables: IPv4 and IPv6 addresses and CIDR blocks in
 * per-prefix-length hash maps, domains in a table probed with each label suffix of the event's
 * value, normalised URLs (behind a table of their hosts, so most event URLs are never normalised),
 * lower-case hashes per algorithm, mail addresses and file names. Indicators with the same
 * normalised value share one group. Immutable once compiled and safe to share between threads.
 *
 * <p>{@link ObservableType#PATTERN} indicators are not in the tables; {@link #patterns()} hands them
 * to the pattern engine.
 */
public final class IndicatorIndex {

    private final Indicator[][] groups;
    private final PrefixTable v4 = new PrefixTable(32);
    private final PrefixTable v6 = new PrefixTable(128);
    private final TextTable domains = new TextTable();
    private final TextTable urls = new TextTable();
    private final TextTable urlHosts = new TextTable();
    private final TextTable emails = new TextTable();
    private final TextTable md5 = new TextTable();
    private final TextTable sha1 = new TextTable();
    private final TextTable sha256 = new TextTable();
    private final TextTable sha512 = new TextTable();
    private final TextTable imphash = new TextTable();
    private final TextTable fileNames = new TextTable();
    private final List<Indicator> patterns = new ArrayList<>();
    private final Map<ObservableType, Integer> counts = new EnumMap<>(ObservableType.class);
    private final int indexed;
    private final int revokedSkipped;
    private final int rejected;

    private IndicatorIndex(Collection<Indicator> indicators, MatchOptions options, ProblemSink problems) {
        List<List<Indicator>> building = new ArrayList<>();
        IpBits ip = new IpBits();
        int n = 0;
        int revoked = 0;
        int bad = 0;
        for (Indicator ind : indicators) {
            if (ind.revoked() && !options.includeRevoked()) {
                revoked++;
                continue;
            }
            if (ind.type() == ObservableType.PATTERN) {
                patterns.add(ind);
                counts.merge(ind.type(), 1, Integer::sum);
                continue;
            }
            String why = add(ind, building, ip);
            if (why != null) {
                bad++;
                problems.report(Problem.Stage.RULE, ind.source() + " " + ind.id(), "intel.bad-value",
                        ind.type().name().toLowerCase(Locale.ROOT) + " indicator value '" + ind.value() + "' " + why
                                + "; indicator skipped");
                continue;
            }
            n++;
            counts.merge(ind.type(), 1, Integer::sum);
        }
        groups = new Indicator[building.size()][];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = building.get(i).toArray(new Indicator[0]);
        }
        indexed = n;
        revokedSkipped = revoked;
        rejected = bad;
    }

    /**
     * Compiles indicators. Values that do not parse as their type are reported ({@code intel.bad-value},
     * place = source and id) and skipped; revoked indicators are left out unless the options include them.
     */
    public static IndicatorIndex compile(Collection<Indicator> indicators, MatchOptions options, ProblemSink problems) {
        return new IndicatorIndex(indicators, options, problems);
    }

    /** Indicators in the value tables. */
    public int indexed() {
        return indexed;
    }

    /** Revoked indicators left out. */
    public int revokedSkipped() {
        return revokedSkipped;
    }

    /** Indicators whose value did not parse as their type. */
    public int rejected() {
        return rejected;
    }

    /** Indicators kept per type (patterns included). */
    public Map<ObservableType, Integer> counts() {
        return Map.copyOf(counts);
    }

    /** The pattern indicators, for the pattern engine. */
    public List<Indicator> patterns() {
        return List.copyOf(patterns);
    }

    Indicator[] group(int g) {
        return groups[g];
    }

    // ---- compile side -------------------------------------------------------------------------

    private String add(Indicator ind, List<List<Indicator>> building, IpBits ip) {
        String v = ind.value().strip();
        switch (ind.type()) {
            case IPV4, IPV6 -> {
                if (!ip.parse(v, 0, v.length(), true)) {
                    return "is not an IP address or CIDR block";
                }
                PrefixTable t = ip.family == IpBits.V4 ? v4 : v6;
                int g = t.getExact(ip.hi, ip.lo, ip.prefix);
                if (g < 0) {
                    g = newGroup(building);
                    t.put(ip.hi, ip.lo, ip.prefix, g);
                }
                building.get(g).add(ind);
                return null;
            }
            case DOMAIN -> {
                String d = v.startsWith("*.") ? v.substring(2) : v;
                d = Urls.asciiHost(d);
                if (d.isEmpty() || d.indexOf('/') >= 0 || d.indexOf(' ') >= 0 || d.indexOf('@') >= 0) {
                    return "is not a domain name";
                }
                return put(domains, d, ind, building);
            }
            case URL -> {
                String u = Urls.normalize(v);
                if (u == null) {
                    return "is not a URL with a host";
                }
                long r = Urls.hostRegion(u);
                urlHosts.put(u.substring((int) (r >>> 32), (int) r), 0);
                return put(urls, u, ind, building);
            }
            case EMAIL -> {
                if (v.indexOf('@') <= 0) {
                    return "is not a mail address";
                }
                return put(emails, v, ind, building);
            }
            case MD5 -> {
                return hash(md5, 32, v, ind, building);
            }
            case SHA1 -> {
                return hash(sha1, 40, v, ind, building);
            }
            case SHA256 -> {
                return hash(sha256, 64, v, ind, building);
            }
            case SHA512 -> {
                return hash(sha512, 128, v, ind, building);
            }
            case IMPHASH -> {
                return hash(imphash, 32, v, ind, building);
            }
            case FILE_NAME -> {
                if (v.isEmpty()) {
                    return "is empty";
                }
                return put(fileNames, v, ind, building);
            }
            default -> {
                return "has a type the value index does not hold";
            }
        }
    }

    private String hash(TextTable t, int length, String v, Indicator ind, List<List<Indicator>> building) {
        if (v.length() != length || !isHex(v, 0, v.length())) {
            return "is not " + length + " hex digits";
        }
        return put(t, v, ind, building);
    }

    private static String put(TextTable t, String key, Indicator ind, List<List<Indicator>> building) {
        int g = t.get(key);
        if (g < 0) {
            g = newGroup(building);
            t.put(key, g);
        }
        building.get(g).add(ind);
        return null;
    }

    private static int newGroup(List<List<Indicator>> building) {
        building.add(new ArrayList<>(1));
        return building.size() - 1;
    }

    static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    // ---- lookup side (hot path: no allocation unless a URL's host is an indicator URL's host) ----

    /** Looks one field value up as its rule says, adding hits for field index {@code field}. */
    void lookup(FieldRule rule, int field, String value, Event event, IpBits ip, Hits out) {
        int n = value.length();
        switch (rule.kind()) {
            case ADDRESS -> address(value, 0, n, field, ip, out);
            case HOST -> host(value, 0, n, field, ip, out);
            case DOMAIN -> domain(value, 0, n, field, out);
            case URL -> url(value, field, ip, out);
            case URL_PATH -> urlPath(rule, value, event, field, out);
            case EMAIL -> emails(value, field, out);
            case HASH -> hashByLength(value, 0, n, field, out);
            case IMPHASH -> text(imphash, value, 0, n, field, out);
            case HASH_LIST -> hashList(value, field, out);
            case FILE_PATH -> fileName(value, field, out);
            case FILE_NAME -> text(fileNames, value, trimStart(value, 0, n), trimEnd(value, 0, n), field, out);
            case DNS_ANSWERS -> answers(value, field, ip, out);
        }
    }

    private void address(String s, int from, int to, int field, IpBits ip, Hits out) {
        from = trimStart(s, from, to);
        to = trimEnd(s, from, to);
        if (to - from < 2 || !ip.parse(s, from, to, false)) {
            return;
        }
        (ip.family == IpBits.V4 ? v4 : v6).lookup(ip.hi, ip.lo, out, field, s, from, to);
    }

    private void host(String s, int from, int to, int field, IpBits ip, Hits out) {
        from = trimStart(s, from, to);
        to = trimEnd(s, from, to);
        if (from >= to) {
            return;
        }
        int firstColon = indexOf(s, ':', from, to);
        int lastColon = firstColon < 0 ? -1 : s.lastIndexOf(':', to - 1);
        char first = s.charAt(from);
        if (first == '[') {
            // [v6] or [v6]:port
            int close = indexOf(s, ']', from, to);
            if (close > from && ip.parse(s, from + 1, close, false)) {
                (ip.family == IpBits.V4 ? v4 : v6).lookup(ip.hi, ip.lo, out, field, s, from + 1, close);
            }
            return;
        }
        if (firstColon >= 0 && firstColon != lastColon) {
            // two or more colons: an IPv6 address, never a host name
            if (ip.parse(s, from, to, false)) {
                (ip.family == IpBits.V4 ? v4 : v6).lookup(ip.hi, ip.lo, out, field, s, from, to);
            }
            return;
        }
        int end = firstColon >= 0 ? firstColon : to; // host:port -> host
        if (first >= '0' && first <= '9' && ip.parse(s, from, end, false)) {
            (ip.family == IpBits.V4 ? v4 : v6).lookup(ip.hi, ip.lo, out, field, s, from, end);
            return;
        }
        domain(s, from, end, field, out);
    }

    private static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private void domain(String s, int from, int to, int field, Hits out) {
        if (domains.size() == 0) {
            return;
        }
        from = trimStart(s, from, to);
        to = trimEnd(s, from, to);
        if (to > from && s.charAt(to - 1) == '.') {
            to--;
        }
        if (from >= to) {
            return;
        }
        // The name itself, then each parent domain: a.b.example.com, b.example.com, example.com, com.
        int g = domains.get(s, from, to);
        if (g >= 0) {
            out.add(g, field, s, from, to);
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                g = domains.get(s, i + 1, to);
                if (g >= 0) {
                    out.add(g, field, s, from, to);
                }
            } else if (c == ' ' || c == '/' || c == '@') {
                return; // not a domain name
            }
        }
    }

    private void url(String s, int field, IpBits ip, Hits out) {
        long r = Urls.hostRegion(s);
        if (r < 0) {
            return;
        }
        int hs = (int) (r >>> 32);
        int he = (int) r;
        host(s, hs, he, field, ip, out);
        if (urls.size() == 0 || urlHosts.get(s, hs, he) < 0) {
            return;
        }
        String normalized = Urls.normalize(s);
        if (normalized != null) {
            int g = urls.get(normalized);
            if (g >= 0) {
                out.add(g, field, s, 0, s.length());
            }
        }
    }

    private void urlPath(FieldRule rule, String path, Event event, int field, Hits out) {
        if (urls.size() == 0) {
            return;
        }
        Object hv = event.get(rule.hostField());
        if (!(hv instanceof String host) || host.isEmpty()) {
            return;
        }
        int colon = host.lastIndexOf(':');
        int hostEnd = colon > 0 && host.indexOf(':') == colon ? colon : host.length();
        if (urlHosts.get(host, 0, hostEnd) < 0) {
            return;
        }
        String normalized = Urls.normalize(rule.scheme() + "://" + host + (path.startsWith("/") ? "" : "/") + path);
        if (normalized != null) {
            int g = urls.get(normalized);
            if (g >= 0) {
                out.add(g, field, path, 0, path.length());
            }
        }
    }

    private void emails(String s, int field, Hits out) {
        if (emails.size() == 0) {
            return;
        }
        for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
            int from = at;
            while (from > 0 && !addressStop(s.charAt(from - 1))) {
                from--;
            }
            int to = at + 1;
            while (to < s.length() && !addressStop(s.charAt(to))) {
                to++;
            }
            int g = emails.get(s, from, to);
            if (g >= 0) {
                out.add(g, field, s, from, to);
            }
        }
    }

    private static boolean addressStop(char c) {
        return c <= ' ' || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || c == '\'' || c == '('
                || c == ')' || c == ':';
    }

    private void hashByLength(String s, int from, int to, int field, Hits out) {
        from = trimStart(s, from, to);
        to = trimEnd(s, from, to);
        switch (to - from) {
            case 32 -> text(md5, s, from, to, field, out);
            case 40 -> text(sha1, s, from, to, field, out);
            case 64 -> text(sha256, s, from, to, field, out);
            case 128 -> text(sha512, s, from, to, field, out);
            default -> {
            }
        }
    }

    private void hashList(String s, int field, Hits out) {
        int n = s.length();
        int start = 0;
        while (start < n) {
            int end = s.indexOf(',', start);
            if (end < 0) {
                end = n;
            }
            int eq = s.indexOf('=', start);
            if (eq > start && eq < end) {
                int vs = eq + 1;
                int ks = trimStart(s, start, eq);
                TextTable t = switch (eq - ks) {
                    case 3 -> s.regionMatches(true, ks, "MD5", 0, 3) ? md5 : null;
                    case 4 -> s.regionMatches(true, ks, "SHA1", 0, 4) ? sha1 : null;
                    case 6 -> s.regionMatches(true, ks, "SHA256", 0, 6) ? sha256
                            : s.regionMatches(true, ks, "SHA512", 0, 6) ? sha512 : null;
                    case 7 -> s.regionMatches(true, ks, "IMPHASH", 0, 7) ? imphash : null;
                    default -> null;
                };
                if (t != null) {
                    text(t, s, trimStart(s, vs, end), trimEnd(s, vs, end), field, out);
                }
            } else if (eq < 0 || eq > end) {
                // a bare digest (some exports drop the algorithm names)
                hashByLength(s, start, end, field, out);
            }
            start = end + 1;
        }
    }

    private void fileName(String s, int field, Hits out) {
        if (fileNames.size() == 0) {
            return;
        }
        int to = trimEnd(s, 0, s.length());
        int from = to;
        while (from > 0 && s.charAt(from - 1) != '\\' && s.charAt(from - 1) != '/') {
            from--;
        }
        text(fileNames, s, from, to, field, out);
    }

    private void answers(String s, int field, IpBits ip, Hits out) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && answerStop(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !answerStop(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                host(s, start, i, field, ip, out);
            }
        }
    }

    private static boolean answerStop(char c) {
        return c <= ' ' || c == ';' || c == ',';
    }

    private static void text(TextTable t, String s, int from, int to, int field, Hits out) {
        if (from >= to) {
            return;
        }
        int g = t.get(s, from, to);
        if (g >= 0) {
            out.add(g, field, s, from, to);
        }
    }

    private static int trimStart(String s, int from, int to) {
        while (from < to && s.charAt(from) <= ' ') {
            from++;
        }
        return from;
    }

    private static int trimEnd(String s, int from, int to) {
        while (to > from && s.charAt(to - 1) <= ' ') {
            to--;
        }
        return to;
    }
}

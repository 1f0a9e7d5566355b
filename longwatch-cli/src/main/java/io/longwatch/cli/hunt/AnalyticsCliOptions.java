package io.longwatch.cli.hunt;

import io.longwatch.analytics.AllowList;
import io.longwatch.analytics.Analytic;
import io.longwatch.analytics.AnalyticsOptions;
import io.longwatch.analytics.NetworkAnalytics;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.formats.InputUnit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Option;

/** The hunt's network analytics options: which analytics, allow lists, the observation window. */
public final class AnalyticsCliOptions {

    @Option(names = "--analytics", paramLabel = "LIST",
            description = {"Network analytics over Zeek logs among the inputs: all, none, or a comma list of",
                "beacon, long-connection, scan, dns-tunnel, dga, rare-destination (default: all when an input",
                "file is a Zeek log; standard input is not sniffed, name the analytics for it)."})
    String analytics;

    @Option(names = "--allow-domains", paramLabel = "FILE",
            description = "Domains the analytics ignore, one per line (*.example.com also covers example.com).")
    Path allowDomains;

    @Option(names = "--allow-cidrs", paramLabel = "FILE",
            description = "Networks (CIDRs or addresses) the analytics ignore, one per line.")
    Path allowCidrs;

    @Option(names = "--window", paramLabel = "DURATION", defaultValue = "24h",
            description = "Observation window beaconing is scored in, e.g. 24h, 90m, 7d or PT12H (default: ${DEFAULT-VALUE}).")
    String window = "24h";

    /** Whether the user asked for analytics explicitly (so a hunt without rules is fine). */
    public boolean explicit() {
        return analytics != null && !analytics.trim().equalsIgnoreCase("none");
    }

    /**
     * The analytics detector for this hunt, or null when none is selected, or when the default applies
     * and no input is a Zeek log.
     *
     * @throws IllegalArgumentException for an unknown analytic or a malformed window (a usage error)
     */
    public NetworkAnalytics detector(List<InputUnit> units, ProblemSink problems) {
        if (analytics != null && analytics.trim().equalsIgnoreCase("none")) {
            return null;
        }
        Set<Analytic> selected = Analytic.parseList(analytics == null ? "all" : analytics);
        Duration w = parseDuration(window);
        if (selected.isEmpty() || (analytics == null && !anyZeek(units))) {
            return null;
        }
        AllowList allow = allowDomains == null && allowCidrs == null
                ? AllowList.EMPTY : AllowList.load(allowDomains, allowCidrs, problems);
        return NetworkAnalytics.detector(AnalyticsOptions.defaults().withAnalytics(selected).withWindow(w).withAllow(allow));
    }

    /** {@code 24h}, {@code 90m}, {@code 7d}, {@code 3600s} or ISO-8601 ({@code PT24H}, {@code P7D}). */
    public static Duration parseDuration(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.matches("\\d{1,9}[smhdw]")) {
            long n = Long.parseLong(s.substring(0, s.length() - 1));
            return switch (s.charAt(s.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
        }
        try {
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--window '" + text + "' is not a duration (examples: 24h, 90m, 7d, PT12H)");
        }
    }

    /**
     * Whether some input starts like a Zeek log: a TSV header, or JSON with Zeek's connection fields.
     * Standard input is not looked at (that would consume it): give {@code --analytics} for it.
     */
    static boolean anyZeek(List<InputUnit> units) {
        byte[] head = new byte[8192];
        for (InputUnit u : units) {
            if (u.displayPath().equals("-")) {
                continue;
            }
            try (InputStream raw = u.open();
                 InputStream in = u.displayPath().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
                int n = in.readNBytes(head, 0, head.length);
                String text = new String(head, 0, n, StandardCharsets.UTF_8);
                if (text.startsWith("#separator") || text.startsWith("#fields\t") || text.contains("\"id.orig_h\"")) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // Unreadable here means unreadable for the hunt too; the reader reports it there.
            }
        }
        return false;
    }
}

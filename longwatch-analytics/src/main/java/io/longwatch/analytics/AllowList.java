package io.longwatch.analytics;

import inet.ipaddr.IPAddress;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Destinations the analytics ignore: domains ({@code example.com} is that name only,
 * {@code *.example.com} covers the bare domain and every name under it) and IP networks (CIDRs or
 * single addresses, v4 and v6). Applied while analysing, never stored with the events, so changing
 * the list needs no re-import. Immutable and thread-safe.
 */
public final class AllowList {

    /** Allows nothing. */
    public static final AllowList EMPTY = new AllowList(Set.of(), Set.of(), CidrSet.of(List.of(), (i, e) -> { }));

    private final Set<String> exact;
    private final Set<String> wildcard;
    private final CidrSet cidrs;

    private AllowList(Set<String> exact, Set<String> wildcard, CidrSet cidrs) {
        this.exact = Set.copyOf(exact);
        this.wildcard = Set.copyOf(wildcard);
        this.cidrs = cidrs;
    }

    /**
     * Builds an allow list from entries; blank lines and {@code #} comments are skipped, and each
     * entry that is neither a domain nor a CIDR is reported with its place and skipped.
     *
     * @param domains domain entries, one per element
     * @param cidrs CIDR or address entries, one per element
     * @param place where the entries came from (file names), used in problem messages
     */
    public static AllowList of(List<String> domains, List<String> cidrs, String place, ProblemSink problems) {
        Set<String> exact = new HashSet<>();
        Set<String> wildcard = new HashSet<>();
        for (int i = 0; i < domains.size(); i++) {
            String d = clean(domains.get(i));
            if (d == null) {
                continue;
            }
            d = d.toLowerCase(Locale.ROOT);
            if (d.endsWith(".")) {
                d = d.substring(0, d.length() - 1);
            }
            boolean wild = d.startsWith("*.");
            String name = wild ? d.substring(2) : d;
            if (!DomainNames.looksLikeName(name)) {
                problems.report(Problem.Stage.INPUT, place + ":" + (i + 1), "allowlist.domain.invalid",
                        "allow-list domain '" + domains.get(i).trim() + "' is not a domain name (expected example.com or *.example.com); skipped");
                continue;
            }
            (wild ? wildcard : exact).add(name);
        }
        List<String> nets = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < cidrs.size(); i++) {
            String c = clean(cidrs.get(i));
            if (c != null) {
                nets.add(c);
                lines.add(i + 1);
            }
        }
        CidrSet set = CidrSet.of(nets, (i, entry) -> problems.report(Problem.Stage.INPUT, place + ":" + lines.get(i),
                "allowlist.cidr.invalid", "allow-list network '" + entry + "' is not an IP address or CIDR; skipped"));
        return new AllowList(exact, wildcard, set);
    }

    /**
     * Reads the allow-list files (either may be null). An unreadable file is reported and treated as
     * empty, so the run goes on.
     */
    public static AllowList load(Path domainsFile, Path cidrsFile, ProblemSink problems) {
        List<String> domains = read(domainsFile, problems);
        List<String> cidrs = read(cidrsFile, problems);
        // Each list reports problems with its own file name: build them separately, then join.
        AllowList d = of(domains, List.of(), String.valueOf(domainsFile), problems);
        AllowList c = of(List.of(), cidrs, String.valueOf(cidrsFile), problems);
        return new AllowList(d.exact, d.wildcard, c.cidrs);
    }

    private static List<String> read(Path file, ProblemSink problems) {
        if (file == null) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            problems.report(Problem.Stage.INPUT, file.toString(), "allowlist.unreadable",
                    "cannot read allow list: " + e.getMessage() + "; nothing allowed from it");
            return List.of();
        }
    }

    private static String clean(String line) {
        if (line == null) {
            return null;
        }
        int hash = line.indexOf('#');
        String s = (hash >= 0 ? line.substring(0, hash) : line).trim();
        return s.isEmpty() ? null : s;
    }

    /** Whether the name (any case, optional trailing dot) is allowed. */
    public boolean allowsDomain(String name) {
        if (name == null || (exact.isEmpty() && wildcard.isEmpty())) {
            return false;
        }
        String n = DomainNames.normalise(name);
        if (exact.contains(n) || wildcard.contains(n)) {
            return true;
        }
        for (int i = n.indexOf('.'); i >= 0; i = n.indexOf('.', i + 1)) {
            if (wildcard.contains(n.substring(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an IPv4 address (as an int) is inside an allowed network. */
    boolean allowsV4(int address) {
        return !cidrs.isEmpty() && cidrs.containsV4(address);
    }

    /** Whether the parsed address is inside an allowed network. */
    boolean allowsAddress(IPAddress address) {
        return address != null && cidrs.contains(address);
    }

    /** Number of domain entries and of networks, for run summaries. */
    public int domainCount() {
        return exact.size() + wildcard.size();
    }

    public int networkCount() {
        return cidrs.entries().size();
    }
}

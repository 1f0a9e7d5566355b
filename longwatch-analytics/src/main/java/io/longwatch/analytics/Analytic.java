package io.longwatch.analytics;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The analytics Longwatch runs over network logs; {@link #id()} is the name {@code --analytics} takes. */
public enum Analytic {
    /** Periodic connections per source to destination IP and per source to name. */
    BEACON("beacon"),
    /** Single connections, or a pair's connections summed, lasting very long. */
    LONG_CONNECTION("long-connection"),
    /** Horizontal and vertical scans, thresholds and sequential hypothesis testing. */
    SCAN("scan"),
    /** Many unique, long or random subdomains of one registrable domain; TXT/NULL volume. */
    DNS_TUNNEL("dns-tunnel"),
    /** Hosts resolving many algorithmically generated names. */
    DGA("dga"),
    /** External destinations only one or a few internal hosts talk to. */
    RARE_DESTINATION("rare-destination");

    private final String id;

    Analytic(String id) {
        this.id = id;
    }

    /** The stable name, also the suffix of the finding's rule id ({@code longwatch.analytic.<id>}). */
    public String id() {
        return id;
    }

    /**
     * Parses a comma-separated list of ids ({@code all} for every analytic), case-insensitively.
     *
     * @throws IllegalArgumentException naming the unknown entry and the known ones
     */
    public static Set<Analytic> parseList(String list) {
        EnumSet<Analytic> out = EnumSet.noneOf(Analytic.class);
        for (String raw : list.split(",")) {
            String id = raw.trim().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            if (id.equals("all")) {
                out.addAll(EnumSet.allOf(Analytic.class));
                continue;
            }
            Analytic found = null;
            for (Analytic a : values()) {
                if (a.id.equals(id)) {
                    found = a;
                }
            }
            if (found == null) {
                StringBuilder known = new StringBuilder("all");
                for (Analytic a : values()) {
                    known.append(", ").append(a.id);
                }
                throw new IllegalArgumentException("unknown analytic '" + raw.trim() + "' (known: " + known + ")");
            }
            out.add(found);
        }
        return out;
    }
}

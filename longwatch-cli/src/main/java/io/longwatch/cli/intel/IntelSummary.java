package io.longwatch.cli.intel;

import io.longwatch.intel.IntelSet;
import io.longwatch.intel.ObservableType;
import io.longwatch.intel.SourceStats;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints what a load yielded: per source, per type, rejected per reason, flagged per warning list. */
final class IntelSummary {

    private IntelSummary() {
    }

    static void print(IntelSet set, PrintWriter out) {
        out.printf(Locale.ROOT, "%-9s %9s %9s %9s %10s %8s %8s %8s  %s%n", "format", "entries", "parsed", "rejected",
                "indicators", "revoked", "expired", "flagged", "source");
        for (SourceStats s : set.sources()) {
            out.printf(Locale.ROOT, "%-9s %,9d %,9d %,9d %,10d %,8d %,8d %,8d  %s%n", s.format(), s.seen(), s.parsed(),
                    s.rejected(), s.indicators(), s.revoked(), s.expired(), s.flagged(), s.source());
        }
        out.printf(Locale.ROOT, "%-9s %,9d %,9d %,9d %,10d%n", "total", set.seen(), set.parsed(), set.rejected(),
                set.indicators().size());
        out.println();
        out.println("indicators per type:");
        for (Map.Entry<ObservableType, Long> e : set.byType().entrySet()) {
            out.printf(Locale.ROOT, "  %-10s %,10d%n", e.getKey(), e.getValue());
        }
        if (!set.rejectedByKind().isEmpty()) {
            out.println("rejected per reason:");
            set.rejectedByKind().forEach((k, v) -> out.printf(Locale.ROOT, "  %-26s %,10d%n", k, v));
        }
        if (!set.flaggedByList().isEmpty()) {
            out.println("flagged per warning list (kept; a match may be noise):");
            set.flaggedByList().forEach((k, v) -> out.printf(Locale.ROOT, "  %,10d  %s%n", v, k));
        }
    }
}

package io.longwatch.cli.hunt;

import io.longwatch.core.detect.Detector;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.intel.IntelLoadOptions;
import io.longwatch.intel.IntelLoader;
import io.longwatch.intel.IntelSet;
import io.longwatch.intel.match.IntelDetector;
import io.longwatch.intel.match.MatchOptions;
import io.longwatch.intel.warninglist.WarningLists;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** Indicators for a hunt: {@code --intel PATH...} and how they match. */
public final class IntelOptions {

    @Option(names = "--intel", paramLabel = "PATH", split = ",",
            description = "Indicator feeds (STIX 2.0/2.1 bundles, MISP events/feeds, CSV, plain lists; folders "
                    + "recursively). Matches are findings of kind intel. Repeatable; with --intel, --rules is optional.")
    List<Path> intel = new ArrayList<>();

    @Option(names = "--intel-warning-lists", paramLabel = "DIR",
            description = "MISP warning lists folder: matches of listed values are kept but marked (level informational).")
    Path warningLists;

    @Option(names = "--intel-ignore-validity",
            description = "Match indicators whatever the event time (default: only inside their valid_from/valid_until).")
    boolean ignoreValidity;

    @Option(names = "--intel-include-revoked", description = "Let revoked indicators match too (default: never).")
    boolean includeRevoked;

    /** Whether any feed was given. */
    public boolean any() {
        return !intel.isEmpty();
    }

    /** Adds feeds besides those given with --intel (the demo adds its own report). */
    public void addFeeds(List<Path> feeds) {
        intel.addAll(feeds);
    }

    /** The paths given with --intel. */
    public List<Path> paths() {
        return intel;
    }

    /** The match options from the flags. */
    public MatchOptions matchOptions() {
        return new MatchOptions(ignoreValidity, includeRevoked);
    }

    /**
     * Loads the feeds and compiles them into a detector (none when no feed is given); every rejected
     * entry goes to {@code problems}, a one-line summary to {@code err} unless {@code quiet}.
     */
    public List<Detector<?>> detectors(ProblemLog problems, PrintWriter err, boolean quiet) throws IOException {
        if (intel.isEmpty()) {
            return List.of();
        }
        long t0 = System.nanoTime();
        IntelLoadOptions options = IntelLoadOptions.defaults();
        if (warningLists != null) {
            options = options.withWarningLists(WarningLists.load(warningLists, problems));
        }
        IntelSet set = IntelLoader.load(intel, options, problems);
        IntelDetector detector = IntelDetector.compile(set.indicators(), matchOptions(), problems);
        if (!quiet) {
            err.printf(Locale.ROOT, "intel: %,d indicators from %,d sources (%,d rejected on import); %,d in the value "
                            + "index, %,d patterns, %,d revoked left out, %,d bad values; %.1f s%n",
                    set.indicators().size(), set.sources().size(), set.rejected(), detector.index().indexed(),
                    detector.patternCount(), detector.index().revokedSkipped(), detector.index().rejected(),
                    (System.nanoTime() - t0) / 1e9);
            for (Map.Entry<String, Long> e : set.flaggedByList().entrySet()) {
                err.printf(Locale.ROOT, "intel: %,d on warning list %s%n", e.getValue(), e.getKey());
            }
        }
        return List.of(detector);
    }
}

package io.longwatch.core.detect;

import io.longwatch.core.finding.FindingSink;
import java.util.List;
import java.util.Set;

/**
 * A compiled detector: a Sigma rule set, an indicator set, a family of behaviour analytics.
 *
 * <p>A detector is built once per run, is immutable and may be shared by every worker thread. Each
 * worker asks it for its own {@link DetectorRun}, feeds that run every event it reads, and when all
 * input is read the host calls {@link #finish} once with every run the detector handed out, so a
 * detector whose findings depend on many events (beaconing, scans, sequence patterns) can merge
 * what its runs collected. The host, not the detector, decides threads and input order.
 *
 * @param <R> this detector's per-worker state
 */
public interface Detector<R extends DetectorRun> {

    /** Short name used in summaries and statistics ({@code sigma}, {@code intel}, {@code analytics}). */
    String name();

    /** Field names this detector reads; readers may skip decoding every other field. */
    Set<String> fieldsUsed();

    /** True when the detector must see every field of every event (keyword search, for example). */
    default boolean needsAllFields() {
        return false;
    }

    /** A fresh run for one worker thread. */
    R newRun();

    /**
     * Called once, after the last event, with every run {@link #newRun} returned (in creation order).
     * Detectors that emit per event do nothing here.
     */
    default void finish(List<R> runs, FindingSink out) {
    }
}

package io.longwatch.analytics;

/**
 * Cuts a pair's samples into tumbling windows (multiples of {@link AnalyticsOptions#window()} since
 * the epoch) and scores each with a {@link BeaconScorer}. The observed range (first and last event
 * time seen) clips each window, so a capture shorter than the window is judged over what it holds.
 *
 * <p>Not thread-safe: one per run, and one for {@code finish}.
 */
final class WindowScoring {

    private final BeaconScorer scorer;
    private final Thresholds thresholds;
    private final long windowMicros;
    long observedMin = Long.MAX_VALUE;
    long observedMax = Long.MIN_VALUE;

    WindowScoring(AnalyticsOptions options) {
        this.thresholds = options.thresholds();
        this.scorer = new BeaconScorer(thresholds);
        this.windowMicros = options.window().toNanos() / 1000;
    }

    int cap() {
        return thresholds.maxSamplesPerPair();
    }

    void observe(long micros) {
        if (micros < observedMin) {
            observedMin = micros;
        }
        if (micros > observedMax) {
            observedMax = micros;
        }
    }

    private long windowOf(PairState p, long packed) {
        return Math.floorDiv(p.baseMicros + Samples.time(packed) * Samples.MICROS_PER_TICK, windowMicros);
    }

    /**
     * Makes room in a full pair: every window older than the newest sample's window is scored and
     * summarised (best score kept), its samples dropped. If all samples share one window, the oldest
     * half is dropped: the newer half stays contiguous, so its intervals are still true intervals.
     */
    void evict(PairState p) {
        PairState s = p;
        s.sort();
        long newest = windowOf(p, s.data[s.size - 1]);
        int keepFrom = s.size;
        while (keepFrom > 0 && windowOf(p, s.data[keepFrom - 1]) == newest) {
            keepFrom--;
        }
        if (keepFrom == 0) {
            int half = s.size / 2;
            p.dropped += half;
            s.dropFirst(half);
            return;
        }
        int a = 0;
        while (a < keepFrom) {
            long w = windowOf(p, s.data[a]);
            int b = a;
            while (b < keepFrom && windowOf(p, s.data[b]) == w) {
                b++;
            }
            WindowScore ws = score(p, a, b, w);
            if (ws != null) {
                if (ws.score().score() >= thresholds.beaconMinScore()) {
                    p.evictedBeaconing++;
                }
                if (p.evicted == null || ws.beats(p.evicted)) {
                    p.evicted = ws;
                }
            }
            a = b;
        }
        s.dropFirst(keepFrom);
    }

    /** The pair's best window (including summarised ones) and how many windows reached the threshold. */
    Best best(PairState p) {
        PairState s = p;
        s.sort();
        WindowScore best = p.evicted;
        int beaconing = p.evictedBeaconing;
        int a = 0;
        while (a < s.size) {
            long w = windowOf(p, s.data[a]);
            int b = a;
            while (b < s.size && windowOf(p, s.data[b]) == w) {
                b++;
            }
            WindowScore ws = score(p, a, b, w);
            if (ws != null) {
                if (ws.score().score() >= thresholds.beaconMinScore()) {
                    beaconing++;
                }
                if (best == null || ws.beats(best)) {
                    best = ws;
                }
            }
            a = b;
        }
        return best == null ? null : new Best(best, beaconing);
    }

    private WindowScore score(PairState p, int a, int b, long window) {
        long start = window * windowMicros;
        long end = start + windowMicros;
        long spanStart = Math.max(start, observedMin);
        long spanEnd = Math.min(end, observedMax);
        long first = p.baseMicros + Samples.time(p.data[a]) * Samples.MICROS_PER_TICK;
        long last = p.baseMicros + Samples.time(p.data[b - 1]) * Samples.MICROS_PER_TICK;
        // Samples may lie outside what this run observed when runs were merged; widen to cover them.
        spanStart = Math.min(spanStart, first);
        spanEnd = Math.max(spanEnd, last);
        BeaconScore bs = scorer.score(p.data, a, b,
                Math.floorDiv(spanStart - p.baseMicros, Samples.MICROS_PER_TICK),
                Math.floorDiv(spanEnd - p.baseMicros, Samples.MICROS_PER_TICK));
        return bs == null ? null : new WindowScore(bs, start, first, last);
    }

    /**
     * A pair's verdict.
     *
     * @param best the best window
     * @param windowsBeaconing windows whose score reached the reporting threshold
     */
    record Best(WindowScore best, int windowsBeaconing) {
    }
}

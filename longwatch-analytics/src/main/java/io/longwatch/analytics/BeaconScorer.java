package io.longwatch.analytics;

/**
 * Scores the periodicity of one pair's connections inside one observation span (the part of a
 * window that holds data). Samples are packed longs: high 32 bits the time in ticks
 * ({@link Samples#TICKS_PER_SECOND}), low 32 bits the bytes sent or -1 when unknown.
 *
 * <p>Not thread-safe: holds scratch arrays; one scorer per thread.
 */
final class BeaconScorer {

    /** Number of equal buckets the observed span is cut into for the coverage sub-score. */
    static final int COVERAGE_BUCKETS = 24;
    /** Dispersion (MAD / median) at which the dispersion term is one half. */
    static final double DISPERSION_HALF = 0.2;
    /** Lag 2 is only tried when the lag-1 regularity is below this. */
    static final double LAG2_BELOW = 0.9;
    /** Lag 2 wins only when its dispersion is at most this share of lag 1's. */
    static final double LAG2_DISPERSION_CUT = 1.0 / 3;
    /** Check-ins at which the count sub-score reaches 1. */
    static final int FULL_CHECKINS = 100;

    private final Thresholds thresholds;
    private double[] values = new double[256];
    private double[] scratch = new double[256];
    private int[] checkin = new int[256];
    private boolean[] buckets = new boolean[COVERAGE_BUCKETS];
    private double lastMedian;

    BeaconScorer(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * Scores samples {@code [from, to)} of an ascending packed array.
     *
     * @param spanStart first tick of the observed span (window clipped to the data's range)
     * @param spanEnd last tick of the observed span
     * @return the score, or null when there are too few connections to judge
     */
    BeaconScore score(long[] samples, int from, int to, long spanStart, long spanEnd) {
        int n = to - from;
        if (n < thresholds.beaconMinConnections()) {
            return null;
        }
        double spanSeconds = Math.max(1.0, (spanEnd - spanStart) / (double) Samples.TICKS_PER_SECOND);
        double strobeAt = Math.max(thresholds.strobeMinConnections(),
                thresholds.strobePerDay() * spanSeconds / 86_400.0);
        ensure(n);
        // Check-ins: connections closer than the burst gap are one check-in (parallel sockets, retries).
        long gap = Math.round(thresholds.burstGapSeconds() * Samples.TICKS_PER_SECOND);
        int m = 0;
        long last = Long.MIN_VALUE;
        for (int i = from; i < to; i++) {
            long t = Samples.time(samples[i]);
            if (m == 0 || t - last > gap) {
                checkin[m++] = (int) (t - Samples.time(samples[from]));
            }
            last = t;
        }
        boolean strobe = n >= strobeAt;
        if (m < thresholds.beaconMinCheckins() && !strobe) {
            return null;
        }
        Regularity lag1 = intervals(checkin, m, 1);
        Regularity lag2 = intervals(checkin, m, 2);
        // Summing two random intervals alone shrinks dispersion by about sqrt(2), and on a few dozen
        // intervals by chance by far more; a check-in made of two connections shrinks it far more too,
        // but it also makes the lag-1 intervals alternate (short, long, short, ...), each half tight.
        // Lag 2 wins only with a cut to a third (or better), better regularity, and that alternation,
        // and only when lag 1 is not regular already.
        Regularity best = lag2 != null && (lag1 == null || (lag1.score < LAG2_BELOW
                && lag2.dispersion <= lag1.dispersion * LAG2_DISPERSION_CUT && lag2.score > lag1.score
                && alternates(checkin, m, lag1.dispersion))) ? lag2 : lag1;
        if (best == null) {
            best = new Regularity(0, 0, 0, 0, 1);
        }
        double sizeScore = sizes(samples, from, to);
        double medianSize = lastMedian;
        double coverage = coverage(samples, from, to, spanStart, spanEnd, best.median * best.lag);
        double countScore = Math.min(1.0, Math.log10(Math.max(1, m)) / Math.log10(FULL_CHECKINS));
        double support = Double.isNaN(sizeScore)
                ? 0.6 * coverage + 0.4 * countScore
                : 0.4 * sizeScore + 0.4 * coverage + 0.2 * countScore;
        double score = best.score * (0.55 + 0.45 * support);
        if (strobe) {
            score = 1.0;
        }
        return new BeaconScore(clamp(score), clamp(best.score), Double.isNaN(sizeScore) ? Double.NaN : clamp(sizeScore),
                clamp(coverage), clamp(countScore), strobe, best.lag, n, m,
                best.median / Samples.TICKS_PER_SECOND, best.bowley, best.dispersion,
                Double.isNaN(sizeScore) ? -1 : medianSize);
    }

    /** Regularity of the lag-k differences of check-in times; null when fewer than 4 intervals. */
    private Regularity intervals(int[] checkin, int m, int lag) {
        int k = m - lag;
        if (k < 4) {
            return null;
        }
        for (int i = 0; i < k; i++) {
            values[i] = checkin[i + lag] - checkin[i];
        }
        RobustStats.Summary s = RobustStats.summarise(values, k, scratch);
        double dispersion = s.median() > 0 ? s.mad() / s.median() : 1.0;
        double score = regularity(s.bowley(), dispersion);
        return new Regularity(score, s.median(), s.bowley(), dispersion, lag);
    }

    /**
     * Whether the lag-1 intervals split into two tight alternating halves (even and odd positions),
     * each at most half as dispersed as all of them: the mark of two connections per check-in.
     */
    private boolean alternates(int[] checkin, int m, double lag1Dispersion) {
        for (int parity = 0; parity < 2; parity++) {
            int k = 0;
            for (int i = parity; i + 1 < m; i += 2) {
                values[k++] = checkin[i + 1] - checkin[i];
            }
            if (k < 4) {
                return false;
            }
            RobustStats.Summary s = RobustStats.summarise(values, k, scratch);
            double dispersion = s.median() > 0 ? s.mad() / s.median() : 1.0;
            if (dispersion > lag1Dispersion * LAG2_DISPERSION_CUT * 1.5) {
                return false;
            }
        }
        return true;
    }

    /** Regularity of sizes; NaN when no sample carries a size. */
    private double sizes(long[] samples, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            int size = Samples.size(samples[i]);
            if (size >= 0) {
                values[k++] = size;
            }
        }
        if (k < thresholds.beaconMinCheckins()) {
            lastMedian = -1;
            return Double.NaN;
        }
        RobustStats.Summary s = RobustStats.summarise(values, k, scratch);
        lastMedian = s.median();
        double dispersion = s.mad() / Math.max(1.0, s.median());
        return regularity(s.bowley(), dispersion);
    }

    /**
     * The combined regularity of a sample: one quarter symmetry (1 - |Bowley skew|), three quarters
     * tightness (1 / (1 + (dispersion / 0.2)^2)). Symmetry alone cannot tell uniform noise from a
     * beacon, so tightness weighs most.
     */
    static double regularity(double bowley, double dispersion) {
        double symmetry = 1.0 - Math.abs(bowley);
        double x = dispersion / DISPERSION_HALF;
        double tightness = 1.0 / (1.0 + x * x);
        return 0.25 * symmetry + 0.75 * tightness;
    }

    /**
     * Share of the coverage buckets the pair touched, out of the buckets a perfect beacon with the
     * pair's own period could touch (so a two-hourly beacon is not punished by hourly buckets).
     */
    private double coverage(long[] samples, int from, int to, long spanStart, long spanEnd, double periodTicks) {
        long span = Math.max(1, spanEnd - spanStart);
        java.util.Arrays.fill(buckets, false);
        int touched = 0;
        for (int i = from; i < to; i++) {
            long t = Samples.time(samples[i]);
            int b = (int) Math.min(COVERAGE_BUCKETS - 1, Math.max(0, (t - spanStart) * COVERAGE_BUCKETS / span));
            if (!buckets[b]) {
                buckets[b] = true;
                touched++;
            }
        }
        double reachable = COVERAGE_BUCKETS;
        if (periodTicks > 0) {
            double bucketTicks = (double) span / COVERAGE_BUCKETS;
            if (periodTicks > bucketTicks) {
                reachable = Math.max(1.0, span / periodTicks);
            }
        }
        return Math.min(1.0, touched / reachable);
    }

    private void ensure(int n) {
        if (values.length < n) {
            values = new double[n];
            scratch = new double[n];
            checkin = new int[n];
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private record Regularity(double score, double median, double bowley, double dispersion, int lag) {
    }
}

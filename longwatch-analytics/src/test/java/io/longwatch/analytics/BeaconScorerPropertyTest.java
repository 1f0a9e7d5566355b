package io.longwatch.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Properties of the beacon statistics on generated connection series. */
class BeaconScorerPropertyTest {

    private final BeaconScorer scorer = new BeaconScorer(Thresholds.defaults());

    /** Connection times in ticks: a period, each interval jittered uniformly by +-jitter * period. */
    static long[] series(int n, double periodSeconds, double jitter, int bytes, Random rnd) {
        long[] out = new long[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            out[i] = Samples.pack(Math.round(t * Samples.TICKS_PER_SECOND), bytes);
            t += periodSeconds * (1 + jitter * (2 * rnd.nextDouble() - 1));
        }
        return out;
    }

    private BeaconScore score(long[] s) {
        return scorer.score(s, 0, s.length, Samples.time(s[0]), Samples.time(s[s.length - 1]));
    }

    @Property(tries = 200)
    void aPerfectBeaconScoresAtLeast095(@ForAll @IntRange(min = 30, max = 2000) int n,
            @ForAll @IntRange(min = 5, max = 7200) int period, @ForAll @IntRange(min = 0, max = 5000) int bytes) {
        BeaconScore s = score(series(n, period, 0, bytes, new Random(1)));
        assertThat(s).isNotNull();
        assertThat(s.score()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.medianIntervalSeconds()).isBetween(period - 0.2, period + 0.2);
    }

    /** Connection times with intervals uniform in [1.5 s, 2 x mean + 1.5 s], random sizes. */
    private static long[] uniform(int n, int meanPeriod, long seed) {
        Random rnd = new Random(seed);
        long[] s = new long[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            s[i] = Samples.pack(Math.round(t * Samples.TICKS_PER_SECOND), rnd.nextInt(5000));
            t += 2.0 * meanPeriod * rnd.nextDouble() + 1.5;
        }
        return s;
    }

    @Property(tries = 1000)
    void uniformRandomIntervalsScoreLow(@ForAll @IntRange(min = 100, max = 2000) int n,
            @ForAll @IntRange(min = 10, max = 3600) int meanPeriod, @ForAll @LongRange long seed) {
        BeaconScore score = score(uniform(n, meanPeriod, seed));
        assertThat(score.score()).isLessThan(0.6);
        assertThat(score.intervalScore()).isLessThan(0.7);
    }

    /**
     * Few intervals leave room for chance regularity: n = 20, mean 10 s, seed 184 scores 0.76 (by
     * lag 2), so "never" cannot be promised and a random property would fail now and then. What
     * holds is a rate: over 50,000 seeded samples (measured: 1 in 200,000 with another seed), at
     * most one in ten thousand reaches the reporting threshold.
     */
    @Test
    void smallUniformSamplesAreRarelyReported() {
        double threshold = Thresholds.defaults().beaconMinScore();
        Random rnd = new Random(20_261_128L);
        int samples = 50_000;
        int reported = 0;
        for (int k = 0; k < samples; k++) {
            int n = 20 + rnd.nextInt(81);
            int meanPeriod = 10 + rnd.nextInt(3591);
            BeaconScore score = score(uniform(n, meanPeriod, rnd.nextLong()));
            if (score != null && score.score() >= threshold) {
                reported++;
            }
        }
        assertThat(reported).isLessThanOrEqualTo(samples / 10_000);
        assertThat(score(uniform(20, 10, 184)).score()).isGreaterThanOrEqualTo(threshold); // the known exception
    }

    @Property(tries = 100)
    void poissonArrivalsScoreLow(@ForAll @IntRange(min = 50, max = 2000) int n,
            @ForAll @IntRange(min = 10, max = 3600) int meanPeriod, @ForAll @LongRange long seed) {
        Random rnd = new Random(seed);
        long[] s = new long[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            s[i] = Samples.pack(Math.round(t * Samples.TICKS_PER_SECOND), 100 + rnd.nextInt(5000));
            t += -meanPeriod * Math.log(1 - rnd.nextDouble()) + 1.5;
        }
        assertThat(score(s).score()).isLessThan(0.5);
    }

    @Property(tries = 100)
    void jitterDegradesGracefully(@ForAll @IntRange(min = 200, max = 1500) int n,
            @ForAll @IntRange(min = 30, max = 3600) int period, @ForAll @LongRange long seed) {
        double previous = 1.0;
        double[] jitters = {0.0, 0.05, 0.1, 0.2, 0.4, 0.8};
        double[] scores = new double[jitters.length];
        for (int j = 0; j < jitters.length; j++) {
            scores[j] = score(series(n, period, jitters[j], 300, new Random(seed))).score();
            // Never rises by more than noise as jitter grows.
            assertThat(scores[j]).isLessThanOrEqualTo(previous + 0.05);
            previous = scores[j];
        }
        assertThat(scores[2]).as("10%% jitter still a beacon").isGreaterThanOrEqualTo(0.8);
        assertThat(scores[4]).as("40%% jitter is partly regular").isBetween(0.3, 0.9);
        assertThat(scores[5]).as("80%% jitter is mostly noise").isLessThan(scores[1] - 0.2);
    }

    @Property(tries = 50)
    void twoConnectionsPerCheckinAreRegularAtLagTwo(@ForAll @IntRange(min = 40, max = 400) int n,
            @ForAll @IntRange(min = 20, max = 600) int period) {
        long[] s = new long[2 * n];
        for (int i = 0; i < n; i++) {
            long base = (long) i * period * Samples.TICKS_PER_SECOND;
            s[2 * i] = Samples.pack(base, 0);
            s[2 * i + 1] = Samples.pack(base + (long) (period * 0.4 * Samples.TICKS_PER_SECOND), 0);
        }
        BeaconScore score = score(s);
        assertThat(score.lag()).isEqualTo(2);
        assertThat(score.score()).isGreaterThanOrEqualTo(0.9);
    }

    @Property(tries = 20)
    void extremeCountsAreStrobes(@ForAll @IntRange(min = 2000, max = 5000) int n) {
        long[] s = series(n, 0.5, 0.5, 10, new Random(n));
        BeaconScore score = scorer.score(s, 0, n, Samples.time(s[0]), Samples.time(s[n - 1]));
        assertThat(score.strobe()).isTrue();
        assertThat(score.score()).isEqualTo(1.0);
    }
}

package io.longwatch.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RobustStatsTest {

    @Test
    void quartilesSkewAndMadOfASymmetricSample() {
        double[] v = {9, 1, 8, 2, 7, 3, 6, 4, 5};
        RobustStats.Summary s = RobustStats.summarise(v, v.length, new double[v.length]);
        assertThat(s.q1()).isEqualTo(3);
        assertThat(s.median()).isEqualTo(5);
        assertThat(s.q3()).isEqualTo(7);
        assertThat(s.bowley()).isZero();
        // |x - 5| = 4,4,3,3,2,2,1,1,0 -> median 2
        assertThat(s.mad()).isEqualTo(2);
    }

    @Test
    void rightSkewedSampleHasPositiveBowleySkew() {
        double[] v = {1, 2, 2, 3, 3, 3, 10, 20, 40};
        RobustStats.Summary s = RobustStats.summarise(v, v.length, new double[v.length]);
        // q1 = 2, q2 = 3, q3 = 10 -> (2 + 10 - 6) / 8 = 0.75
        assertThat(s.bowley()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void aVeryTightMiddleHalfCountsAsSymmetric() {
        double[] v = {600, 600, 600, 600, 601, 602, 600, 600};
        RobustStats.Summary s = RobustStats.summarise(v, v.length, new double[v.length]);
        assertThat(s.bowley()).isZero();
    }

    @Test
    void quantileInterpolatesBetweenRanks() {
        double[] v = {10, 20, 30, 40};
        assertThat(RobustStats.quantile(v, 4, 0.5)).isEqualTo(25);
        assertThat(RobustStats.quantile(v, 4, 0.25)).isCloseTo(17.5, within(1e-9));
    }

    @Test
    void entropyOfRandomLabelsIsHigherThanOfWords() {
        assertThat(Lexical.entropyWithoutDots("aaaa", 0, 4)).isZero();
        assertThat(Lexical.entropyWithoutDots("ab.ab", 0, 5)).isCloseTo(1.0, within(1e-9));
        assertThat(Lexical.generatedness("xkqzjvwpq")).isGreaterThan(Lexical.generatedness("weather"));
    }
}

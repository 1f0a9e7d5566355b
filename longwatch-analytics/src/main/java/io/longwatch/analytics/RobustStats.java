package io.longwatch.analytics;

import java.util.Arrays;

/**
 * Order statistics that outliers cannot drag far: quartiles, Bowley (quartile) skew and the median
 * absolute deviation. Inputs are sorted in place; callers pass scratch copies they own.
 */
final class RobustStats {

    /** IQR below this share of the median counts as no spread: skew is reported as 0. */
    static final double MIN_RELATIVE_IQR = 0.1;

    private RobustStats() {
    }

    /** The q-quantile (0..1) of an ascending array, linear interpolation between ranks. */
    static double quantile(double[] sorted, int n, double q) {
        if (n == 0) {
            return Double.NaN;
        }
        double pos = q * (n - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(n - 1, lo + 1);
        double frac = pos - lo;
        return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
    }

    /**
     * Quartile summary of the first {@code n} values; sorts them in place.
     *
     * @return q1, median, q3, Bowley skew in [-1, 1] (0 when the IQR is under a tenth of the median), and the
     *     MAD about the median
     */
    static Summary summarise(double[] values, int n, double[] scratch) {
        Arrays.sort(values, 0, n);
        double q1 = quantile(values, n, 0.25);
        double q2 = quantile(values, n, 0.5);
        double q3 = quantile(values, n, 0.75);
        double iqr = q3 - q1;
        // When the middle half is tighter than a tenth of the median, its shape is measurement noise
        // (timer jitter, rounding): call it symmetric rather than let a tiny IQR amplify it to +-1.
        double skew = iqr > MIN_RELATIVE_IQR * Math.abs(q2) && iqr > 0 ? (q1 + q3 - 2 * q2) / iqr : 0;
        for (int i = 0; i < n; i++) {
            scratch[i] = Math.abs(values[i] - q2);
        }
        Arrays.sort(scratch, 0, n);
        double mad = quantile(scratch, n, 0.5);
        return new Summary(q1, q2, q3, Math.max(-1, Math.min(1, skew)), mad);
    }

    /**
     * Quartiles, skew and MAD of a sample.
     *
     * @param q1 first quartile
     * @param median second quartile
     * @param q3 third quartile
     * @param bowley Bowley skew (q1 + q3 - 2 median) / (q3 - q1), 0 for an IQR under a tenth of the median
     * @param mad median absolute deviation about the median
     */
    record Summary(double q1, double median, double q3, double bowley, double mad) {
    }
}

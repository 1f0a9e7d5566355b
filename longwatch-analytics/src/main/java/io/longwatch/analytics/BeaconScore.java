package io.longwatch.analytics;

/**
 * How periodic one pair looked in one window, with every sub-score that made the score.
 * See {@code docs/analytics.md} for the formula.
 *
 * @param score overall score in [0, 1]
 * @param intervalScore regularity of the intervals between connections, in [0, 1]
 * @param sizeScore regularity of the sizes sent, in [0, 1], or NaN when sizes are unknown
 * @param coverage share of the observed span the pair was active in, for its own period, in [0, 1]
 * @param countScore how many check-ins support the verdict, in [0, 1]
 * @param strobe true when the connection count alone was extreme (score forced to 1)
 * @param lag 1 when consecutive intervals are regular, 2 when each check-in makes two connections
 * @param connections connections in the window
 * @param checkins check-ins after merging connections closer than the burst gap
 * @param medianIntervalSeconds median interval between check-ins (at the chosen lag)
 * @param intervalBowley Bowley skew of the intervals
 * @param intervalDispersion MAD / median of the intervals
 * @param medianSize median bytes sent by the source per connection, or -1 when unknown
 */
public record BeaconScore(
        double score,
        double intervalScore,
        double sizeScore,
        double coverage,
        double countScore,
        boolean strobe,
        int lag,
        int connections,
        int checkins,
        double medianIntervalSeconds,
        double intervalBowley,
        double intervalDispersion,
        double medianSize) {
}

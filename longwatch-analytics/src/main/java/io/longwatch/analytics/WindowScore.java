package io.longwatch.analytics;

/**
 * A beacon score with the window it was measured in.
 *
 * @param score the score and its sub-scores
 * @param windowStartMicros start of the window (UTC microseconds)
 * @param firstMicros first connection of the pair in the window
 * @param lastMicros last connection of the pair in the window
 */
record WindowScore(BeaconScore score, long windowStartMicros, long firstMicros, long lastMicros) {

    /** Higher score wins; ties go to the earlier window, so merging order cannot change the result. */
    boolean beats(WindowScore other) {
        int c = Double.compare(score.score(), other.score.score());
        return c > 0 || (c == 0 && windowStartMicros < other.windowStartMicros);
    }
}

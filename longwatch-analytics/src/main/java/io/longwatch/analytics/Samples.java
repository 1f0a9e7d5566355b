package io.longwatch.analytics;

/**
 * How a pair's connections are stored: one packed long each, the time in ticks since the pair's base
 * (high 32 bits) and the bytes sent or -1 (low 32 bits). Packing keeps 8 bytes per connection and lets
 * one {@code Arrays.sort} order them by time.
 */
final class Samples {

    /** Resolution of stored times: 100 ms, so an int offset covers about 6.8 years. */
    static final int TICKS_PER_SECOND = 10;
    static final long MICROS_PER_TICK = 1_000_000L / TICKS_PER_SECOND;

    private Samples() {
    }

    static long pack(long ticks, int bytes) {
        return (ticks << 32) | (bytes & 0xffffffffL);
    }

    static long time(long packed) {
        return packed >> 32;
    }

    static int size(long packed) {
        return (int) packed;
    }
}

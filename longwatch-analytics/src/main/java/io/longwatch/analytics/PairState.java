package io.longwatch.analytics;

import io.longwatch.core.event.SourceRef;

/**
 * What one run knows about one source to destination pair (an IP pair or a source to name pair):
 * exact counters and times, connection durations, and the connections themselves as packed samples
 * for beacon scoring, bounded by {@link Thresholds#maxSamplesPerPair()} (see {@link WindowScoring#evict}).
 */
final class PairState extends Samples {

    final String src;
    final String dst;
    final boolean srcInternal;
    final boolean dstInternal;
    /** Time origin of the samples, microseconds. */
    long baseMicros;
    /** Hash of (src, dst), to merge runs by sorting numbers instead of text. */
    final long keyHash;
    long count;
    long firstMicros = Long.MAX_VALUE;
    long lastMicros = Long.MIN_VALUE;
    int firstPort;
    SourceRef firstSource;
    double totalDuration;
    double maxDuration = -1;
    SourceRef longestSource;
    long longestMicros;
    /** Best window already summarised because the sample cap was reached, or null. */
    WindowScore evicted;
    /** Windows summarised so far whose score reached the reporting threshold. */
    int evictedBeaconing;
    /** Connections not kept as samples (cap reached inside one window). */
    int dropped;

    PairState(String src, String dst, boolean srcInternal, boolean dstInternal, long baseMicros) {
        this.src = src;
        this.dst = dst;
        this.srcInternal = srcInternal;
        this.dstInternal = dstInternal;
        this.keyHash = LongSet.hash(src) * 0x9E3779B97F4A7C15L + LongSet.hash(dst);
        // On the tick grid, so every run stores a connection at the same tick whatever its first event.
        this.baseMicros = Math.floorDiv(baseMicros, Samples.MICROS_PER_TICK) * Samples.MICROS_PER_TICK;
    }

    /** Counts one connection; {@code bytes} is -1 when unknown. */
    void add(long micros, int bytes, int port, SourceRef source, WindowScoring windows) {
        count++;
        if (micros < firstMicros) {
            firstMicros = micros;
            firstSource = source;
            firstPort = port;
        }
        if (micros > lastMicros) {
            lastMicros = micros;
        }
        if (windows != null) {
            if (size == windows.cap()) {
                windows.evict(this);
            }
            add(Samples.pack(Math.floorDiv(micros - baseMicros, Samples.MICROS_PER_TICK), bytes));
        }
    }

    void addDuration(double seconds, long micros, SourceRef source) {
        totalDuration += seconds;
        if (seconds > maxDuration) {
            maxDuration = seconds;
            longestSource = source;
            longestMicros = micros;
        }
    }

    /** Folds another run's state for the same pair into this one. */
    void absorb(PairState o) {
        count += o.count;
        if (o.firstMicros < firstMicros) {
            firstMicros = o.firstMicros;
            firstSource = o.firstSource;
            firstPort = o.firstPort;
        }
        lastMicros = Math.max(lastMicros, o.lastMicros);
        totalDuration += o.totalDuration;
        if (o.maxDuration > maxDuration) {
            maxDuration = o.maxDuration;
            longestSource = o.longestSource;
            longestMicros = o.longestMicros;
        }
        if (o.evicted != null && (evicted == null || o.evicted.beats(evicted))) {
            evicted = o.evicted;
        }
        evictedBeaconing += o.evictedBeaconing;
        dropped += o.dropped;
        addAll(o, Math.floorDiv(o.baseMicros - baseMicros, Samples.MICROS_PER_TICK));
    }
}

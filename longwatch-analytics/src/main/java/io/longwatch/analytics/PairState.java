package io.longwatch.analytics;

import io.longwatch.core.event.SourceRef;
import java.util.Arrays;

/**
 * What one run knows about one source to destination pair (an IP pair or a source to name pair):
 * exact counters and times, connection durations, and the connections themselves as packed samples
 * for beacon scoring, bounded by {@link Thresholds#maxSamplesPerPair()} (see {@link WindowScoring#evict}).
 */
final class PairState extends Observed {

    private static final long[] NONE = new long[0];


    /** Source and destination keys ({@link HostTable}, {@link NameTable}). */
    final long src;
    final long dst;
    final boolean srcInternal;
    final boolean dstInternal;
    /** Time origin of the samples, microseconds. */
    long baseMicros;
    /** The connections kept, packed ({@link Samples}); most pairs see one or two, so it starts empty. */
    long[] data = NONE;
    int size;
    long count;
    int firstPort;
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

    PairState(long src, long dst, boolean srcInternal, boolean dstInternal, long baseMicros) {
        this.src = src;
        this.dst = dst;
        this.srcInternal = srcInternal;
        this.dstInternal = dstInternal;
        // On the tick grid, so every run stores a connection at the same tick whatever its first event.
        this.baseMicros = Math.floorDiv(baseMicros, Samples.MICROS_PER_TICK) * Samples.MICROS_PER_TICK;
    }

    /** Counts one connection; {@code bytes} is -1 when unknown. */
    void add(long micros, int bytes, int port, SourceRef source, WindowScoring windows) {
        count++;
        if (see(micros, source)) {
            firstPort = port;
        }
        if (windows != null) {
            if (size == windows.cap()) {
                windows.evict(this);
            }
            add(Samples.pack(Math.floorDiv(micros - baseMicros, Samples.MICROS_PER_TICK), bytes));
        }
    }

    /**
     * Adds a connection's duration. The longest connection's record is only kept once it is long
     * enough to be reported ({@code longSeconds}): most pairs never need one, and it costs memory.
     */
    void addDuration(double seconds, long micros, SourceRef source, double longSeconds) {
        totalDuration += seconds;
        if (seconds > maxDuration) {
            maxDuration = seconds;
            longestMicros = micros;
            longestSource = seconds >= longSeconds ? source : null;
        }
    }

    /** Folds another run's state for the same pair into this one. */
    void absorb(PairState o) {
        count += o.count;
        if (absorbSpan(o)) {
            firstPort = o.firstPort;
        }
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
        long shift = Math.floorDiv(o.baseMicros - baseMicros, Samples.MICROS_PER_TICK);
        if (size + o.size > data.length) {
            data = Arrays.copyOf(data, size + o.size);
        }
        for (int i = 0; i < o.size; i++) {
            long p = o.data[i];
            data[size++] = Samples.pack(Samples.time(p) + shift, Samples.size(p));
        }
    }

    private void add(long packed) {
        if (size == data.length) {
            data = Arrays.copyOf(data, Math.max(2, size * 2));
        }
        data[size++] = packed;
    }

    void sort() {
        Arrays.sort(data, 0, size);
    }

    /** Drops samples {@code [0, k)}; the rest move to the front. */
    void dropFirst(int k) {
        System.arraycopy(data, k, data, 0, size - k);
        size -= k;
        if (data.length > 64 && size < data.length / 4) {
            data = Arrays.copyOf(data, Math.max(4, size * 2));
        }
    }
}

package io.longwatch.intel;

import io.longwatch.core.event.Event;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.intel.warninglist.WarningLists;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the feed readers put what they read, entry by entry: for every entry a reader calls
 * {@link #seen()} and then either {@link #accept} (one or more times) followed by {@link #parsed()},
 * or {@link #reject}. The collector counts per source and type, flags warning-list hits, and shares
 * equal label lists, contexts and source names between indicators, since a million indicators must
 * fit in a small heap. Not thread-safe: one load runs on one thread.
 */
public final class ImportCollector {

    private final ProblemSink problems;
    private final WarningLists warningLists;
    private final long nowMicros;
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Counter> sources = new ArrayList<>();
    private final Map<String, Long> rejectedByKind = new TreeMap<>();
    private final Map<String, Long> flaggedByList = new TreeMap<>();
    private final Map<List<String>, List<String>> labelPool = new HashMap<>();
    private final Map<IntelContext, IntelContext> contextPool = new HashMap<>();
    private Counter current;

    private static final class Counter {
        final String source;
        final String format;
        long seen;
        long parsed;
        long rejected;
        long indicators;
        long revoked;
        long expired;
        long flagged;
        final Map<ObservableType, Long> byType = new EnumMap<>(ObservableType.class);

        Counter(String source, String format) {
            this.source = source;
            this.format = format;
        }
    }

    ImportCollector(ProblemSink problems, WarningLists warningLists, long nowMicros) {
        this.problems = problems;
        this.warningLists = warningLists == null ? WarningLists.NONE : warningLists;
        this.nowMicros = nowMicros;
    }

    /** Starts counting for a new source; returns the (shared) source string indicators should carry. */
    public String beginSource(String source, String format) {
        current = new Counter(source, format);
        sources.add(current);
        return current.source;
    }

    /** One more entry seen in the current source. */
    public void seen() {
        current.seen++;
    }

    /** The entry just seen yielded its indicators. */
    public void parsed() {
        current.parsed++;
    }

    /** The entry just seen is rejected; reported with its place, a stable kind and the reason. */
    public void reject(String place, String kind, String message) {
        current.rejected++;
        rejectedByKind.merge(kind, 1L, Long::sum);
        problems.report(new Problem(Problem.Stage.RECORD, place, kind, message));
    }

    /** Reports a problem that is not about one entry (an unreadable file, a missing feed event). */
    public void problem(Problem.Stage stage, String place, String kind, String message) {
        problems.report(new Problem(stage, place, kind, message));
    }

    /** Adds an indicator of the current entry, flagged with the warning lists its value is on. */
    public void accept(Indicator indicator) {
        Indicator ind = indicator;
        if (ind.type() != ObservableType.PATTERN) {
            List<String> lists = warningLists.listsFor(ind.type(), ind.value());
            if (!lists.isEmpty()) {
                ind = ind.withWarningLists(labels(lists));
                current.flagged++;
                for (String l : lists) {
                    flaggedByList.merge(l, 1L, Long::sum);
                }
            }
        }
        indicators.add(ind);
        current.indicators++;
        current.byType.merge(ind.type(), 1L, Long::sum);
        if (ind.revoked()) {
            current.revoked++;
        }
        if (ind.validUntilMicros() != Event.NO_TIME && ind.validUntilMicros() <= nowMicros) {
            current.expired++;
        }
    }

    /** An equal, shared, immutable label list (feeds repeat the same labels on every line). */
    public List<String> labels(List<String> labels) {
        if (labels.isEmpty()) {
            return List.of();
        }
        List<String> shared = labelPool.get(labels);
        if (shared == null) {
            shared = List.copyOf(labels);
            labelPool.put(shared, shared);
        }
        return shared;
    }

    /** An equal, shared context. */
    public IntelContext context(IntelContext context) {
        if (context == null || context.equals(IntelContext.NONE)) {
            return IntelContext.NONE;
        }
        return contextPool.computeIfAbsent(context, c -> c);
    }

    /**
     * A stable id for an indicator whose source gives none, derived from the source's file name, the
     * type and the value, so re-importing the same feed yields the same ids: {@code indicator--} and a
     * UUID (version 8, "custom", RFC 9562) made of two 64-bit hashes. Hand-rolled because a feed of a
     * million lines pays for it a million times, and a digest plus {@link java.util.UUID#toString()}
     * costs several times more.
     */
    public static String derivedId(String sourceName, ObservableType type, String value) {
        long h1 = 0xcbf29ce484222325L;
        long h2 = 0x9E3779B97F4A7C15L;
        for (String part : new String[] {sourceName, type.name(), value}) {
            for (int i = 0, n = part.length(); i < n; i++) {
                char c = part.charAt(i);
                h1 = (h1 ^ c) * 0x100000001b3L;
                h2 = (h2 + c) * 0xff51afd7ed558ccdL;
                h2 ^= h2 >>> 29;
            }
            h1 = (h1 ^ 0x1F) * 0x100000001b3L;
            h2 = (h2 + 0x1F) * 0xff51afd7ed558ccdL;
        }
        h1 = mix(h1);
        h2 = mix(h2 ^ h1);
        h1 = (h1 & ~0xF000L) | 0x8000L;                     // version 8
        h2 = (h2 & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // RFC 9562 variant
        char[] out = new char[11 + 36];
        "indicator--".getChars(0, 11, out, 0);
        int p = 11;
        for (int nibble = 15; nibble >= 0; nibble--) {
            out[p++] = HEX[(int) (h1 >>> (nibble * 4)) & 15];
            if (nibble == 8 || nibble == 4) {
                out[p++] = '-';
            }
        }
        out[p++] = '-';
        for (int nibble = 15; nibble >= 0; nibble--) {
            out[p++] = HEX[(int) (h2 >>> (nibble * 4)) & 15];
            if (nibble == 12) {
                out[p++] = '-';
            }
        }
        return new String(out);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    IntelSet result() {
        List<SourceStats> stats = new ArrayList<>();
        Map<ObservableType, Long> byType = new EnumMap<>(ObservableType.class);
        for (Counter c : sources) {
            stats.add(new SourceStats(c.source, c.format, c.seen, c.parsed, c.rejected, c.indicators, c.byType,
                    c.revoked, c.expired, c.flagged));
            c.byType.forEach((t, n) -> byType.merge(t, n, Long::sum));
        }
        return new IntelSet(indicators, stats, new LinkedHashMap<>(byType), new LinkedHashMap<>(rejectedByKind),
                new LinkedHashMap<>(flaggedByList));
    }
}

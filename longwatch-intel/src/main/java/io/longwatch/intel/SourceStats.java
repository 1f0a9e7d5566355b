package io.longwatch.intel;

import java.util.Map;

/**
 * What one source (a file or a MISP feed) yielded. An entry is one thing the source offers as an
 * indicator (a STIX indicator object or SCO, a MISP attribute, a line); every entry seen is either
 * parsed (and yields one or more indicators) or rejected with a reason: {@code seen == parsed + rejected}.
 *
 * @param source the source path
 * @param format how it was read: stix, misp, misp-feed, csv or text
 * @param seen entries seen
 * @param parsed entries that yielded indicators
 * @param rejected entries rejected, each reported as a problem with its reason
 * @param indicators indicators produced (an OR pattern or a MISP {@code domain|ip} yields several)
 * @param byType indicators per type
 * @param revoked indicators marked revoked by their source (kept, never match)
 * @param expired indicators whose validity ended before the load (kept: older logs may still match)
 * @param flagged indicators on at least one warning list
 */
public record SourceStats(String source, String format, long seen, long parsed, long rejected, long indicators,
        Map<ObservableType, Long> byType, long revoked, long expired, long flagged) {

    public SourceStats {
        byType = Map.copyOf(byType);
    }
}

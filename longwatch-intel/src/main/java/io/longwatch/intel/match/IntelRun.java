package io.longwatch.intel.match;

import io.longwatch.core.detect.DetectorRun;
import io.longwatch.core.event.Event;
import io.longwatch.core.finding.FindingSink;
import io.longwatch.core.finding.MatchedField;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.ObservableType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One worker's share of an {@link IntelDetector}: reusable scratch, not thread-safe. */
public final class IntelRun implements DetectorRun {

    private final IntelDetector detector;
    private final IndicatorIndex index;
    private final Hits hits = new Hits();
    private final IpBits ip = new IpBits();
    private final List<CompiledPattern> single;
    private final List<CompiledPattern> sequences;
    private final List<List<LeafHit>> sequenceHits;
    private final PatternCond.Scratch scratch = new PatternCond.Scratch();
    private final List<MatchedField> matched = new ArrayList<>();

    IntelRun(IntelDetector detector) {
        this.detector = detector;
        this.index = detector.index();
        this.single = detector.singleEventPatterns();
        this.sequences = detector.sequencePatterns();
        this.sequenceHits = new ArrayList<>(sequences.size());
        for (int i = 0; i < sequences.size(); i++) {
            sequenceHits.add(new ArrayList<>());
        }
    }

    /** The observation hits this run kept for sequence pattern {@code p}. */
    List<LeafHit> sequenceHits(int p) {
        return sequenceHits.get(p);
    }

    @Override
    public void accept(Event event, FindingSink out) {
        hits.clear();
        Map<String, FieldRule> rules = detector.rulesFor(event);
        for (int i = 0, n = event.size(); i < n; i++) {
            FieldRule rule = rules.get(event.name(i));
            if (rule == null) {
                continue;
            }
            Object v = event.value(i);
            if (v instanceof String s) {
                if (!s.isEmpty()) {
                    index.lookup(rule, i, s, event, ip, hits);
                }
            } else if (v instanceof List<?> list) {
                for (int k = 0, m = list.size(); k < m; k++) {
                    if (list.get(k) instanceof String s && !s.isEmpty()) {
                        index.lookup(rule, i, s, event, ip, hits);
                    }
                }
            }
        }
        if (hits.size > 0) {
            emit(event, out);
        }
        if (!single.isEmpty() || !sequences.isEmpty()) {
            patterns(event, out);
        }
    }

    private void patterns(Event event, FindingSink out) {
        long t = event.timeMicros();
        for (int i = 0; i < single.size(); i++) {
            CompiledPattern cp = single.get(i);
            matched.clear();
            if (detector.active(cp.indicator(), t) && cp.leaves().get(0).test(event, scratch, matched)) {
                out.accept(IntelFindings.finding(cp.indicator(), event, List.copyOf(matched), List.of()));
            }
        }
        for (int i = 0; i < sequences.size(); i++) {
            CompiledPattern cp = sequences.get(i);
            if (!detector.active(cp.indicator(), t)) {
                continue;
            }
            List<PatternCond> leaves = cp.leaves();
            for (int leaf = 0; leaf < leaves.size(); leaf++) {
                matched.clear();
                if (leaves.get(leaf).test(event, scratch, matched)) {
                    sequenceHits.get(i).add(new LeafHit(leaf, t, IntelDetector.hostKey(event), IntelFindings.user(event),
                            event.source(), List.copyOf(matched)));
                }
            }
        }
    }

    /** Groups the hits by indicator (one finding per indicator and event, listing every field that matched). */
    private void emit(Event event, FindingSink out) {
        long t = event.timeMicros();
        // Identity, not equals: an Indicator record's hashCode walks all its lists.
        Map<Indicator, List<Integer>> byIndicator = new IdentityHashMap<>();
        List<Indicator> order = new ArrayList<>(2);
        for (int h = 0; h < hits.size; h++) {
            for (Indicator ind : index.group(hits.groups[h])) {
                if (detector.active(ind, t)) {
                    List<Integer> mine = byIndicator.get(ind);
                    if (mine == null) {
                        mine = new ArrayList<>(2);
                        byIndicator.put(ind, mine);
                        order.add(ind);
                    }
                    mine.add(h);
                }
            }
        }
        for (Indicator ind : order) {
            List<MatchedField> matches = new ArrayList<>();
            List<Map<String, Object>> observed = new ArrayList<>();
            for (int h : byIndicator.get(ind)) {
                String field = event.name(hits.fields[h]);
                MatchedField mf = new MatchedField(field, hits.values[h]);
                if (!matches.contains(mf)) {
                    matches.add(mf);
                }
                Map<String, Object> seen = new LinkedHashMap<>();
                seen.put("field", field);
                seen.put("type", IntelFindings.typeId(ind.type()));
                seen.put("value", observedValue(ind.type(), hits.values[h], hits.froms[h], hits.tos[h], ind));
                if (!observed.contains(seen)) {
                    observed.add(seen);
                }
            }
            out.accept(IntelFindings.finding(ind, event, matches, observed));
        }
    }

    /** The observable as the event had it, normalised for its type (the address inside a CIDR, the subdomain). */
    private String observedValue(ObservableType type, String s, int from, int to, Indicator ind) {
        return switch (type) {
            case IPV4, IPV6 -> ip.parse(s, from, to, false) ? ip.format() : s.substring(from, to);
            case DOMAIN, EMAIL, MD5, SHA1, SHA256, SHA512, IMPHASH -> s.substring(from, to).toLowerCase(Locale.ROOT);
            case URL -> {
                String u = Urls.normalize(ind.value());
                yield u == null ? ind.value() : u;
            }
            case FILE_NAME, PATTERN -> s.substring(from, to);
        };
    }
}

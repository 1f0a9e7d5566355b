package io.longwatch.intel.match;

import io.longwatch.core.detect.Detector;
import io.longwatch.core.event.Event;
import io.longwatch.core.finding.FindingSink;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.intel.Indicator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Indicators as a hunt detector: each mapped field of each event is looked up once in the compiled
 * {@link IndicatorIndex}; a hit whose indicator is valid at the event's time (by default) becomes a
 * finding of kind {@code intel}. STIX patterns the index cannot hold are evaluated too: single-event
 * patterns per event, sequence patterns (FOLLOWEDBY, WITHIN, REPEATS, ...) over event time per host
 * in {@link #finish}; a pattern that cannot be evaluated is reported with the reason. Immutable and
 * shared by all worker threads; each worker gets its own {@link IntelRun}.
 */
public final class IntelDetector implements Detector<IntelRun> {

    private final IndicatorIndex index;
    private final MatchOptions options;
    private final FieldMapping mapping;
    private final String[] conditionalFields;
    private final Map<String, FieldRule>[] conditionalRules;
    private final Map<String, FieldRule> commonRules;
    private final Set<String> fieldsUsed;
    private final List<CompiledPattern> singleEventPatterns;
    private final List<CompiledPattern> sequencePatterns;
    private final int unsupportedPatterns;

    /** Fields naming the machine a sequence is tracked on when the event has no host (Zeek, proxy logs). */
    static final List<String> HOST_FALLBACK_FIELDS = List.of("id.orig_h", "SourceIp", "source.ip", "src_ip", "client.ip");

    @SuppressWarnings("unchecked")
    private IntelDetector(IndicatorIndex index, FieldMapping mapping, MatchOptions options, ProblemSink problems) {
        this.index = index;
        this.options = options;
        this.mapping = mapping;
        List<FieldMapping.Conditional> cs = mapping.conditionals();
        conditionalFields = new String[cs.size()];
        conditionalRules = new Map[cs.size()];
        for (int i = 0; i < cs.size(); i++) {
            conditionalFields[i] = cs.get(i).requires();
            conditionalRules[i] = new HashMap<>(cs.get(i).rules());
        }
        commonRules = new HashMap<>(mapping.common());
        Set<String> used = new LinkedHashSet<>(mapping.fieldsUsed());
        used.addAll(IntelFindings.USER_FIELDS);
        used.addAll(HOST_FALLBACK_FIELDS);
        List<CompiledPattern> single = new ArrayList<>();
        List<CompiledPattern> sequence = new ArrayList<>();
        int unsupported = 0;
        List<Indicator> patterns = new ArrayList<>(index.patterns());
        patterns.sort(Comparator.comparing(Indicator::id));
        if (!patterns.isEmpty()) {
            PatternPaths paths = PatternPaths.defaults(mapping);
            PatternCompiler compiler = new PatternCompiler(paths);
            for (Indicator ind : patterns) {
                try {
                    CompiledPattern cp = compiler.compile(ind);
                    (cp.singleEvent() ? single : sequence).add(cp);
                } catch (PatternCompiler.Unsupported e) {
                    unsupported++;
                    problems.report(Problem.Stage.RULE, ind.source() + " " + ind.id(), "intel.pattern-unsupported",
                            e.getMessage() + "; pattern " + abbreviate(ind.value()) + " is not evaluated");
                }
            }
            if (!single.isEmpty() || !sequence.isEmpty()) {
                used.addAll(paths.fields());
            }
        }
        singleEventPatterns = List.copyOf(single);
        sequencePatterns = List.copyOf(sequence);
        unsupportedPatterns = unsupported;
        fieldsUsed = Set.copyOf(used);
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    /** Compiles indicators with the built-in field mapping; bad values go to {@code problems}. */
    public static IntelDetector compile(Collection<Indicator> indicators, MatchOptions options, ProblemSink problems) {
        return new IntelDetector(IndicatorIndex.compile(indicators, options, problems), FieldMapping.defaults(), options,
                problems);
    }

    /**
     * A detector over an index compiled earlier, with the given field mapping; pattern indicators that
     * cannot be evaluated are reported to {@code problems} ({@code intel.pattern-unsupported}, with why).
     */
    public static IntelDetector of(IndicatorIndex index, FieldMapping mapping, MatchOptions options,
            ProblemSink problems) {
        return new IntelDetector(index, mapping, options, problems);
    }

    @Override
    public String name() {
        return "intel";
    }

    @Override
    public Set<String> fieldsUsed() {
        return fieldsUsed;
    }

    @Override
    public IntelRun newRun() {
        return new IntelRun(this);
    }

    /**
     * Sequence patterns (FOLLOWEDBY, AND across events, WITHIN, REPEATS, START/STOP): merges the
     * observation hits every run kept, per pattern and host, sorts them by event time and emits one
     * finding per match. Value and single-event pattern matches were emitted per event already.
     */
    @Override
    public void finish(List<IntelRun> runs, FindingSink out) {
        for (int p = 0; p < sequencePatterns.size(); p++) {
            CompiledPattern cp = sequencePatterns.get(p);
            Map<String, List<LeafHit>> byHost = new TreeMap<>();
            for (IntelRun r : runs) {
                for (LeafHit h : r.sequenceHits(p)) {
                    byHost.computeIfAbsent(h.host(), k -> new ArrayList<>()).add(h);
                }
            }
            for (List<LeafHit> hits : byHost.values()) {
                hits.sort(Comparator.comparingLong(LeafHit::time).thenComparing(h -> h.source().place()));
                for (Sequences.Match m : Sequences.evaluate(cp, hits)) {
                    out.accept(IntelFindings.sequenceFinding(cp.indicator(), m.hits()));
                }
            }
        }
    }

    /** Pattern indicators evaluated (single-event and sequence). */
    public int patternCount() {
        return singleEventPatterns.size() + sequencePatterns.size();
    }

    /** Pattern indicators reported as impossible to evaluate. */
    public int unsupportedPatterns() {
        return unsupportedPatterns;
    }

    List<CompiledPattern> singleEventPatterns() {
        return singleEventPatterns;
    }

    List<CompiledPattern> sequencePatterns() {
        return sequencePatterns;
    }

    /** The key a sequence is tracked under: the event's host, else its source address, else "". */
    static String hostKey(Event e) {
        if (e.host() != null) {
            return e.host();
        }
        for (String f : HOST_FALLBACK_FIELDS) {
            Object v = e.get(f);
            if (v instanceof String s && !s.isEmpty()) {
                return s;
            }
        }
        return "";
    }

    /** The compiled index. */
    public IndicatorIndex index() {
        return index;
    }

    /** The field mapping in use. */
    public FieldMapping mapping() {
        return mapping;
    }

    /** The field rules that apply to this event: a conditional section's if the event has its field. */
    Map<String, FieldRule> rulesFor(Event e) {
        if (conditionalFields.length == 0) {
            return commonRules;
        }
        // Names are interned by readers and by the mapping: a reference scan, no equals on a miss.
        for (int f = 0, n = e.size(); f < n; f++) {
            String name = e.name(f);
            for (int i = 0; i < conditionalFields.length; i++) {
                if (name == conditionalFields[i]) {
                    return conditionalRules[i];
                }
            }
        }
        return commonRules;
    }

    /** Whether the indicator may match an event at this time, under the options. */
    boolean active(Indicator ind, long eventMicros) {
        if (ind.revoked() && !options.includeRevoked()) {
            return false;
        }
        if (options.ignoreValidity() || eventMicros == Event.NO_TIME) {
            return true;
        }
        return (ind.validFromMicros() == Event.NO_TIME || eventMicros >= ind.validFromMicros())
                && (ind.validUntilMicros() == Event.NO_TIME || eventMicros < ind.validUntilMicros());
    }
}

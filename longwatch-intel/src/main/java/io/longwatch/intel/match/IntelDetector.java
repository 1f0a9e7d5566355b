package io.longwatch.intel.match;

import io.longwatch.core.detect.Detector;
import io.longwatch.core.event.Event;
import io.longwatch.core.finding.FindingSink;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.intel.Indicator;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Indicators as a hunt detector: each mapped field of each event is looked up once in the compiled
 * {@link IndicatorIndex}; a hit whose indicator is valid at the event's time (by default) becomes a
 * finding of kind {@code intel}. Immutable and shared by all worker threads; each worker gets its own
 * {@link IntelRun}.
 */
public final class IntelDetector implements Detector<IntelRun> {

    private final IndicatorIndex index;
    private final MatchOptions options;
    private final FieldMapping mapping;
    private final String[] conditionalFields;
    private final Map<String, FieldRule>[] conditionalRules;
    private final Map<String, FieldRule> commonRules;
    private final Set<String> fieldsUsed;

    @SuppressWarnings("unchecked")
    private IntelDetector(IndicatorIndex index, FieldMapping mapping, MatchOptions options) {
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
        fieldsUsed = Set.copyOf(used);
    }

    /** Compiles indicators with the built-in field mapping; bad values go to {@code problems}. */
    public static IntelDetector compile(Collection<Indicator> indicators, MatchOptions options, ProblemSink problems) {
        return new IntelDetector(IndicatorIndex.compile(indicators, options, problems), FieldMapping.defaults(), options);
    }

    /** A detector over an index compiled earlier, with the given field mapping. */
    public static IntelDetector of(IndicatorIndex index, FieldMapping mapping, MatchOptions options) {
        return new IntelDetector(index, mapping, options);
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

    @Override
    public void finish(List<IntelRun> runs, FindingSink out) {
        // Value matches are emitted per event; nothing is held back.
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
        for (int i = 0; i < conditionalFields.length; i++) {
            if (e.indexOf(conditionalFields[i]) >= 0) {
                return conditionalRules[i];
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

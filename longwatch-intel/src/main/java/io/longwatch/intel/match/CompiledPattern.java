package io.longwatch.intel.match;

import io.longwatch.intel.Indicator;
import io.longwatch.intel.pattern.ObservationExpression;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A STIX pattern indicator ready to run: one condition per observation (leaf), and the observation
 * expression tree that combines them over time.
 *
 * @param indicator the indicator
 * @param root the observation expression
 * @param leaves the condition of each observation, in tree order
 * @param leafOf which leaf each observation node is (by identity)
 */
record CompiledPattern(Indicator indicator, ObservationExpression root, List<PatternCond> leaves,
        IdentityHashMap<ObservationExpression.Observation, Integer> leafOf) {

    /** Whether the pattern is one observation without qualifiers: decided event by event, no state. */
    boolean singleEvent() {
        return root instanceof ObservationExpression.Observation;
    }

    int leaf(ObservationExpression.Observation o) {
        Integer i = ((Map<ObservationExpression.Observation, Integer>) leafOf).get(o);
        return i == null ? -1 : i;
    }
}

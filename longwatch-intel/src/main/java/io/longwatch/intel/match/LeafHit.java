package io.longwatch.intel.match;

import io.longwatch.core.event.SourceRef;
import io.longwatch.core.finding.MatchedField;
import java.util.List;

/**
 * An event that satisfied one observation of a sequence pattern, kept until the end of the run.
 *
 * @param leaf which observation
 * @param time event time (UTC micros)
 * @param host the host key the sequence is tracked under
 * @param user the event's user, or null
 * @param source the record
 * @param matches the fields that satisfied the observation
 */
record LeafHit(int leaf, long time, String host, String user, SourceRef source, List<MatchedField> matches) {
}

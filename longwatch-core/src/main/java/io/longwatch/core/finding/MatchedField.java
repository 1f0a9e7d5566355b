package io.longwatch.core.finding;

/**
 * One piece of evidence: a field of the source event and its value, as the detector saw it.
 *
 * @param field field name in Longwatch's field model
 * @param value the field's value as text (null when the field matched as null/absent)
 */
public record MatchedField(String field, String value) {
}

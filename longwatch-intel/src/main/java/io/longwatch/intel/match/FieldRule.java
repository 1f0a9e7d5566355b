package io.longwatch.intel.match;

/**
 * How one event field is read for indicators.
 *
 * @param field canonical field name
 * @param kind what the value carries
 * @param hostField for {@link ValueKind#URL_PATH}: the field holding the URL's host, else null
 * @param scheme for {@link ValueKind#URL_PATH}: the scheme to assume, else null
 */
record FieldRule(String field, ValueKind kind, String hostField, String scheme) {
}

package io.longwatch.sigma;

/**
 * A rule's {@code logsource}: what kind of log it is written for. Values are lower-case; any
 * may be null.
 */
public record Logsource(String product, String category, String service) {
}

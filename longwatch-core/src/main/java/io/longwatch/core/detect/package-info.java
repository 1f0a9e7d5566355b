/**
 * The contract between detectors (Sigma, indicators, analytics) and the hosts that run them (the
 * CLI hunt, later the server and the Kafka Streams application): compile once, one run per worker,
 * one {@code finish} at the end.
 */
package io.longwatch.core.detect;

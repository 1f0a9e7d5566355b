package io.longwatch.analytics;

import io.longwatch.core.event.SourceRef;

/**
 * What one run knows about one source's probing: the (host, protocol/port) targets whose connections
 * went unanswered, the hosts it contacted, and a threshold random walk over its first contacts.
 *
 * <p>Threshold random walk (Jung, Paxson, Berger, Balakrishnan, 2004): each first contact to a new host
 * either succeeds or fails; the log-likelihood ratio of "scanner" (success probability theta1) against
 * "benign" (theta0) moves by ln(theta1/theta0) on success and ln((1-theta1)/(1-theta0)) on failure.
 * Crossing ln(beta/alpha) decides "scanner"; crossing ln((1-beta)/(1-alpha)) decides "benign so far", and
 * the walk restarts so a host that starts scanning later is still caught (slow scans included: the walk
 * counts contacts, not time).
 */
final class ScanState {

    final String src;
    /** Targets: (run-local host id << 20) | protoPort. */
    final LongSet targets = new LongSet(16);
    /** Targets whose connection went unanswered, same keys. */
    final LongSet failedTargets = new LongSet(16);
    /** Distinct hosts contacted (run-local ids), for first contacts. */
    final LongSet contacted = new LongSet(16);
    boolean saturated;
    double llr;
    boolean scanner;
    long scannerAtMicros = Long.MAX_VALUE;
    int firstContacts;
    int failedFirstContacts;
    long firstMicros = Long.MAX_VALUE;
    long lastMicros = Long.MIN_VALUE;
    SourceRef firstSource;

    ScanState(String src) {
        this.src = src;
    }

    void accept(int dstId, int protoPort, boolean failed, long micros, SourceRef source, Trw trw, int cap) {
        if (micros < firstMicros) {
            firstMicros = micros;
            firstSource = source;
        }
        if (micros > lastMicros) {
            lastMicros = micros;
        }
        long target = ((long) dstId << 20) | protoPort;
        if (targets.size() < cap) {
            targets.add(target);
            if (failed) {
                failedTargets.add(target);
            }
        } else {
            saturated = true;
        }
        if (contacted.size() < cap && contacted.add(dstId)) {
            firstContacts++;
            if (failed) {
                failedFirstContacts++;
            }
            if (!scanner) {
                llr += failed ? trw.failureStep() : trw.successStep();
                if (llr >= trw.upper()) {
                    scanner = true;
                    scannerAtMicros = micros;
                } else if (llr <= trw.lower()) {
                    llr = 0;
                }
            }
        }
    }

    /** Threshold random walk steps and bounds, in natural-log units. */
    record Trw(double successStep, double failureStep, double upper, double lower) {

        static Trw of(Thresholds t) {
            double theta0 = t.trwBenignSuccess();
            double theta1 = t.trwScannerSuccess();
            return new Trw(Math.log(theta1 / theta0), Math.log((1 - theta1) / (1 - theta0)),
                    Math.log(t.trwDetection() / t.trwFalsePositive()),
                    Math.log((1 - t.trwDetection()) / (1 - t.trwFalsePositive())));
        }
    }
}

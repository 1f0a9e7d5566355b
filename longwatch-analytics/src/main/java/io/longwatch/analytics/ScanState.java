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
final class ScanState extends Observed {

    /** Low 21 bits of an entry that marks "host contacted" rather than a target. */
    static final long CONTACT = (1L << 21) - 1;

    final long src;
    /**
     * One set for everything (millions of sources, most with a target or two): targets as
     * {@code (host << 21) | (protoPort << 1) | failed} and contacted hosts as {@code (host << 21) | CONTACT},
     * host being {@link HostTable#hostBits} of the destination (the same in every run).
     */
    final LongSet entries = new LongSet();
    int failedTargets;
    boolean saturated;
    double llr;
    boolean scanner;
    int firstContacts;
    int failedFirstContacts;

    ScanState(long src) {
        this.src = src;
    }

    static long target(long host, int protoPort, boolean failed) {
        return (host << 21) | ((long) protoPort << 1) | (failed ? 1 : 0);
    }

    void accept(long dstHostBits, int protoPort, boolean failed, long micros, SourceRef source, Trw trw, int cap) {
        see(micros, source);
        if (entries.size() >= cap) {
            saturated = true;
            return;
        }
        if (entries.add(target(dstHostBits, protoPort, failed)) && failed) {
            failedTargets++;
        }
        if (entries.add((dstHostBits << 21) | CONTACT)) {
            firstContacts++;
            if (failed) {
                failedFirstContacts++;
            }
            if (!scanner) {
                llr += failed ? trw.failureStep() : trw.successStep();
                if (llr >= trw.upper()) {
                    scanner = true;
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

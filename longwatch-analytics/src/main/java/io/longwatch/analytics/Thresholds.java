package io.longwatch.analytics;

/**
 * Every number the analytics decide with; {@link #defaults()} gives the documented defaults
 * ({@code docs/analytics.md}). Use the {@code with...} methods to change one.
 *
 * @param beaconMinConnections connections a pair needs in a window before it is scored (20)
 * @param beaconMinCheckins check-ins (connections merged within the burst gap) needed (10)
 * @param beaconMinScore lowest beacon score reported (0.7)
 * @param burstGapSeconds connections closer than this are one check-in (1.0 s)
 * @param strobePerDay connections per 24 h of observed span that make a strobe (86,400)
 * @param strobeMinConnections never call fewer connections than this a strobe (1,000)
 * @param maxSamplesPerPair connections kept per pair before the oldest window is summarised (8,192)
 * @param longConnectionSeconds one connection at least this long is reported (3,600 s)
 * @param cumulativeLongSeconds a pair whose connections sum to at least this is reported (14,400 s)
 * @param scanMinTargets distinct hosts on one port that make a horizontal scan (25)
 * @param scanMinPorts distinct ports on one host that make a vertical scan (25)
 * @param scanMinScore lowest scan score reported (0.5)
 * @param trwBenignSuccess probability a benign host's first contact succeeds, TRW theta0 (0.8)
 * @param trwScannerSuccess probability a scanner's first contact succeeds, TRW theta1 (0.2)
 * @param trwFalsePositive target false-positive rate of the TRW test, alpha (0.01)
 * @param trwDetection target detection rate of the TRW test, beta (0.99)
 * @param maxTargetsPerSource distinct (host, port) targets remembered per source (65,536)
 * @param dnsMinSubdomains unique subdomains of one registrable domain before tunnelling is scored (50)
 * @param dnsMinScore lowest DNS tunnelling score reported (0.6)
 * @param maxSubdomainsPerDomain unique subdomains remembered per domain (10,000)
 * @param dgaMinDomains algorithmic-looking registrable domains one host must query (20)
 * @param dgaMinScore lowest DGA score reported (0.6)
 * @param rareMaxSources a destination seen from at most this many internal hosts is rare (1)
 * @param rareMinPopulation internal hosts needed before rarity means anything (10)
 * @param rareMinConnections connections to a rare destination before it is reported (3)
 * @param maxFindingsPerAnalytic top findings kept per analytic, by score (1,000)
 */
public record Thresholds(
        int beaconMinConnections,
        int beaconMinCheckins,
        double beaconMinScore,
        double burstGapSeconds,
        double strobePerDay,
        int strobeMinConnections,
        int maxSamplesPerPair,
        double longConnectionSeconds,
        double cumulativeLongSeconds,
        int scanMinTargets,
        int scanMinPorts,
        double scanMinScore,
        double trwBenignSuccess,
        double trwScannerSuccess,
        double trwFalsePositive,
        double trwDetection,
        int maxTargetsPerSource,
        int dnsMinSubdomains,
        double dnsMinScore,
        int maxSubdomainsPerDomain,
        int dgaMinDomains,
        double dgaMinScore,
        int rareMaxSources,
        int rareMinPopulation,
        int rareMinConnections,
        int maxFindingsPerAnalytic) {

    public Thresholds {
        if (beaconMinConnections < 3 || beaconMinCheckins < 5 || maxSamplesPerPair < 2 * beaconMinConnections) {
            throw new IllegalArgumentException("beacon thresholds too small: min connections >= 3, min check-ins >= 5, "
                    + "max samples >= 2 x min connections");
        }
        if (!(trwScannerSuccess > 0 && trwScannerSuccess < trwBenignSuccess && trwBenignSuccess < 1)) {
            throw new IllegalArgumentException("TRW needs 0 < scanner success < benign success < 1");
        }
        if (!(trwFalsePositive > 0 && trwFalsePositive < trwDetection && trwDetection < 1)) {
            throw new IllegalArgumentException("TRW needs 0 < false-positive rate < detection rate < 1");
        }
    }

    /** The documented defaults. */
    public static Thresholds defaults() {
        return new Thresholds(20, 10, 0.7, 1.0, 86_400, 1_000, 8_192,
                3_600, 14_400,
                25, 25, 0.5, 0.8, 0.2, 0.01, 0.99, 65_536,
                50, 0.6, 10_000,
                20, 0.6,
                1, 10, 3,
                1_000);
    }

    /** Same thresholds with another per-pair sample cap (the memory bound of beaconing). */
    public Thresholds withMaxSamplesPerPair(int v) {
        return new Thresholds(beaconMinConnections, beaconMinCheckins, beaconMinScore, burstGapSeconds, strobePerDay,
                strobeMinConnections, v, longConnectionSeconds, cumulativeLongSeconds, scanMinTargets,
                scanMinPorts, scanMinScore, trwBenignSuccess, trwScannerSuccess, trwFalsePositive, trwDetection, maxTargetsPerSource,
                dnsMinSubdomains, dnsMinScore, maxSubdomainsPerDomain, dgaMinDomains, dgaMinScore, rareMaxSources,
                rareMinPopulation, rareMinConnections, maxFindingsPerAnalytic);
    }
}

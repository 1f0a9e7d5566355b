package io.longwatch.analytics;

import io.longwatch.core.event.SourceRef;

/**
 * What one run knows about the queries under one registrable domain: volume, the distinct subdomains
 * (as 64-bit hashes, capped), their length and character entropy, TXT/NULL queries, and who asked.
 */
final class DomainState extends Observed {

    final String domain;
    long queries;
    final LongSet subdomains = new LongSet();
    boolean saturated;
    double entropySum;
    double lengthSum;
    int maxLength;
    String longestQuery;
    long txtNull;
    long nxdomain;
    long queryBytes;
    final LongSet sources = new LongSet();
    long firstSourceKey;

    DomainState(String domain) {
        this.domain = domain;
    }

    void accept(String name, String qtype, String rcode, long src, long micros, SourceRef source, int cap) {
        queries++;
        queryBytes += name.length();
        if (see(micros, source)) {
            firstSourceKey = src;
        }
        if ("TXT".equals(qtype) || "NULL".equals(qtype)) {
            txtNull++;
        }
        if ("NXDOMAIN".equals(rcode)) {
            nxdomain++;
        }
        if (sources.size() < 1024) {
            sources.add(src);
        }
        int sub = name.length() - domain.length() - 1;
        if (sub <= 0) {
            return;
        }
        if (subdomains.size() >= cap) {
            saturated = true;
            return;
        }
        if (subdomains.add(LongSet.hash(name))) {
            entropySum += Lexical.entropyWithoutDots(name, 0, sub);
            int letters = sub - dots(name, sub);
            lengthSum += letters;
            if (sub > maxLength) {
                maxLength = sub;
                longestQuery = name;
            }
        }
    }

    private static int dots(String name, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (name.charAt(i) == '.') {
                n++;
            }
        }
        return n;
    }

    void absorb(DomainState o) {
        queries += o.queries;
        queryBytes += o.queryBytes;
        txtNull += o.txtNull;
        nxdomain += o.nxdomain;
        // Distinct subdomains seen by both runs are counted once; their entropy and length sums are
        // approximated by adding the other run's share in proportion to the new ones.
        int before = subdomains.size();
        subdomains.addAll(o.subdomains);
        int added = subdomains.size() - before;
        if (o.subdomains.size() > 0 && added > 0) {
            double f = (double) added / o.subdomains.size();
            entropySum += o.entropySum * f;
            lengthSum += o.lengthSum * f;
        }
        saturated |= o.saturated;
        if (o.maxLength > maxLength) {
            maxLength = o.maxLength;
            longestQuery = o.longestQuery;
        }
        sources.addAll(o.sources);
        if (absorbSpan(o)) {
            firstSourceKey = o.firstSourceKey;
        }
    }
}

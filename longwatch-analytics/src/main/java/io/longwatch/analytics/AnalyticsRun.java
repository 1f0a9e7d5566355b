package io.longwatch.analytics;

import io.longwatch.core.detect.DetectorRun;
import io.longwatch.core.event.Event;
import io.longwatch.core.finding.FindingSink;
import java.util.HashMap;

/**
 * One worker's share of the network analytics: collects per-pair, per-source and per-domain state
 * from the Zeek records it is fed. Emits nothing itself; {@link NetworkAnalytics#finish} merges every
 * run and decides. Not thread-safe.
 */
public final class AnalyticsRun implements DetectorRun {

    final AnalyticsOptions options;
    final Thresholds t;
    final HostTable hosts;
    final NameTable names;
    final WindowScoring windows;
    final PairMap ipPairs = new PairMap();
    final PairMap namePairs = new PairMap();
    final LongMap<ScanState> scans = new LongMap<>();
    final HashMap<String, DomainState> domains = new HashMap<>();
    final LongMap<DgaState> dga = new LongMap<>();
    private final ScanState.Trw trw;
    private final Flow flow = new Flow();
    private final boolean beacon;
    private final boolean pairs;
    private final boolean scan;
    private final boolean tunnel;
    private final boolean dgaOn;
    long records;

    AnalyticsRun(AnalyticsOptions options, CidrSet internal) {
        this.options = options;
        this.t = options.thresholds();
        this.hosts = new HostTable(internal, options.allow());
        this.names = new NameTable(options.allow());
        this.windows = new WindowScoring(options);
        this.trw = ScanState.Trw.of(t);
        this.beacon = options.runs(Analytic.BEACON);
        this.pairs = beacon || options.runs(Analytic.LONG_CONNECTION) || options.runs(Analytic.RARE_DESTINATION);
        this.scan = options.runs(Analytic.SCAN);
        this.tunnel = options.runs(Analytic.DNS_TUNNEL);
        this.dgaOn = options.runs(Analytic.DGA);
    }

    @Override
    public void accept(Event event, FindingSink out) {
        if (!flow.load(event) || flow.type == Flow.Type.OTHER) {
            return;
        }
        records++;
        long micros = event.timeMicros();
        windows.observe(micros);
        long src = hosts.classify(flow.src);
        boolean srcInternal = hosts.internal;
        boolean skip = hosts.allowed;
        long dst = hosts.classify(flow.dst);
        if (skip || hosts.allowed || !hosts.unicast) {
            return;
        }
        boolean dstInternal = hosts.internal;
        switch (flow.type) {
            case CONN -> conn(src, srcInternal, dst, dstInternal, micros);
            case DNS -> {
                dns(src, micros);
                named(src, srcInternal, micros, -1);
            }
            case HTTP -> named(src, srcInternal, micros, (int) Math.min(Integer.MAX_VALUE, flow.requestBodyLength));
            case SSL -> named(src, srcInternal, micros, -1);
            default -> { }
        }
    }

    private void conn(long src, boolean srcInternal, long dst, boolean dstInternal, long micros) {
        if (pairs && !flow.isDns()) {
            PairState p = ipPairs.get(src, dst);
            if (p == null) {
                p = new PairState(src, dst, srcInternal, dstInternal, micros);
                ipPairs.add(p);
            }
            int bytes = (int) Math.min(Integer.MAX_VALUE, flow.origBytes);
            p.add(micros, bytes, flow.dstPort, flow.event.source(), beacon ? windows : null);
            if (flow.durationSeconds >= 0) {
                p.addDuration(flow.durationSeconds, micros, flow.event.source(), t.longConnectionSeconds());
            }
        }
        if (scan) {
            ScanState s = scans.get(src);
            if (s == null) {
                s = new ScanState(src);
                scans.put(src, s);
            }
            s.accept(HostTable.hostBits(dst), flow.protoPort(), flow.failed(), micros, flow.event.source(), trw,
                    t.maxTargetsPerSource());
        }
    }

    /** Source to name pairs (DNS query, HTTP Host, TLS SNI) for beaconing and rare names. */
    private void named(long src, boolean srcInternal, long micros, int bytes) {
        if ((!beacon && !options.runs(Analytic.RARE_DESTINATION)) || flow.name == null) {
            return;
        }
        Name n = names.get(flow.name);
        if (n.allowed()) {
            return;
        }
        PairState p = namePairs.get(src, n.key());
        if (p == null) {
            p = new PairState(src, n.key(), srcInternal, false, micros);
            namePairs.add(p);
        }
        p.add(micros, bytes, flow.dstPort, flow.event.source(), beacon ? windows : null);
    }

    private void dns(long src, long micros) {
        if ((!tunnel && !dgaOn) || flow.query == null) {
            return;
        }
        Name n = names.get(flow.query);
        if (n.allowed() || n.registrable() == null) {
            return;
        }
        if (tunnel) {
            DomainState d = domains.get(n.registrable());
            if (d == null) {
                d = new DomainState(n.registrable());
                domains.put(n.registrable(), d);
            }
            d.accept(n.name(), flow.qtype, flow.rcode, src, micros, flow.event.source(),
                    t.maxSubdomainsPerDomain());
        }
        if (dgaOn) {
            DgaState g = dga.get(src);
            if (g == null) {
                g = new DgaState(src);
                dga.put(src, g);
            }
            g.accept(n.registrable(), "NXDOMAIN".equals(flow.rcode), micros, flow.event.source(),
                    t.maxTargetsPerSource());
        }
    }
}

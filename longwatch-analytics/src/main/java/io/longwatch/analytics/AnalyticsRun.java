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
    final LongMap<PairState> ipPairs = new LongMap<>();
    final LongMap<PairState> namePairs = new LongMap<>();
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
        Host src = hosts.get(flow.src);
        Host dst = hosts.get(flow.dst);
        if (src.allowed() || dst.allowed() || !dst.unicast()) {
            return;
        }
        switch (flow.type) {
            case CONN -> conn(src, dst, micros);
            case DNS -> {
                dns(src, micros);
                named(src, dst, micros, -1);
            }
            case HTTP -> named(src, dst, micros, (int) Math.min(Integer.MAX_VALUE, flow.requestBodyLength));
            case SSL -> named(src, dst, micros, -1);
            default -> { }
        }
    }

    private void conn(Host src, Host dst, long micros) {
        if (pairs && !flow.isDns()) {
            long key = ((long) src.id() << 32) | dst.id();
            PairState p = ipPairs.get(key);
            if (p == null) {
                p = new PairState(src.address(), dst.address(), src.internal(), dst.internal(), micros);
                ipPairs.put(key, p);
            }
            int bytes = (int) Math.min(Integer.MAX_VALUE, flow.origBytes);
            p.add(micros, bytes, flow.dstPort, flow.event.source(), beacon ? windows : null);
            if (flow.durationSeconds >= 0) {
                p.addDuration(flow.durationSeconds, micros, flow.event.source());
            }
        }
        if (scan) {
            ScanState s = scans.get(src.id());
            if (s == null) {
                s = new ScanState(src.address());
                scans.put(src.id(), s);
            }
            s.accept(dst.id(), flow.protoPort(), flow.failed(), micros, flow.event.source(), trw, t.maxTargetsPerSource());
        }
    }

    /** Source to name pairs (DNS query, HTTP Host, TLS SNI) for beaconing and rare names. */
    private void named(Host src, Host dst, long micros, int bytes) {
        if ((!beacon && !options.runs(Analytic.RARE_DESTINATION)) || flow.name == null) {
            return;
        }
        Name n = names.get(flow.name);
        if (n.allowed()) {
            return;
        }
        long key = ((long) src.id() << 32) | n.id();
        PairState p = namePairs.get(key);
        if (p == null) {
            p = new PairState(src.address(), n.name(), src.internal(), false, micros);
            namePairs.put(key, p);
        }
        p.add(micros, bytes, flow.dstPort, flow.event.source(), beacon ? windows : null);
    }

    private void dns(Host src, long micros) {
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
            d.accept(n.name(), flow.qtype, flow.rcode, src.address(), micros, flow.event.source(),
                    t.maxSubdomainsPerDomain());
        }
        if (dgaOn) {
            DgaState g = dga.get(src.id());
            if (g == null) {
                g = new DgaState(src.address());
                dga.put(src.id(), g);
            }
            g.accept(n.registrable(), "NXDOMAIN".equals(flow.rcode), micros, flow.event.source(),
                    t.maxTargetsPerSource());
        }
    }
}

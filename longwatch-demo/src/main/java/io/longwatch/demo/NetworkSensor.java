package io.longwatch.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * A Zeek sensor on the ministry's core switch. It sees every connection the hosts' Sysmon records
 * show, the name lookups they make through the domain controller, and what no Windows log holds:
 * the Linux jump host's tunnels and the operator's port sweep. Output: {@code zeek/conn-weekN.log}
 * and {@code zeek/dns-weekN.log} (weeks 2 and 4 gzipped, as rotated logs are).
 */
final class NetworkSensor {

    /** The written logs and what the campaign looks like in them. */
    record Output(List<Path> files, long records, NetworkTruth truth) {
    }

    private static final List<ZeekLogWriter.Column> CONN = columns(
            "ts time", "uid string", "id.orig_h addr", "id.orig_p port", "id.resp_h addr", "id.resp_p port",
            "proto enum", "service string", "duration interval", "orig_bytes count", "resp_bytes count",
            "conn_state string", "local_orig bool", "local_resp bool", "missed_bytes count", "history string",
            "orig_pkts count", "orig_ip_bytes count", "resp_pkts count", "resp_ip_bytes count",
            "tunnel_parents set[string]");
    private static final List<ZeekLogWriter.Column> DNS = columns(
            "ts time", "uid string", "id.orig_h addr", "id.orig_p port", "id.resp_h addr", "id.resp_p port",
            "proto enum", "trans_id count", "rtt interval", "query string", "qclass count", "qclass_name string",
            "qtype count", "qtype_name string", "rcode count", "rcode_name string", "AA bool", "TC bool", "RD bool",
            "RA bool", "Z count", "answers vector[string]", "TTLs vector[interval]", "rejected bool");
    private static final int WEEKS = 4;
    private static final int MIN_BEACON_CONNECTIONS = 10;
    private static final int[] SCAN_PORTS = {22, 135, 445, 3389, 5985};

    /** One connection as the sensor will log it. */
    private record Flow(long ts, String src, int sport, String dst, int dport, String proto, String service,
            long duration, long origBytes, long respBytes, String state, String history, Injected step) {
    }

    /** One lookup through the domain controller. */
    private record Lookup(long ts, String src, int sport, String query, String answer) {
    }

    private final RandomGenerator rng;
    private final List<Flow> flows = new ArrayList<>();
    private final List<Lookup> lookups = new ArrayList<>();
    private final List<NetworkTruth.Channel> channels = new ArrayList<>();
    private final List<NetworkTruth.Scan> scans = new ArrayList<>();

    private NetworkSensor(RandomGenerator rng) {
        this.rng = rng;
    }

    /** Observes every host's records (campaign included) and writes the sensor's logs under {@code dir/zeek}. */
    static Output observe(Path dir, Collection<HostLog> logs, RandomGenerator rng) throws IOException {
        NetworkSensor s = new NetworkSensor(rng);
        Set<String> known = new HashSet<>();
        for (HostLog log : logs) {
            known.add(log.host.ip());
        }
        for (HostLog log : logs) {
            for (DemoEvent e : log.events) {
                switch (e.kind) {
                    case NETWORK_CONNECT -> s.connection(e);
                    case DNS_QUERY -> s.lookup(log.host, e);
                    default -> { }
                }
            }
        }
        s.beaconTruth();
        for (HostLog log : logs) {
            if (log.host.role() == Role.LINUX_JUMP) {
                s.tunnels(log);
            }
            if (log.host.equals(Ministry.PATIENT_ZERO)) {
                s.portSweep(log, known);
            }
        }
        return s.write(dir.resolve("zeek"));
    }

    private void connection(DemoEvent e) {
        String src = e.get("SourceIp");
        String dst = e.get("DestinationIp");
        int dport = Integer.parseInt(e.get("DestinationPort"));
        String proto = e.get("Protocol");
        String service = switch (dport) {
            case 443 -> "ssl";
            case 80 -> "http";
            case 445 -> "smb";
            case 88 -> "krb_tcp";
            case 389 -> "ldap";
            default -> "-";
        };
        long duration;
        long orig;
        long resp;
        if (e.step != null) {
            // Implant check-ins: short, and nearly the same size every time (no tasking waiting)
            duration = 180_000 + rng.nextLong(400_000);
            orig = 310 + rng.nextLong(25);
            resp = 190 + rng.nextLong(30);
        } else if (dport == 443 || dport == 80) {
            duration = 300_000 + rng.nextLong(40_000_000);
            orig = 700 + rng.nextLong(30_000);
            resp = 2_000 + rng.nextLong(2_500_000);
        } else {
            duration = 5_000 + rng.nextLong(3_000_000);
            orig = 120 + rng.nextLong(4_000);
            resp = 100 + rng.nextLong(20_000);
        }
        flows.add(new Flow(e.timeMicros, src, Integer.parseInt(e.get("SourcePort")), dst, dport, proto, service,
                duration, orig, resp, "SF", "ShADadFf", e.step));
    }

    private void lookup(Host host, DemoEvent e) {
        String result = e.get("QueryResults");
        String answer = result == null ? null : result.replace("::ffff:", "").replace(";", "");
        int sport = 49152 + rng.nextInt(16000);
        lookups.add(new Lookup(e.timeMicros, host.ip(), sport, e.get("QueryName"), answer));
        flows.add(new Flow(e.timeMicros, host.ip(), sport, Ministry.DC.ip(), 53, "udp", "dns", 1_000 + rng.nextLong(9_000),
                30 + e.get("QueryName").length(), 46 + e.get("QueryName").length(), "SF", "Dd", null));
    }

    private void beaconTruth() {
        Map<String, List<Flow>> pairs = new LinkedHashMap<>();
        for (Flow f : flows) {
            if (f.step() != null) {
                pairs.computeIfAbsent(f.src() + ">" + f.dst(), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Flow> pair : pairs.values()) {
            pair.sort(Comparator.comparingLong(Flow::ts));
            Flow first = pair.get(0);
            TreeSet<Integer> ports = new TreeSet<>();
            for (Flow f : pair) {
                ports.add(f.dport());
            }
            // A handful of connections is C2 traffic, but not a schedule an analytic could call periodic
            String kind = pair.size() >= MIN_BEACON_CONNECTIONS ? "beacon" : "connection";
            channels.add(new NetworkTruth.Channel(kind, first.src(), first.dst(), List.copyOf(ports), pair.size(),
                    first.ts(), pair.get(pair.size() - 1).ts(), first.step().technique(), first.step().description()));
        }
    }

    /** GOST and FRP hold one connection each to the relay from their start until they are replaced or the month ends. */
    private void tunnels(HostLog jump) {
        long end = DemoClock.at(DemoClock.DAYS - 1, 23, 59, 0);
        List<long[]> gost = new ArrayList<>();
        List<long[]> frp = new ArrayList<>();
        for (DemoEvent e : jump.events) {
            if (e.step == null || !"T1572".equals(e.step.technique())) {
                continue;
            }
            String image = e.get("Image");
            if (image.endsWith("/gost") || image.endsWith("/swsecret_gw")) {
                gost.add(new long[] {e.timeMicros});
            } else if (image.endsWith("/frpc")) {
                frp.add(new long[] {e.timeMicros});
            }
        }
        tunnel(jump, gost, 8443, end, "GOST relay+tls tunnel forwarding Exchange HTTPS to the operator relay");
        tunnel(jump, frp, 7000, end, "FRP client control connection to the operator relay");
    }

    private void tunnel(HostLog jump, List<long[]> starts, int port, long end, String what) {
        if (starts.isEmpty()) {
            return;
        }
        starts.sort(Comparator.comparingLong(a -> a[0]));
        long first = starts.get(0)[0] + 2_000_000;
        long last = first;
        for (int i = 0; i < starts.size(); i++) {
            long from = starts.get(i)[0] + 2_000_000;
            long to = i + 1 < starts.size() ? starts.get(i + 1)[0] : end;
            long seconds = (to - from) / 1_000_000;
            flows.add(new Flow(from, jump.host.ip(), 40000 + rng.nextInt(20000), Campaign.RELAY, port, "tcp", "ssl",
                    to - from, seconds * 180 + rng.nextLong(50_000), seconds * 260 + rng.nextLong(50_000), "SF",
                    "ShADadTtFf", null));
            last = from;
        }
        channels.add(new NetworkTruth.Channel("tunnel", jump.host.ip(), Campaign.RELAY, List.of(port), starts.size(),
                first, last, "T1572", what));
    }

    /** The operator sweeps the server and workstation subnets from patient zero on the day of discovery. */
    private void portSweep(HostLog ws, Set<String> known) {
        long start = -1;
        for (DemoEvent e : ws.events) {
            if (e.step != null && e.step.id().startsWith("discovery") && (start < 0 || e.timeMicros < start)) {
                start = e.timeMicros;
            }
        }
        if (start < 0) {
            return;
        }
        long t = start + 4 * DemoClock.MINUTE;
        long first = t;
        int probes = 0;
        Set<String> targets = new HashSet<>();
        for (String subnet : new String[] {"10.20.0.", "10.20.1."}) {
            for (int h = 1; h < 255; h++) {
                String dst = subnet + h;
                if (dst.equals(ws.host.ip())) {
                    continue;
                }
                targets.add(dst);
                for (int port : SCAN_PORTS) {
                    boolean up = known.contains(dst);
                    boolean open = up && port != 22;
                    String state = !up ? "S0" : open ? "SF" : "REJ";
                    String history = !up ? "S" : open ? "ShAFf" : "Sr";
                    flows.add(new Flow(t, ws.host.ip(), 50000 + rng.nextInt(10000), dst, port, "tcp", "-",
                            up ? 800 + rng.nextLong(2_000) : 0, 0, 0, state, history, null));
                    probes++;
                    t += 150_000 + rng.nextLong(200_000);
                }
            }
        }
        scans.add(new NetworkTruth.Scan(ws.host.ip(), targets.size(), SCAN_PORTS.length, probes, first, t));
    }

    private Output write(Path dir) throws IOException {
        Files.createDirectories(dir);
        flows.sort(Comparator.comparingLong(Flow::ts).thenComparing(Flow::src).thenComparingInt(Flow::sport));
        lookups.sort(Comparator.comparingLong(Lookup::ts).thenComparing(Lookup::src).thenComparingInt(Lookup::sport));
        List<Path> files = new ArrayList<>();
        long records = 0;
        int fi = 0;
        int li = 0;
        for (int week = 0; week < WEEKS; week++) {
            long open = DemoClock.START_MICROS + week * 7 * DemoClock.DAY;
            long close = open + 7 * DemoClock.DAY;
            String suffix = week % 2 == 1 ? ".log.gz" : ".log";
            Path conn = dir.resolve("conn-week" + (week + 1) + suffix);
            try (ZeekLogWriter w = new ZeekLogWriter(conn, "conn", CONN, open, close)) {
                for (; fi < flows.size() && (week == WEEKS - 1 || flows.get(fi).ts() < close); fi++) {
                    writeConn(w, flows.get(fi));
                }
                records += w.rows();
            }
            files.add(conn);
            Path dns = dir.resolve("dns-week" + (week + 1) + suffix);
            try (ZeekLogWriter w = new ZeekLogWriter(dns, "dns", DNS, open, close)) {
                for (; li < lookups.size() && (week == WEEKS - 1 || lookups.get(li).ts() < close); li++) {
                    writeDns(w, lookups.get(li));
                }
                records += w.rows();
            }
            files.add(dns);
        }
        return new Output(files, records, new NetworkTruth(channels, scans));
    }

    private void writeConn(ZeekLogWriter w, Flow f) throws IOException {
        boolean localResp = f.dst().startsWith("10.");
        long origPkts = f.origBytes() == 0 ? 1 : 2 + f.origBytes() / 1200;
        long respPkts = f.state().equals("S0") ? 0 : f.respBytes() == 0 ? 1 : 2 + f.respBytes() / 1400;
        w.row(ZeekLogWriter.time(f.ts()), uid('C'), f.src(), Integer.toString(f.sport()), f.dst(),
                Integer.toString(f.dport()), f.proto(), f.service(),
                f.state().equals("S0") ? ZeekLogWriter.UNSET : ZeekLogWriter.interval(f.duration()),
                f.state().equals("S0") ? ZeekLogWriter.UNSET : Long.toString(f.origBytes()),
                f.state().equals("S0") ? ZeekLogWriter.UNSET : Long.toString(f.respBytes()),
                f.state(), "T", localResp ? "T" : "F", "0",
                f.history(), Long.toString(origPkts), Long.toString(f.origBytes() + origPkts * 40),
                Long.toString(respPkts), Long.toString(f.respBytes() + respPkts * 40), "(empty)");
    }

    private void writeDns(ZeekLogWriter w, Lookup l) throws IOException {
        boolean answered = l.answer() != null && !l.answer().isEmpty();
        w.row(ZeekLogWriter.time(l.ts()), uid('C'), l.src(), Integer.toString(l.sport()), Ministry.DC.ip(), "53", "udp",
                Integer.toString(rng.nextInt(65536)), ZeekLogWriter.interval(300 + rng.nextLong(20_000)), l.query(),
                "1", "C_INTERNET", "1", "A", answered ? "0" : "3", answered ? "NOERROR" : "NXDOMAIN", "F", "F", "T", "T",
                "0", answered ? l.answer() : ZeekLogWriter.UNSET, answered ? "300.000000" : ZeekLogWriter.UNSET, "F");
    }

    /** Zeek-like connection uid: a letter and 17 base-62 characters, from the sensor's seeded generator. */
    private String uid(char prefix) {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder sb = new StringBuilder(18).append(prefix);
        for (int i = 0; i < 17; i++) {
            sb.append(alphabet.charAt(rng.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static List<ZeekLogWriter.Column> columns(String... specs) {
        List<ZeekLogWriter.Column> out = new ArrayList<>(specs.length);
        for (String s : specs) {
            int sp = s.indexOf(' ');
            out.add(new ZeekLogWriter.Column(s.substring(0, sp), s.substring(sp + 1)));
        }
        return List.copyOf(out);
    }
}

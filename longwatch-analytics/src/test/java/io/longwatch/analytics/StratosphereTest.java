package io.longwatch.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.finding.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analytics on the real Stratosphere Zeek captures: the njRAT C2, Kovter's HTTP C2 from http.log
 * alone, the Nmap port scan, the Simda DGA, and the precision of beacon findings against the captures'
 * own flow labels.
 */
class StratosphereTest {

    private static Path root;

    @BeforeAll
    static void locate() {
        Optional<Path> p = SharedData.resolve("zeek/stratosphere");
        Assumptions.assumeTrue(p.isPresent(), "LONGWATCH_DATA not found: skipping the Stratosphere Zeek tests");
        root = p.get();
    }

    private static List<Finding> analyse(String capture) {
        return Analyse.run(AnalyticsOptions.defaults(), ZeekLogs.folder(root.resolve(capture), "conn", "dns", "http", "ssl"), 2);
    }

    private static List<Finding> beacons(List<Finding> all) {
        return all.stream().filter(f -> f.rule().id().equals("longwatch.analytic.beacon")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> evidence(Finding f) {
        return (Map<String, Object>) f.detail().get("evidence");
    }

    private static double score(Finding f) {
        return (double) f.detail().get("score");
    }

    private static String destination(Finding f) {
        Map<String, Object> ev = evidence(f);
        return String.valueOf(ev.containsKey("dst") ? ev.get("dst") : ev.get("name"));
    }

    @Test
    void njratCommandAndControlIsTheTopBeacon() {
        List<Finding> b = beacons(analyse("001-zeek-scenario-malicious"));
        assertThat(b).isNotEmpty();
        Finding top = b.get(0);
        // The capture's labels name 41.108.179.197:1177 as the C&C (237 flows labelled Malicious/CC).
        assertThat(evidence(top)).containsEntry("src", "192.168.1.115").containsEntry("dst", "41.108.179.197")
                .containsEntry("port", 1177);
        assertThat(score(top)).isGreaterThanOrEqualTo(0.8);
        System.out.printf(Locale.ROOT, "njRAT top beacon: %s -> %s score %.3f, median interval %s s (lag %s)%n",
                evidence(top).get("src"), destination(top), score(top), evidence(top).get("median_interval_s"),
                evidence(top).get("interval_lag"));
    }

    @Test
    void kovterHttpPostsAreBeaconsFromHttpLogAlone() {
        Path capture = root.resolve("009-zeek-malicious");
        try (Stream<Path> files = Files.list(capture.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("conn"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // The C2 addresses: every address the infected host POSTs to in http.log.
        List<Event> http = ZeekLogs.folder(capture, "http");
        TreeMap<String, Integer> posts = new TreeMap<>();
        for (Event e : http) {
            if ("POST".equals(e.getText("method")) && "192.168.1.113".equals(e.getText("id.orig_h"))) {
                posts.merge(e.getText("id.resp_h"), 1, Integer::sum);
            }
        }
        assertThat(posts).hasSizeGreaterThanOrEqualTo(4);
        List<Finding> b = beacons(analyse("009-zeek-malicious"));
        Map<String, Double> found = new HashMap<>();
        for (Finding f : b) {
            if ("192.168.1.113".equals(f.host())) {
                found.put(destination(f), score(f));
            }
        }
        System.out.println("Kovter C2 (POST count) -> beacon score: ");
        for (String c2 : posts.keySet()) {
            System.out.printf(Locale.ROOT, "  %-16s %4d POSTs -> %s%n", c2, posts.get(c2), found.get(c2));
        }
        assertThat(found).containsKeys(posts.keySet().toArray(String[]::new));
        assertThat(found.values()).allMatch(s -> s >= 0.7);
    }

    @Test
    void nmapPortScanNamesTheScannerTargetsAndPorts() {
        List<Finding> scans = analyse("002-zeek-scenario-port-scanning").stream()
                .filter(f -> f.rule().id().equals("longwatch.analytic.scan")).toList();
        Finding nmap = scans.stream().filter(f -> "172.16.1.11".equals(f.host())).findFirst().orElseThrow();
        Map<String, Object> ev = evidence(nmap);
        System.out.println("port scan: " + ev);
        assertThat((int) ev.get("targets")).isGreaterThanOrEqualTo(100);
        assertThat((int) ev.get("unanswered_ports")).isGreaterThanOrEqualTo(100);
        assertThat(score(nmap)).isGreaterThanOrEqualTo(0.8);
        assertThat(scans).extracting(Finding::host).containsOnly("172.16.1.11");
    }

    @Test
    void simdaGeneratedNamesAreADgaFinding() {
        List<Finding> dga = analyse("005-zeek-scenario-malicious").stream()
                .filter(f -> f.rule().id().equals("longwatch.analytic.dga")).toList();
        Finding v4 = dga.stream().filter(f -> "192.168.1.116".equals(f.host())).findFirst().orElseThrow();
        System.out.println("DGA: " + evidence(v4) + " " + f(v4));
        assertThat((int) evidence(v4).get("generated_domains")).isGreaterThanOrEqualTo(100);
        assertThat(score(v4)).isGreaterThanOrEqualTo(0.7);
    }

    private static String f(Finding x) {
        return "score " + x.detail().get("score") + " " + x.detail().get("subscores");
    }

    /** Labels of a capture's flows by (src, destination) for address pairs and (src, name) for names. */
    private static Map<String, Map<String, Integer>> labels(Path capture) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(capture)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                String type = name.equals("labeled-conn.log") || name.equals("conn.log.labeled") ? "conn"
                        : name.equals("http.log.labeled") ? "http" : name.equals("ssl.log.labeled") ? "ssl"
                        : name.equals("dns.log.labeled") ? "dns" : null;
                if (type == null) {
                    continue;
                }
                for (Event e : ZeekLogs.read(f, type)) {
                    String label = e.getText("label");
                    String detail = e.getText("detailedlabel");
                    if (label == null) {
                        continue;
                    }
                    String l = label + (detail == null ? "" : "/" + detail);
                    String src = e.getText("id.orig_h");
                    String dst = switch (type) {
                        case "conn" -> e.getText("id.resp_h");
                        case "http" -> e.getText("host");
                        case "ssl" -> e.getText("server_name");
                        default -> e.getText("query");
                    };
                    if (dst != null) {
                        out.computeIfAbsent(src + " " + dst.toLowerCase(Locale.ROOT), k -> new TreeMap<>()).merge(l, 1, Integer::sum);
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private static String majority(Map<String, Integer> labels) {
        String best = "Unlabelled";
        int n = 0;
        for (Map.Entry<String, Integer> e : labels.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    @Test
    void beaconPrecisionAgainstTheCapturesLabels() {
        String[] captures = {"001-zeek-scenario-malicious", "008-zeek-mixed", "009-zeek-malicious", "010-zeek-mixed",
            "011-zeek-mixed", "012-zeek-mixed"};
        int tp = 0;
        int fp = 0;
        int unknown = 0;
        List<String> lines = new ArrayList<>();
        for (String c : captures) {
            Map<String, Map<String, Integer>> labels = labels(root.resolve(c));
            for (Finding f : beacons(analyse(c))) {
                if (score(f) < 0.8) {
                    continue;
                }
                String key = evidence(f).get("src") + " " + destination(f);
                Map<String, Integer> l = labels.getOrDefault(key, Map.of());
                String verdict = majority(l);
                if (verdict.startsWith("Malicious")) {
                    tp++;
                } else if (verdict.startsWith("Benign")) {
                    fp++;
                } else {
                    unknown++;
                }
                lines.add(String.format(Locale.ROOT, "  %-28s %-15s -> %-40s %.3f every %7.1f s  %s", c,
                        evidence(f).get("src"), destination(f), score(f), (double) evidence(f).get("median_interval_s"), l));
            }
        }
        System.out.println("beacon findings >= 0.8 on the labelled captures:");
        lines.forEach(System.out::println);
        double precision = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        System.out.printf(Locale.ROOT, "beacon precision vs labels: %d malicious, %d benign, %d background/unlabelled"
                + " -> precision %.3f (malicious / labelled)%n", tp, fp, unknown, precision);
        assertThat(tp).as("the njRAT and Kovter C2 beacons are labelled malicious").isGreaterThanOrEqualTo(2);
        assertThat(tp + fp + unknown).isEqualTo(lines.size());
    }
}

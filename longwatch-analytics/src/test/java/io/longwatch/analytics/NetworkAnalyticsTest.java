package io.longwatch.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.finding.Level;
import io.longwatch.core.problem.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NetworkAnalyticsTest {

    private static final AnalyticsOptions ALL = AnalyticsOptions.defaults();

    /** A C2 beacon every 60 s for {@code hours}, plus random web browsing to many sites. */
    private static List<Event> beaconAndNoise(double hours, long seed) {
        List<Event> out = new ArrayList<>();
        Random rnd = new Random(seed);
        for (long t = 0; t < hours * 3600; t += 60) {
            out.add(Zeek.tcp(Zeek.T0 + t * 1_000_000 + rnd.nextInt(200_000), "10.1.1.5", "203.0.113.9", 443, 310));
        }
        double t = 0;
        while (t < hours * 3600) {
            t += -120 * Math.log(1 - rnd.nextDouble());
            out.add(Zeek.tcp(Zeek.T0 + (long) (t * 1e6), "10.1.1.5", "198.51.100." + rnd.nextInt(3), 443,
                    200 + rnd.nextInt(4000)));
        }
        out.sort((a, b) -> Long.compare(a.timeMicros(), b.timeMicros()));
        return out;
    }

    private static List<Finding> of(List<Finding> all, Analytic a) {
        return all.stream().filter(f -> f.rule().id().equals("longwatch.analytic." + a.id())).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> evidence(Finding f) {
        return (Map<String, Object>) f.detail().get("evidence");
    }

    @Test
    void theBeaconIsTheOnlyBeaconAndCarriesItsEvidence() {
        List<Finding> found = of(Analyse.run(ALL, beaconAndNoise(6, 1), 1), Analytic.BEACON);
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.kind()).isEqualTo("analytic");
        assertThat(f.host()).isEqualTo("10.1.1.5");
        assertThat(f.attack().techniques()).containsExactly("T1071");
        assertThat(f.attack().tactics()).containsExactly("TA0011");
        assertThat((double) f.detail().get("score")).isGreaterThanOrEqualTo(0.9);
        assertThat(f.rule().level()).isEqualTo(Level.HIGH);
        assertThat(evidence(f)).containsEntry("dst", "203.0.113.9").containsEntry("connections", 360L)
                .containsEntry("median_bytes", 310.0);
        assertThat((double) evidence(f).get("median_interval_s")).isBetween(59.0, 61.0);
        assertThat(f.detail().get("subscores")).isInstanceOf(Map.class);
        assertThat(f.source().path()).isEqualTo("conn.log");
    }

    @Test
    void findingsDoNotDependOnHowEventsAreSplitOrOrdered() {
        List<Event> events = beaconAndNoise(30, 7);
        List<Finding> one = Analyse.run(ALL, events, 1);
        List<Event> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(3));
        List<Finding> four = Analyse.run(ALL, shuffled, 4);
        assertThat(four).isEqualTo(one);
        assertThat(one).isNotEmpty();
    }

    @Test
    void allowListsSilenceDomainsWithTheirWildcardAndNetworks() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long t = Zeek.T0 + i * 300_000_000L;
            events.add(Zeek.http(t, "10.1.1.5", "203.0.113.9", "update.vendor.example", 0));
            events.add(Zeek.http(t + 1_000_000, "10.1.1.5", "203.0.113.10", "vendor.example", 0));
            events.add(Zeek.tcp(t + 2_000_000, "10.1.1.5", "192.0.2.77", 8443, 50));
        }
        assertThat(of(Analyse.run(ALL, events, 1), Analytic.BEACON)).hasSize(3);
        List<Problem> problems = new ArrayList<>();
        AllowList allow = AllowList.of(List.of("*.vendor.example", "# comment", "not a domain!"),
                List.of("192.0.2.0/24", "300.1.2.3/8"), "allow.txt", problems::add);
        List<Finding> left = of(Analyse.run(ALL.withAllow(allow), events, 1), Analytic.BEACON);
        assertThat(left).isEmpty();
        assertThat(problems).extracting(Problem::kind)
                .containsExactly("allowlist.domain.invalid", "allowlist.cidr.invalid");
        assertThat(problems.get(0).place()).isEqualTo("allow.txt:3");
        assertThat(problems.get(1).message()).contains("300.1.2.3/8");
        assertThat(allow.allowsDomain("VENDOR.example.")).isTrue();
        assertThat(allow.allowsDomain("evilvendor.example")).isFalse();
        AllowList exact = AllowList.of(List.of("vendor.example"), List.of(), "x", p -> { });
        assertThat(exact.allowsDomain("update.vendor.example")).isFalse();
    }

    @Test
    void thirtyDaysOfBeaconingStayWithinTheSampleCapAndAreScoredPerWindow() {
        Thresholds small = Thresholds.defaults().withMaxSamplesPerPair(1024);
        AnalyticsOptions opts = ALL.withThresholds(small).withAnalytics(EnumSet.of(Analytic.BEACON));
        NetworkAnalytics d = NetworkAnalytics.detector(opts);
        AnalyticsRun run = d.newRun();
        Random rnd = new Random(5);
        long n = 0;
        for (long t = 0; t < 30L * 86_400; t += 120) {
            run.accept(Zeek.tcp(Zeek.T0 + t * 1_000_000 + rnd.nextInt(500_000), "10.9.9.9", "203.0.113.50", 443, 120), f -> { });
            n++;
        }
        assertThat(run.ipPairs.size()).isEqualTo(1);
        PairState pair = run.ipPairs.values().get(0);
        assertThat(pair.size).isLessThanOrEqualTo(1024);
        assertThat(pair.count).isEqualTo(n);
        List<Finding> found = new ArrayList<>();
        d.finish(List.of(run), found::add);
        assertThat(found).hasSize(1);
        assertThat(evidence(found.get(0))).containsEntry("connections", n).containsEntry("sampled", true);
        assertThat((int) evidence(found.get(0)).get("windows_beaconing")).isEqualTo(30);
        // A one-hour window scores each hour on its own: 30 check-ins each, still a beacon.
        List<Event> day = new ArrayList<>();
        for (long t = 0; t < 86_400; t += 120) {
            day.add(Zeek.tcp(Zeek.T0 + t * 1_000_000, "10.9.9.9", "203.0.113.50", 443, 120));
        }
        List<Finding> hourly = Analyse.run(opts.withWindow(Duration.ofHours(1)), day, 1);
        assertThat((int) evidence(hourly.get(0)).get("windows_beaconing")).isEqualTo(24);
    }

    @Test
    void horizontalVerticalAndSlowScansNameTheScanner() {
        List<Event> events = new ArrayList<>();
        long t = Zeek.T0;
        for (int h = 1; h <= 200; h++) {
            events.add(Zeek.conn(t += 1_000_000, "10.0.0.66", "10.0.1." + h, 445, "tcp", -1, 0, h % 20 == 0 ? "SF" : "S0"));
        }
        for (int p = 1; p <= 300; p++) {
            events.add(Zeek.conn(t += 1_000_000, "10.0.0.77", "10.0.2.9", 1000 + p, "tcp", -1, 0, "REJ"));
        }
        // Slow: one probe an hour for 40 days, never answered.
        for (int h = 1; h <= 40 * 24; h++) {
            events.add(Zeek.conn(Zeek.T0 + h * 3_600_000_000L, "10.0.0.88", "10.3." + (h / 250) + "." + (h % 250),
                    22, "tcp", -1, 0, "S0"));
        }
        // A busy but normal client: many web servers, nearly all answer.
        for (int h = 1; h <= 400; h++) {
            events.add(Zeek.conn(t += 1_000_000, "10.0.0.99", "198.51." + (h / 200) + "." + (h % 200), 443, "tcp", 3, 500,
                    h % 10 == 0 ? "S0" : "SF"));
        }
        List<Finding> scans = of(Analyse.run(ALL, events, 2), Analytic.SCAN);
        assertThat(scans).extracting(Finding::host).containsExactlyInAnyOrder("10.0.0.66", "10.0.0.77", "10.0.0.88");
        Finding horizontal = scans.stream().filter(f -> f.host().equals("10.0.0.66")).findFirst().orElseThrow();
        assertThat(evidence(horizontal)).containsEntry("top_port", "tcp/445").containsEntry("hosts_on_top_port", 190)
                .containsEntry("targets", 200);
        assertThat(evidence(horizontal).get("kinds")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains("horizontal", "sequential-test");
        Finding vertical = scans.stream().filter(f -> f.host().equals("10.0.0.77")).findFirst().orElseThrow();
        assertThat(evidence(vertical)).containsEntry("top_host", "10.0.2.9").containsEntry("ports_on_top_host", 300);
        Finding slow = scans.stream().filter(f -> f.host().equals("10.0.0.88")).findFirst().orElseThrow();
        assertThat((double) evidence(slow).get("targets_per_hour")).isLessThan(1.5);
        assertThat(slow.attack().techniques()).containsExactly("T1046");
    }

    @Test
    void dnsTunnelAndGeneratedNamesAreFoundAndOrdinaryLookupsAreNot() {
        List<Event> events = new ArrayList<>();
        Random rnd = new Random(11);
        long t = Zeek.T0;
        String b32 = "abcdefghijklmnopqrstuvwxyz234567";
        for (int i = 0; i < 600; i++) {
            StringBuilder label = new StringBuilder();
            for (int k = 0; k < 50; k++) {
                label.append(b32.charAt(rnd.nextInt(32)));
            }
            events.add(Zeek.dns(t += 2_000_000, "10.5.5.5", label.substring(0, 25) + "." + label.substring(25) + ".t.exfil.example",
                    i % 3 == 0 ? "TXT" : "A", "NOERROR"));
        }
        String consonants = "bcdfghjklmnpqrstvwxz";
        for (int i = 0; i < 300; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                name.append(k % 3 == 1 ? "aeiouy".charAt(rnd.nextInt(6)) : consonants.charAt(rnd.nextInt(20)));
            }
            events.add(Zeek.dns(t += 1_000_000, "10.6.6.6", name + ".net", "A", i % 2 == 0 ? "NXDOMAIN" : "NOERROR"));
        }
        String[] ordinary = {"weather", "google", "microsoft", "example", "github", "wikipedia", "amazon", "netflix",
            "office", "windowsupdate", "mozilla", "ubuntu", "debian", "python", "openssl", "apache", "reddit",
            "stackoverflow", "linkedin", "twitter", "youtube", "facebook", "instagram", "spotify", "dropbox"};
        for (int i = 0; i < 2000; i++) {
            String d = ordinary[i % ordinary.length];
            events.add(Zeek.dns(t += 1_000_000, "10.7.7.7", (i % 5 == 0 ? "www." : "api.") + d + ".com", "A", "NOERROR"));
        }
        List<Finding> all = Analyse.run(ALL, events, 3);
        List<Finding> tunnel = of(all, Analytic.DNS_TUNNEL);
        assertThat(tunnel).hasSize(1);
        assertThat(evidence(tunnel.get(0))).containsEntry("domain", "exfil.example").containsEntry("unique_subdomains", 600);
        assertThat(tunnel.get(0).attack().techniques()).containsExactly("T1071.004", "T1048");
        List<Finding> dga = of(all, Analytic.DGA);
        assertThat(dga).extracting(Finding::host).containsExactly("10.6.6.6");
        assertThat(evidence(dga.get(0))).containsEntry("shape", "net/12").containsEntry("generated_domains", 300);
        assertThat(dga.get(0).attack().techniques()).containsExactly("T1568.002");
    }

    @Test
    void longAndCumulativelyLongConnections() {
        List<Event> events = new ArrayList<>();
        events.add(Zeek.conn(Zeek.T0, "10.1.1.1", "203.0.113.1", 22, "tcp", 5 * 3600, 10_000, "SF"));
        for (int i = 0; i < 20; i++) {
            events.add(Zeek.conn(Zeek.T0 + i * 3_600_000_000L, "10.1.1.2", "203.0.113.2", 443, "tcp", 3000, 100, "SF"));
        }
        events.add(Zeek.conn(Zeek.T0, "10.1.1.3", "203.0.113.3", 443, "tcp", 60, 100, "SF"));
        List<Finding> found = of(Analyse.run(ALL, events, 1), Analytic.LONG_CONNECTION);
        // 5 h once scores above 60,000 s in 20 pieces (ratios 5 and 4.2 on the log scale).
        assertThat(found).extracting(Finding::host).containsExactly("10.1.1.1", "10.1.1.2");
        assertThat(found.get(1).rule().title()).isEqualTo("Cumulatively long connections");
        assertThat(evidence(found.get(1))).containsEntry("total_s", 60_000.0);
        assertThat(found.get(0).rule().title()).isEqualTo("Long connection");
        assertThat(found.get(0).attack().techniques()).containsExactly("T1071", "T1572");
    }

    @Test
    void rareDestinationsNeedAPopulationOfInternalHosts() {
        List<Event> events = new ArrayList<>();
        for (int h = 1; h <= 12; h++) {
            for (int i = 0; i < 5; i++) {
                events.add(Zeek.tcp(Zeek.T0 + (h * 10 + i) * 1_000_000L, "10.2.0." + h, "203.0.113.80", 443, 100));
            }
        }
        for (int i = 0; i < 4; i++) {
            events.add(Zeek.tcp(Zeek.T0 + i * 7_200_000_000L, "10.2.0.3", "198.51.100.66", 8080, 100));
        }
        List<Finding> rare = of(Analyse.run(ALL, events, 2), Analytic.RARE_DESTINATION);
        assertThat(rare).hasSize(1);
        assertThat(evidence(rare.get(0))).containsEntry("dst", "198.51.100.66").containsEntry("internal_hosts", 12)
                .containsEntry("sources", List.of("10.2.0.3"));
        // With fewer internal hosts than the population threshold, rarity means nothing.
        assertThat(of(Analyse.run(ALL, events.subList(50, events.size()), 1), Analytic.RARE_DESTINATION)).isEmpty();
    }

    @Test
    void selectingAnalyticsAndIgnoringForeignEvents() {
        List<Event> events = new ArrayList<>(beaconAndNoise(6, 2));
        events.add(new io.longwatch.core.event.EventBuilder().put("EventID", "4688").time(Zeek.T0)
                .build(new io.longwatch.core.event.SourceRef("sec.evtx", 0, 1)));
        events.add(Zeek.conn(Zeek.T0, "not-an-ip", "also not", 1, "tcp", 99_999, 1, "SF"));
        assertThat(Analyse.run(ALL.withAnalytics(EnumSet.of(Analytic.SCAN)), events, 1)).isEmpty();
        assertThat(Analytic.parseList("beacon, dga")).containsExactlyInAnyOrder(Analytic.BEACON, Analytic.DGA);
        assertThat(Analytic.parseList("all")).hasSize(Analytic.values().length);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Analytic.parseList("beacon,nope"))
                .hasMessageContaining("unknown analytic 'nope'").hasMessageContaining("rare-destination");
    }
}

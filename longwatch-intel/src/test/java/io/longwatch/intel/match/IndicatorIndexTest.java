package io.longwatch.intel.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import io.longwatch.core.event.EventBuilder;
import io.longwatch.core.event.SourceRef;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.finding.Level;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.core.time.Timestamps;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.IntelContext;
import io.longwatch.intel.ObservableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorIndexTest {

    static Indicator ind(ObservableType type, String value) {
        return new Indicator(type.name() + ":" + value, type, value, null, "test", List.of(), -1, Event.NO_TIME,
                Event.NO_TIME, false, IntelContext.NONE, List.of());
    }

    static List<Finding> hunt(List<Indicator> indicators, MatchOptions options, Event... events) {
        IntelDetector d = IntelDetector.compile(indicators, options, new ProblemLog(10));
        IntelRun run = d.newRun();
        List<Finding> out = new ArrayList<>();
        for (Event e : events) {
            run.accept(e, out::add);
        }
        return out;
    }

    static List<Finding> hunt(List<Indicator> indicators, Event... events) {
        return hunt(indicators, MatchOptions.DEFAULTS, events);
    }

    static Event event(Object... kv) {
        EventBuilder b = new EventBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            b.put(((String) kv[i]).intern(), kv[i + 1]);
        }
        return b.time(Timestamps.parseMicros("2026-03-01T00:00:00Z")).build(new SourceRef("t.json", 1, -1));
    }

    @Test
    void ipv4ExactAndCidrAndMappedV6() {
        List<Indicator> inds = List.of(ind(ObservableType.IPV4, "10.1.2.3"), ind(ObservableType.IPV4, "192.168.0.0/16"));
        assertThat(hunt(inds, event("DestinationIp", "10.1.2.3"))).hasSize(1);
        assertThat(hunt(inds, event("DestinationIp", "10.1.2.30"))).isEmpty();
        assertThat(hunt(inds, event("IpAddress", "::ffff:10.1.2.3"))).hasSize(1);
        List<Finding> f = hunt(inds, event("SourceIp", "192.168.44.7"));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).rule().id()).isEqualTo("IPV4:192.168.0.0/16");
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = ((List<Map<String, Object>>) f.get(0).detail().get("observed")).get(0);
        assertThat(seen).containsEntry("value", "192.168.44.7").containsEntry("field", "SourceIp");
        assertThat(hunt(inds, event("SourceIp", "192.169.0.1"))).isEmpty();
        // an address inside a longer text is not a field-exact match
        assertThat(hunt(inds, event("DestinationIp", "10.1.2.3.4"))).isEmpty();
    }

    @Test
    void ipv6ExactAndCidr() {
        List<Indicator> inds = List.of(ind(ObservableType.IPV6, "2001:db8::1"), ind(ObservableType.IPV6, "fd00::/8"));
        assertThat(hunt(inds, event("DestinationIp", "2001:0db8:0000:0000:0000:0000:0000:0001"))).hasSize(1);
        assertThat(hunt(inds, event("DestinationIp", "2001:db8::2"))).isEmpty();
        assertThat(hunt(inds, event("id.resp_h", "fd3e:4f5a:5b81::1", "_path", "conn"))).hasSize(1);
        assertThat(hunt(inds, event("id.resp_h", "fe80::1", "_path", "conn"))).isEmpty();
    }

    @Test
    void ipParserRoundTrips() {
        IpBits ip = new IpBits();
        for (String s : List.of("::", "::1", "1::", "2001:db8::8:800:200c:417a", "fe80::28fb:18bd:1770:8699",
                "1:2:3:4:5:6:7:8", "0.0.0.0", "255.255.255.255")) {
            assertThat(ip.parse(s, 0, s.length(), false)).as(s).isTrue();
            assertThat(ip.format()).isEqualTo(s);
        }
        for (String s : List.of("1.2.3", "256.1.1.1", "1.2.3.4.5", "1:2:3:4:5:6:7:8:9", "1::2::3", ":1", "1:", "abc",
                "01234.1.1.1", "")) {
            assertThat(ip.parse(s, 0, s.length(), false)).as(s).isFalse();
        }
        assertThat(ip.parse("fe80::1%eth0", 0, 12, false)).isTrue();
        assertThat(ip.format()).isEqualTo("fe80::1");
    }

    @Test
    void domainsMatchThemselvesAndSubdomainsOnly() {
        List<Indicator> inds = List.of(ind(ObservableType.DOMAIN, "Evil.Example."));
        assertThat(hunt(inds, event("QueryName", "evil.example"))).hasSize(1);
        assertThat(hunt(inds, event("QueryName", "cdn.EVIL.example."))).hasSize(1);
        assertThat(hunt(inds, event("QueryName", "notevil.example"))).isEmpty();
        assertThat(hunt(inds, event("QueryName", "evil.example.com"))).isEmpty();
        assertThat(hunt(inds, event("query", "a.evil.example", "_path", "dns"))).hasSize(1);
        assertThat(hunt(inds, event("host", "evil.example:8080", "_path", "http"))).hasSize(1);
        assertThat(hunt(inds, event("url", "https://x.evil.example/a?b=c"))).hasSize(1);
        // a field not mapped to domains does not count, even with the exact value
        assertThat(hunt(inds, event("CommandLine", "evil.example"))).isEmpty();
    }

    @Test
    void urlsAreNormalised() {
        List<Indicator> inds = List.of(ind(ObservableType.URL, "HTTP://Evil.Example:80/a%2db/%7e?q=%2f#frag"));
        assertThat(hunt(inds, event("url", "http://evil.example/a-b/~?q=%2F"))).hasSize(1);
        assertThat(hunt(inds, event("url", "http://evil.example/a-b/~?q=%2Fx"))).isEmpty();
        assertThat(hunt(inds, event("uri", "/a-b/~?q=%2F", "host", "EVIL.example", "_path", "http"))).hasSize(1);
        assertThat(hunt(inds, event("uri", "/a-b/", "host", "evil.example", "_path", "http"))).isEmpty();
        assertThat(Urls.normalize("https://a.example:443")).isEqualTo("https://a.example/");
        assertThat(Urls.normalize("a.example/x")).isEqualTo("http://a.example/x");
    }

    @Test
    void sysmonHashesAreSplitByType() {
        String md5 = "0123456789abcdef0123456789abcdef";
        String imp = "fedcba9876543210fedcba9876543210";
        List<Indicator> inds = List.of(ind(ObservableType.MD5, md5.toUpperCase()), ind(ObservableType.IMPHASH, imp));
        String hashes = "SHA1=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA,MD5=" + md5.toUpperCase()
                + ",SHA256=BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB,IMPHASH=" + imp;
        assertThat(hunt(inds, event("Hashes", hashes))).hasSize(2);
        // the same digest under the other algorithm's name does not match
        assertThat(hunt(inds, event("Hashes", "MD5=" + imp + ",IMPHASH=" + md5))).isEmpty();
        assertThat(hunt(inds, event("md5", md5, "_path", "files"))).hasSize(1);
    }

    @Test
    void mailAndFileNames() {
        List<Indicator> inds = List.of(ind(ObservableType.EMAIL, "Bad@Evil.Example"),
                ind(ObservableType.FILE_NAME, "pic1.png"));
        assertThat(hunt(inds, event("from", "\"Mr Bad\" <bad@evil.example>", "_path", "smtp"))).hasSize(1);
        assertThat(hunt(inds, event("rcptto", List.of("a@b.example", "BAD@evil.example"), "_path", "smtp"))).hasSize(1);
        assertThat(hunt(inds, event("from", "notbad@evil.example", "_path", "smtp"))).isEmpty();
        assertThat(hunt(inds, event("TargetFilename", "C:\\Users\\x\\Desktop\\PIC1.PNG"))).hasSize(1);
        assertThat(hunt(inds, event("TargetFilename", "C:\\Users\\x\\pic1.png.exe"))).isEmpty();
    }

    @Test
    void validityByEventTimeAndRevocation() {
        long from = Timestamps.parseMicros("2026-02-01T00:00:00Z");
        long until = Timestamps.parseMicros("2026-02-15T00:00:00Z");
        Indicator expired = new Indicator("old", ObservableType.IPV4, "10.9.9.9", null, "test", List.of(), 90, from,
                until, false, IntelContext.NONE, List.of());
        Indicator revoked = new Indicator("rev", ObservableType.IPV4, "10.8.8.8", null, "test", List.of(), 90,
                Event.NO_TIME, Event.NO_TIME, true, IntelContext.NONE, List.of());
        Event e1 = event("DestinationIp", "10.9.9.9");
        Event e2 = event("DestinationIp", "10.8.8.8");
        assertThat(hunt(List.of(expired, revoked), e1, e2)).isEmpty();
        assertThat(hunt(List.of(expired, revoked), new MatchOptions(true, false), e1, e2)).hasSize(1);
        assertThat(hunt(List.of(expired, revoked), new MatchOptions(false, true), e1, e2)).hasSize(1);
        assertThat(hunt(List.of(expired, revoked), new MatchOptions(true, true), e1, e2)).hasSize(2);
    }

    @Test
    void findingCarriesIndicatorContextAndWarningLists() {
        Indicator ind = new Indicator("indicator--1", ObservableType.DOMAIN, "evil.example", "[domain-name:value = 'evil.example']",
                "unit42.json", List.of("malicious-activity"), 85, Event.NO_TIME, Event.NO_TIME, false,
                new IntelContext(List.of("APT X"), List.of("Op Y"), List.of("VShell"), List.of("T1071.001"), "Report Z"),
                List.of());
        Finding f = hunt(List.of(ind), event("QueryName", "evil.example", "User", "CORP\\bob")).get(0);
        assertThat(f.kind()).isEqualTo("intel");
        assertThat(f.rule().title()).isEqualTo("IOC domain-name evil.example (Report Z)");
        assertThat(f.rule().level()).isEqualTo(Level.HIGH);
        assertThat(f.attack().techniques()).containsExactly("T1071.001");
        assertThat(f.user()).isEqualTo("CORP\\bob");
        assertThat(f.matches()).extracting(m -> m.field() + "=" + m.value()).containsExactly("QueryName=evil.example");
        assertThat(f.detail()).containsKeys("indicator", "context", "warning_lists", "observed");
        Finding noisy = hunt(List.of(ind.withWarningLists(List.of("Top 1000 sites"))),
                event("QueryName", "evil.example")).get(0);
        assertThat(noisy.rule().level()).isEqualTo(Level.INFORMATIONAL);
        assertThat(noisy.detail().get("warning_lists")).isEqualTo(List.of("Top 1000 sites"));
    }

    @Test
    void badValuesAreReportedNotDropped() {
        ProblemLog problems = new ProblemLog(10);
        IndicatorIndex idx = IndicatorIndex.compile(List.of(ind(ObservableType.IPV4, "10.1.2"),
                ind(ObservableType.MD5, "xyz"), ind(ObservableType.DOMAIN, "ok.example")), MatchOptions.DEFAULTS, problems);
        assertThat(idx.indexed()).isEqualTo(1);
        assertThat(idx.rejected()).isEqualTo(2);
        assertThat(problems.countsByKind(io.longwatch.core.problem.Problem.Stage.RULE)).containsOnlyKeys("intel.bad-value");
    }
}

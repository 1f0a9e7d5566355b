package io.longwatch.intel.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import io.longwatch.core.event.EventBuilder;
import io.longwatch.core.event.SourceRef;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.core.time.Timestamps;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.IntelContext;
import io.longwatch.intel.ObservableType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PatternMatchTest {

    static final long T0 = Timestamps.parseMicros("2026-03-09T02:00:00Z");

    static Indicator pattern(String id, String text) {
        return new Indicator(id, ObservableType.PATTERN, text, text, "test.json", List.of(), 80, Event.NO_TIME,
                Event.NO_TIME, false, IntelContext.NONE, List.of());
    }

    static Event ev(String host, long secs, Object... kv) {
        EventBuilder b = new EventBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            b.put(((String) kv[i]).intern(), kv[i + 1]);
        }
        return b.time(T0 + secs * 1_000_000L).host(host).build(new SourceRef("sysmon.jsonl", secs + 1, -1));
    }

    /** Feeds the events to two runs (alternating, as two workers would) and finishes. */
    static List<Finding> hunt(ProblemLog problems, List<Indicator> inds, Event... events) {
        IntelDetector d = IntelDetector.compile(inds, MatchOptions.DEFAULTS, problems);
        List<IntelRun> runs = List.of(d.newRun(), d.newRun());
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            runs.get(i % 2).accept(events[i], out::add);
        }
        d.finish(runs, out::add);
        return out;
    }

    @Test
    void singleEventPatternComparesFieldsOfOneEvent() {
        Indicator p = pattern("indicator--p1", "[network-traffic:dst_ref.value = '203.0.113.9' AND "
                + "network-traffic:dst_port = 50051]");
        List<Finding> f = hunt(new ProblemLog(10), List.of(p),
                ev("h1", 1, "DestinationIp", "203.0.113.9", "DestinationPort", "50051"),
                ev("h1", 2, "DestinationIp", "203.0.113.9", "DestinationPort", "443"),
                ev("h1", 3, "DestinationIp", "203.0.113.10", "DestinationPort", "50051"));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).source().line()).isEqualTo(2);
        assertThat(f.get(0).matches()).extracting(m -> m.field()).containsExactly("DestinationIp", "DestinationPort");
    }

    @Test
    void likeMatchesAndCidrSubset() {
        List<Finding> f = hunt(new ProblemLog(10), List.of(
                        pattern("indicator--like", "[process:command_line LIKE '%vshell%-p 5%']"),
                        pattern("indicator--re", "[file:name MATCHES '^pic[0-9]\\\\.png$']"),
                        pattern("indicator--net", "[ipv4-addr:value ISSUBSET '198.51.100.0/24']")),
                ev("h1", 1, "CommandLine", "C:\\x\\vshell.exe -p 50051"),
                ev("h1", 2, "TargetFilename", "C:\\Users\\a\\PIC1.png"),
                ev("h1", 3, "DestinationIp", "198.51.100.200"),
                ev("h1", 4, "DestinationIp", "198.51.101.1"));
        assertThat(f).extracting(x -> x.rule().id()).containsExactly("indicator--like", "indicator--re", "indicator--net");
    }

    @Test
    void followedByWithinRunsPerHostOverEventTime() {
        Indicator p = pattern("indicator--seq", "([file:name = 'pic1.png'] FOLLOWEDBY "
                + "[network-traffic:dst_port = 50051]) WITHIN 300 SECONDS");
        List<Finding> f = hunt(new ProblemLog(10), List.of(p),
                // host a: in order, within 5 minutes -> one match
                ev("a", 10, "TargetFilename", "C:\\t\\pic1.png"),
                ev("a", 100, "DestinationPort", "50051"),
                // host b: the connection comes first -> no match
                ev("b", 10, "DestinationPort", "50051"),
                ev("b", 20, "TargetFilename", "C:\\t\\pic1.png"),
                // host c: too far apart -> no match
                ev("c", 10, "TargetFilename", "C:\\t\\pic1.png"),
                ev("c", 1000, "DestinationPort", "50051"),
                // host d: pieces on two hosts never combine
                ev("d", 10, "TargetFilename", "C:\\t\\pic1.png"),
                ev("e", 20, "DestinationPort", "50051"));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).host()).isEqualTo("a");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> seq = (List<Map<String, Object>>) f.get(0).detail().get("sequence");
        assertThat(seq).hasSize(2);
        assertThat(f.get(0).timeMicros()).isEqualTo(T0 + 100_000_000L);
    }

    @Test
    void repeatsCountsMatchesInTheWindow() {
        Indicator p = pattern("indicator--rep", "[network-traffic:dst_ref.value = '203.0.113.9'] REPEATS 3 TIMES "
                + "WITHIN 60 SECONDS");
        List<Finding> f = hunt(new ProblemLog(10), List.of(p),
                ev("a", 0, "DestinationIp", "203.0.113.9"),
                ev("a", 10, "DestinationIp", "203.0.113.9"),
                ev("a", 20, "DestinationIp", "203.0.113.9"),
                ev("b", 0, "DestinationIp", "203.0.113.9"),
                ev("b", 100, "DestinationIp", "203.0.113.9"),
                ev("b", 200, "DestinationIp", "203.0.113.9"));
        assertThat(f).extracting(Finding::host).containsExactly("a");
    }

    @Test
    void patternsThatCannotBeEvaluatedAreReportedWithWhy() {
        ProblemLog problems = new ProblemLog(10);
        IntelDetector d = IntelDetector.compile(List.of(
                pattern("indicator--x509", "[x509-certificate:version = '3']"),
                pattern("indicator--bin", "[artifact:payload_bin = b'AAAA']"),
                pattern("indicator--ok", "[domain-name:value = 'a.example' AND domain-name:value != 'b.example']")),
                MatchOptions.DEFAULTS, problems);
        assertThat(d.patternCount()).isEqualTo(1);
        assertThat(d.unsupportedPatterns()).isEqualTo(2);
        assertThat(problems.countsByKind(Problem.Stage.RULE)).containsEntry("intel.pattern-unsupported", 2L);
        assertThat(problems.examples(Problem.Stage.RULE)).extracting(Problem::message)
                .anyMatch(m -> m.contains("x509-certificate:version") && m.contains("not carried by any event field"));
    }
}

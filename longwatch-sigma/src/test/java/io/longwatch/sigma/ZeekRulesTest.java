package io.longwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.formats.EventReaders;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.ReadOptions;
import io.longwatch.formats.ReadStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SigmaHQ's Zeek rules ({@code rules/network/zeek}) on Zeek events: they load and compile, are
 * routed by the events' {@code _path}, fire on hand-made Zeek logs that hold what they look for
 * (TSV and JSON), and are hunted over every Stratosphere log.
 */
class ZeekRulesTest {

    /** Fixture log -> rule file name -> expected findings. */
    private static final Map<String, Map<String, Integer>> EXPECTED = Map.of(
            "dns.log", Map.of("zeek_dns_mining_pools", 1, "zeek_dns_nkn", 1, "zeek_dns_susp_zbit_flag", 1),
            "http.log", Map.of("zeek_http_webdav_put_request", 1, "zeek_http_executable_download_from_webdav", 1),
            "kerberos.log", Map.of("zeek_susp_kerberos_rc4", 1),
            "dce_rpc.log", Map.of("zeek_dce_rpc_potential_petit_potam_efs_rpc_call", 1),
            "x509.log", Map.of("zeek_default_cobalt_strike_certificate", 1),
            "smb_files.log", Map.of("zeek_smb_converted_win_susp_raccess_sensitive_fext", 1));

    private static Path zeekRuleDir() {
        Optional<Path> dir = SharedData.resolve("sigma/rules/network/zeek");
        assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping Zeek Sigma rule test");
        return dir.get();
    }

    private static SigmaEngine engine(ProblemLog problems) {
        RuleLoadResult loaded = SigmaRuleLoader.load(List.of(zeekRuleDir()), problems);
        assertThat(loaded.failed()).isZero();
        return SigmaEngine.compile(loaded.rules(), LogsourceMapping.defaults(), Map.of(), problems);
    }

    @Test
    void everyZeekRuleLoadsAndCompilesWithAMappedLogSource() throws IOException {
        long files;
        try (Stream<Path> s = Files.list(zeekRuleDir())) {
            files = s.filter(p -> p.toString().endsWith(".yml")).count();
        }
        ProblemLog problems = new ProblemLog(100);
        SigmaEngine engine = engine(problems);
        assertThat(engine.ruleCount()).isEqualTo(files).isGreaterThanOrEqualTo(20);
        assertThat(engine.failedCount()).isZero();
        assertThat(problems.examples(Problem.Stage.RULE)).as("no unmapped log source, no failures").isEmpty();
        assertThat(engine.fieldsUsed()).contains("_path", "query", "id.orig_h", "certificate.serial", "uri", "user_agent");
        System.out.printf("Zeek rules: %d files, %d compiled, %d failed%n", files, engine.ruleCount(), engine.failedCount());
    }

    @Test
    void fixturesFireExactlyTheRulesTheyAreMadeFor() {
        SigmaEngine engine = engine(new ProblemLog(100));
        SigmaMatcher matcher = engine.newMatcher();
        int total = 0;
        for (Map.Entry<String, Map<String, Integer>> e : EXPECTED.entrySet()) {
            Map<String, Integer> fired = hunt(matcher, e.getKey(), fixture(e.getKey()));
            assertThat(fired).as(e.getKey()).isEqualTo(e.getValue());
            total += fired.size();
        }
        assertThat(total).isEqualTo(9);
    }

    @Test
    void rulesOnlySeeTheLogOfTheirService() {
        SigmaMatcher matcher = engine(new ProblemLog(100)).newMatcher();
        // The very records that fire three dns rules, stated to be an http log: no dns rule may fire.
        String dns = new String(fixture("dns.log"), StandardCharsets.UTF_8);
        assertThat(dns).contains("#path\tdns\n");
        byte[] asHttp = dns.replace("#path\tdns\n", "#path\thttp\n").getBytes(StandardCharsets.UTF_8);
        assertThat(hunt(matcher, "dns.log", asHttp)).isEmpty();
        // JSON takes the log from the file name: the x509 record named as a conn log fires nothing.
        assertThat(hunt(matcher, "conn.log", fixture("x509.log"))).isEmpty();
        assertThat(hunt(matcher, "x509.log", fixture("x509.log"))).containsOnlyKeys("zeek_default_cobalt_strike_certificate");
    }

    @Test
    void huntEveryStratosphereLog() throws IOException {
        Optional<Path> data = SharedData.resolve("zeek/stratosphere");
        assumeTrue(data.isPresent(), "LONGWATCH_DATA not found: skipping Zeek Stratosphere hunt");
        // Every public rule, so that rules of other products show they stay off Zeek events.
        ProblemLog ruleProblems = new ProblemLog(10);
        long t0 = System.nanoTime();
        RuleLoadResult all = CorpusRules.load(ruleProblems);
        SigmaEngine engine = SigmaEngine.compile(all.rules(), LogsourceMapping.defaults(), Map.of(), ruleProblems);
        long zeekRules = engine.rules().stream().filter(r -> "zeek".equals(r.logsource().product())).count();
        SigmaMatcher matcher = engine.newMatcher();
        ProblemLog problems = new ProblemLog(100);
        long t1 = System.nanoTime();
        List<Path> logs;
        try (Stream<Path> s = Files.walk(data.get())) {
            logs = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().contains(".log")).sorted().toList();
        }
        Map<String, Integer> byRule = new TreeMap<>();
        Map<String, String> example = new TreeMap<>();
        long events = 0;
        for (Path log : logs) {
            List<Finding> findings = new ArrayList<>();
            ReadStats stats = EventReaders.read(InputUnit.ofFile(log), ReadOptions.defaults(),
                    ev -> matcher.match(ev, findings::add), problems);
            events += stats.records();
            for (Finding f : findings) {
                assertThat(f.rule().path()).as("only Zeek rules may fire on Zeek events").contains("zeek");
                byRule.merge(f.rule().title(), 1, Integer::sum);
                example.putIfAbsent(f.rule().title(), f.source().place() + " " + f.matches());
            }
        }
        assertThat(problems.count(Problem.Stage.RECORD) + problems.count(Problem.Stage.INPUT)).isZero();
        assertThat(events).isGreaterThan(89_000);
        long t2 = System.nanoTime();
        assertThat(zeekRules).isGreaterThanOrEqualTo(21);
        System.out.printf("Zeek hunt: %d rules (%d for Zeek) over %d Stratosphere events in %d logs: %d rules fired"
                + " (rules loaded and compiled in %d ms, read and hunted in %d ms)%n", engine.ruleCount(), zeekRules,
                events, logs.size(), byRule.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        byRule.forEach((title, n) -> System.out.printf("  %6d  %s   e.g. %s%n", n, title, example.get(title)));
    }

    private static Map<String, Integer> hunt(SigmaMatcher matcher, String displayPath, byte[] content) {
        Map<String, Integer> fired = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        EventReaders.read(InputUnit.ofBytes(displayPath, content), ReadOptions.defaults(),
                (Event ev) -> matcher.match(ev, f -> fired.merge(ruleFile(f), 1, Integer::sum)), problems::add);
        assertThat(problems).as(displayPath).isEmpty();
        return fired;
    }

    private static String ruleFile(Finding f) {
        String name = Path.of(f.rule().path()).getFileName().toString();
        return name.substring(0, name.length() - ".yml".length());
    }

    private static byte[] fixture(String name) {
        try (InputStream in = ZeekRulesTest.class.getResourceAsStream("/zeek/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource zeek/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

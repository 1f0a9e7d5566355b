package io.longwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.longwatch.core.data.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code longwatch intel import|list|stats} and {@code bench intel-load}. */
class IntelCommandsTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path feeds() throws Exception {
        Path text = dir.resolve("iocs.txt");
        Files.writeString(text, "# analyst list\nhxxp://evil[.]example[.]com/gate.php\n198.51.100.7\nnot an ioc\n"
                + "d41d8cd98f00b204e9800998ecf8427e\n");
        Path csv = dir.resolve("feed.csv");
        Files.writeString(csv, "ioc;kind;tags\nc2.example.org;domain;c2|vshell\n10.0.0.300;ip;\n");
        return dir;
    }

    @Test
    void importListsEveryRejectedEntryAndWritesAStoreThatListAndStatsRead() throws Exception {
        feeds();
        Path store = dir.resolve("out").resolve("store.jsonl");
        Files.createDirectories(store.getParent());
        Run imp = run("intel", "import", dir.resolve("iocs.txt").toString(), dir.resolve("feed.csv").toString(),
                "--csv-columns", "value=ioc,type=kind,labels=tags,delimiter=;", "--output", store.toString());
        assertThat(imp.code()).as(imp.err()).isEqualTo(ExitCodes.CLEAN);
        assertThat(imp.err()).contains(dir.resolve("iocs.txt") + ":4: cannot tell what 'not an ioc' is")
                .contains(dir.resolve("feed.csv") + ":3: '10.0.0.300' is not a valid IPV4 [intel.bad-value]");
        assertThat(imp.out()).containsPattern("text\\s+4\\s+3\\s+1\\s+3 ")
                .containsPattern("csv\\s+2\\s+1\\s+1\\s+1 ")
                .containsPattern("total\\s+6\\s+4\\s+2\\s+4")
                .containsPattern("DOMAIN\\s+1").containsPattern("URL\\s+1").containsPattern("MD5\\s+1")
                .contains("intel.unknown-type").contains("wrote 4 indicators");

        List<String> lines = Files.readAllLines(store);
        assertThat(lines).hasSize(4);
        JsonNode domain = new ObjectMapper().readTree(lines.get(3));
        assertThat(domain.path("type").asText()).isEqualTo("DOMAIN");
        assertThat(domain.path("labels").toString()).isEqualTo("[\"c2\",\"vshell\"]");

        Run list = run("intel", "list", store.toString(), "--type", "domain", "--type", "url");
        assertThat(list.code()).isEqualTo(ExitCodes.CLEAN);
        assertThat(list.out().lines().toList()).containsExactly(
                "URL\thttp://evil.example.com/gate.php\t" + dir.resolve("iocs.txt") + "\t\t\t",
                "DOMAIN\tc2.example.org\t" + dir.resolve("feed.csv") + "\tc2,vshell\t\t");

        Run strict = run("intel", "import", dir.resolve("iocs.txt").toString(), "--strict");
        assertThat(strict.code()).isEqualTo(ExitCodes.FAILED);

        Run stats = run("intel", "stats", store.toString());
        assertThat(stats.out()).containsPattern("store\\s+4\\s+4\\s+0\\s+4 ");
    }

    @Test
    void realStixReportsWithWarningLists() {
        Optional<Path> reports = SharedData.resolve("intel/unit42-stix2-reports/report_json");
        Optional<Path> lists = SharedData.resolve("intel/misp-warninglists/lists");
        assumeTrue(reports.isPresent() && lists.isPresent(), "LONGWATCH_DATA not found: skipping intel CLI test");
        Run list = run("intel", "list", reports.get().toString(), "--flagged", "--type", "ipv4",
                "--warning-lists", lists.get().toString());
        assertThat(list.code()).isEqualTo(ExitCodes.CLEAN);
        // every printed line is a flagged IPv4 indicator and names at least one list
        assertThat(list.out().lines()).isNotEmpty().allSatisfy(l -> {
            String[] cols = l.split("\t", -1);
            assertThat(cols[0]).isEqualTo("IPV4");
            assertThat(cols[5]).isNotBlank();
        });
        assertThat(list.err()).contains("entries were rejected");
    }

    @Test
    void benchGeneratesAndLoadsAMixedFeedInAChildJvm() {
        Run bench = run("bench", "intel-load", "--count", "20000", "--runs", "1", "--heap", "256m");
        assertThat(bench.code()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("20,000 indicators in 2 files").containsPattern("run 1 .* 20,000 indicators, 0 rejected")
                .contains("median").contains("limit -Xmx256m");
    }

    @Test
    void usageErrorsAreReported() throws Exception {
        feeds();
        Run bad = run("intel", "import", dir.resolve("feed.csv").toString(), "--csv-columns", "colour=2");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("unknown CSV mapping key 'colour'");
        Run help = run("intel", "--help");
        assertThat(help.out()).contains("import").contains("list").contains("stats");
    }
}

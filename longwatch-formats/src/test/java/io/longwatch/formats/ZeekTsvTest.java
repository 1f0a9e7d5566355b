package io.longwatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import io.longwatch.core.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zeek TSV: header handling, value decoding, field interest, and bad input reported by place. */
class ZeekTsvTest {

    private static final String HEADER = "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n"
            + "#path\tconn\n#open\t2026-11-27-21-00-00\n"
            + "#fields\tts\tuid\tid.orig_h\tservice\tlocal_orig\ttunnel_parents\thistory\n"
            + "#types\ttime\tstring\taddr\tstring\tbool\tset[string]\tstring\n";

    @TempDir
    Path dir;

    @Test
    void valuesDecodeByTypeAndUnsetFieldsAreAbsent() {
        TestSupport t = TestSupport.read("x/conn.log", HEADER
                + "1.000001\tC1\t10.0.0.1\t-\tT\t(empty)\t(empty)\n"
                + "2.5\tC2\t10.0.0.2\tdns\\x09x\tF\tCa,Cb\\x2cc\tShAD\n");
        assertThat(t.problems).isEmpty();
        Event a = t.events.get(0);
        assertThat(a.has("service")).isFalse();
        assertThat(a.get("local_orig")).isEqualTo("true");
        assertThat(a.get("tunnel_parents")).isEqualTo(List.of());
        assertThat(a.get("history")).isEqualTo("");
        assertThat(a.get("_path")).isEqualTo("conn");
        assertThat(a.timeMicros()).isEqualTo(1_000_001L);
        assertThat(a.source().place()).isEqualTo("x/conn.log:9");
        Event b = t.events.get(1);
        assertThat(b.get("service")).isEqualTo("dns\tx");
        assertThat(b.get("local_orig")).isEqualTo("false");
        assertThat(b.get("tunnel_parents")).isEqualTo(List.of("Ca", "Cb,c"));
        assertThat(b.timeMicros()).isEqualTo(2_500_000L);
        assertThat(b.get("ts")).isEqualTo("2.5");
    }

    @Test
    void concatenatedLogsKeepEachBlocksHeader() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String log : ZeekFixtures.LOGS) {
            all.writeBytes(ZeekFixtures.bytes("tsv/" + log + ".log"));
        }
        TestSupport t = TestSupport.read(InputUnit.ofBytes("all.log", all.toByteArray()), ReadOptions.defaults());
        assertThat(t.problems).isEmpty();
        List<String> paths = new ArrayList<>();
        for (Event e : t.events) {
            String p = (String) e.get("_path");
            if (paths.isEmpty() || !paths.get(paths.size() - 1).equals(p)) {
                paths.add(p);
            }
        }
        assertThat(paths).containsExactlyElementsOf(ZeekFixtures.LOGS);
        assertThat(t.events).filteredOn(e -> "dns".equals(e.get("_path"))).first()
                .satisfies(e -> assertThat(e.get("answers")).isEqualTo(List.of("www.example.net", "93.184.216.34")));
        assertThat(t.events).filteredOn(e -> "x509".equals(e.get("_path"))).first()
                .satisfies(e -> assertThat(e.get("certificate.serial")).isEqualTo("4A6FD6B3A7B5B1B6"));
    }

    @Test
    void otherSeparatorsAndMarkersAreHonoured() {
        String log = "#separator \\x7c\\x7c\n#set_separator||;\n#empty_field||EMPTY\n#unset_field||NONE\n#path||dns\n"
                + "#fields||ts||query||answers||rejected\n#types||time||string||vector[string]||bool\n"
                + "7||a|b.example||x;y||NONE\n8||NONE||EMPTY||T\n";
        TestSupport t = TestSupport.read("custom.log", log);
        assertThat(t.problems).isEmpty();
        assertThat(t.events).hasSize(2);
        assertThat(t.events.get(0).get("query")).isEqualTo("a|b.example");
        assertThat(t.events.get(0).get("answers")).isEqualTo(List.of("x", "y"));
        assertThat(t.events.get(0).has("rejected")).isFalse();
        assertThat(t.events.get(1).has("query")).isFalse();
        assertThat(t.events.get(1).get("answers")).isEqualTo(List.of());
        assertThat(t.events.get(1).get("rejected")).isEqualTo("true");
    }

    @Test
    void onlyWantedFieldsAreMaterialisedButPathAndTimeAlwaysAre() {
        TestSupport t = ZeekFixtures.read("tsv/dns.log", "dns.log",
                ReadOptions.defaults().withInterest(FieldInterest.of(Set.of("query"))));
        assertThat(t.events).hasSize(2);
        Event e = t.events.get(0);
        assertThat(e.size()).isEqualTo(2);
        assertThat(e.get("_path")).isEqualTo("dns");
        assertThat(e.get("query")).isEqualTo("www.example.com");
        assertThat(e.timeMicros()).isEqualTo(1_258_535_660_158_200L);
    }

    @Test
    void badLinesAreReportedByPlaceAndTheReadGoesOn() {
        TestSupport t = TestSupport.read("bad/conn.log", HEADER
                + "1.0\tC1\t10.0.0.1\t-\tT\t(empty)\tS\n"
                + "2.0\tC2\t10.0.0.2\n"
                + "yesterday\tC3\t10.0.0.3\t-\tT\t(empty)\tS\n"
                + "3.0\tC4\t10.0.0.4\t-\tT\t(empty)\tS\textra\n"
                + "4.0\tC5\t10.0.0.5\t-\tT\t(empty)\tS\n");
        assertThat(t.events).extracting(e -> e.get("uid")).containsExactly("C1", "C5");
        assertThat(t.problems).extracting(Problem::place, Problem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bad/conn.log:10", "zeek.column-count"),
                org.assertj.core.groups.Tuple.tuple("bad/conn.log:11", "zeek.bad-time"),
                org.assertj.core.groups.Tuple.tuple("bad/conn.log:12", "zeek.column-count"));
        assertThat(t.problems.get(0).message()).contains("expected 7 columns", "found 3");
        assertThat(t.problems.get(1).message()).contains("ts", "yesterday");
        assertThat(t.stats.skipped()).isEqualTo(3);
        assertThat(t.stats.records()).isEqualTo(2);
    }

    @Test
    void dataBeforeFieldsAndMismatchedTypesAreReported() {
        TestSupport t = TestSupport.read("h.log", "#separator \\x09\n#path\tconn\n1.0\tC0\n2.0\tC0\n"
                + "#fields\tts\tuid\n#types\ttime\n3.0\tC1\n");
        assertThat(t.events).extracting(e -> e.get("uid")).containsExactly("C1");
        assertThat(t.problems).extracting(Problem::place, Problem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("h.log:3", "zeek.no-header"),
                org.assertj.core.groups.Tuple.tuple("h.log:6", "zeek.bad-header"));
        assertThat(t.stats.skipped()).isEqualTo(2);
    }

    @Test
    void headerlessTsvAndBinaryGarbageAreReportedNotMisread() {
        TestSupport headerless = TestSupport.read("conn.log", "1258531221.486539\tC1\t192.168.1.102\t68\n");
        assertThat(headerless.events).isEmpty();
        assertThat(headerless.problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("input.unknown-format");
            assertThat(p.place()).isEqualTo("conn.log");
        });
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        TestSupport binary = TestSupport.read(InputUnit.ofBytes("dns.log", garbage), ReadOptions.defaults());
        assertThat(binary.events).isEmpty();
        assertThat(binary.problems).extracting(Problem::kind).containsExactly("input.binary");
        // Garbage inside a Zeek log: the damaged lines are reported, the good ones read.
        byte[] head = ZeekFixtures.bytes("tsv/weird.log");
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes(Arrays.copyOf(head, head.length - "#close\t2026-11-27-22-00-00\n".length()));
        mixed.writeBytes("\u0001\u0002garbage\u00ff line\n".getBytes(StandardCharsets.ISO_8859_1));
        mixed.writeBytes("1488371340.000000\t-\t-\t-\t-\t-\tbad_TCP_checksum\t-\tF\tzeek\n".getBytes(StandardCharsets.UTF_8));
        TestSupport m = TestSupport.read(InputUnit.ofBytes("weird.log", mixed.toByteArray()), ReadOptions.defaults());
        assertThat(m.events).hasSize(3);
        assertThat(m.events.get(2).get("name")).isEqualTo("bad_TCP_checksum");
        assertThat(m.problems).extracting(Problem::kind).containsExactly("zeek.column-count");
    }

    @Test
    void overlongLineIsSkippedAndReported() {
        String big = "x".repeat(2000);
        TestSupport t = TestSupport.read(InputUnit.ofBytes("conn.log", (HEADER
                + "1.0\tC1\t10.0.0.1\t" + big + "\tT\t(empty)\tS\n"
                + "2.0\tC2\t10.0.0.2\t-\tT\t(empty)\tS\r\n").getBytes(StandardCharsets.UTF_8)),
                new ReadOptions(FieldInterest.all(), 1024));
        assertThat(t.events).extracting(e -> e.get("uid")).containsExactly("C2");
        assertThat(t.events.get(0).get("history")).isEqualTo("S");
        assertThat(t.problems).extracting(Problem::place, Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("conn.log:9", "record.too-large"));
    }

    @Test
    void rotatedGzipLogsReadThroughTheInputLayerWithTheirLogPath() throws IOException {
        Path tsv = dir.resolve("conn.2024-01-01-00-00-00.log.gz");
        Path json = dir.resolve("dns.2024-01-01-00-00-00.log.gz");
        gzip(tsv, ZeekFixtures.bytes("tsv/conn.log"));
        gzip(json, ZeekFixtures.bytes("json/dns.log"));
        List<Event> events = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (InputUnit unit : Inputs.expand(List.of(dir.toString()), problems::add)) {
            EventReaders.read(unit, ReadOptions.defaults(), events::add, problems::add);
        }
        assertThat(problems).isEmpty();
        assertThat(events).extracting(e -> e.get("_path")).containsExactly("conn", "conn", "conn", "dns", "dns");
        assertThat(events.get(3).get("query")).isEqualTo("www.example.com");
    }

    @Test
    void truncatedGzipKeepsTheRecordsBeforeTheDamage() throws IOException {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < 2000; i++) {
            sb.append(i).append(".5\tC").append(i).append("\t10.0.0.1\t-\tT\t(empty)\tS").append(i * 7919).append('\n');
        }
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = gz.toByteArray();
        Path truncated = dir.resolve("conn.log.gz");
        Files.write(truncated, Arrays.copyOf(all, all.length / 2));
        List<Event> events = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (InputUnit unit : Inputs.expand(List.of(truncated.toString()), problems::add)) {
            EventReaders.read(unit, ReadOptions.defaults(), events::add, problems::add);
        }
        assertThat(events).hasSizeBetween(100, 1999);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).get("uid")).isEqualTo("C" + i);
        }
        assertThat(problems).extracting(Problem::kind).contains("input.read-error");
        assertThat(problems).allSatisfy(p -> assertThat(p.place()).startsWith(truncated.toString()));
    }

    private static void gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
    }
}

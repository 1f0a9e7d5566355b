package io.longwatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.problem.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expansion of user paths into input units: directories, zips, gzip, standard input. */
class InputsTest {

    @TempDir
    Path dir;

    @Test
    void directoriesAreWalkedRecursivelyInSortedOrderTakingEveryRegularFile() throws IOException {
        write("b/2.json", "{}");
        write("b/1.log", "{}");
        write("a.txt", "{}");
        write("c/d/e/deep.jsonl", "{}");
        write(".hidden/h.json", "{}");
        List<Problem> problems = new ArrayList<>();
        List<InputUnit> units = Inputs.expand(List.of(dir.toString()), problems::add);
        assertThat(problems).isEmpty();
        assertThat(units).extracting(u -> dir.relativize(Path.of(u.displayPath())).toString())
                .containsExactly(".hidden/h.json", "a.txt", "b/1.log", "b/2.json", "c/d/e/deep.jsonl");
        assertThat(units.get(1).sizeHint()).isEqualTo(2);
    }

    @Test
    void linksInDirectoriesAreFollowedAndBrokenOnesReported() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("rotated.json"), "{}");
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.createSymbolicLink(logs.resolve("linked.json"), elsewhere.resolve("rotated.json"));
        Files.createSymbolicLink(logs.resolve("broken.json"), elsewhere.resolve("gone.json"));
        Files.createSymbolicLink(logs.resolve("loop"), logs);
        List<Problem> problems = new ArrayList<>();
        List<InputUnit> units = Inputs.expand(List.of(logs.toString()), problems::add);
        assertThat(units).extracting(InputUnit::displayPath).containsExactly(logs.resolve("linked.json").toString());
        assertThat(problems).extracting(Problem::place).containsExactlyInAnyOrder(
                logs.resolve("broken.json").toString(), logs.resolve("loop").toString());
        assertThat(problems).extracting(Problem::kind).containsOnly("input.unreadable");
    }

    @Test
    void gzipFilesAreDecompressedWithUncompressedSizeHint() throws IOException {
        String content = "{\"n\":\"1\"}\n{\"n\":\"2\"}\n".repeat(100);
        Path gz = dir.resolve("x.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        List<InputUnit> units = Inputs.expand(List.of(gz.toString()), p -> { });
        assertThat(units).singleElement().satisfies(u -> {
            assertThat(u.displayPath()).isEqualTo(gz.toString());
            assertThat(u.sizeHint()).isEqualTo(content.length());
        });
        TestSupport t = TestSupport.read(units.get(0), ReadOptions.defaults());
        assertThat(t.events).hasSize(200);
        assertThat(t.stats.bytes()).isEqualTo(content.length());
    }

    @Test
    void gzipContentIsRecognisedWhateverTheName() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write("{\"n\":\"1\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        TestSupport t = TestSupport.read(InputUnit.ofBytes("renamed.log", bytes.toByteArray()), ReadOptions.defaults());
        assertThat(t.only().get("n")).isEqualTo("1");
    }

    @Test
    void zipMembersAreUnitsNamedArchiveBangMemberAndNestedZipsExpandOneLevel() throws IOException {
        byte[] inner = zip(new String[] {"in1.jsonl", "{\"n\":\"inner\"}\n"});
        ByteArrayOutputStream gzMember = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gzMember)) {
            out.write("{\"n\":\"gz\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path zip = dir.resolve("outer.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("logs/"));
            z.closeEntry();
            put(z, "logs/a.json", "{\n  \"n\": \"a\"\n}\n".getBytes(StandardCharsets.UTF_8));
            put(z, "__MACOSX/logs/._a.json", new byte[] {0, 5, 22, 7, 0, 2});
            put(z, "b.jsonl.gz", gzMember.toByteArray());
            put(z, "nested.zip", inner);
        }
        List<Problem> problems = new ArrayList<>();
        List<InputUnit> units = Inputs.expand(List.of(zip.toString()), problems::add);
        assertThat(problems).isEmpty();
        assertThat(units).extracting(InputUnit::displayPath).containsExactly(
                zip + "!/logs/a.json", zip + "!/b.jsonl.gz", zip + "!/nested.zip!/in1.jsonl");
        List<Object> values = new ArrayList<>();
        for (InputUnit u : units) {
            TestSupport t = TestSupport.read(u, ReadOptions.defaults());
            assertThat(t.problems).isEmpty();
            values.add(t.only().get("n"));
            assertThat(t.only().source().path()).isEqualTo(u.displayPath());
        }
        assertThat(values).containsExactly("a", "gz", "inner");
    }

    @Test
    void dashIsStandardInput() throws IOException {
        List<InputUnit> units = Inputs.expand(List.of("-"), p -> { });
        assertThat(units).singleElement().satisfies(u -> {
            assertThat(u.displayPath()).isEqualTo("-");
            assertThat(u.sizeHint()).isEqualTo(-1);
        });
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("{\"n\":\"stdin\"}\n".getBytes(StandardCharsets.UTF_8)));
            TestSupport t = TestSupport.read(units.get(0), ReadOptions.defaults());
            assertThat(t.only().get("n")).isEqualTo("stdin");
            assertThat(t.only().source().place()).isEqualTo("-:1");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void otherFormatsAreRecognisedAndReportedNotMisread() {
        TestSupport evtx = TestSupport.read(InputUnit.ofBytes("x.evtx",
                "ElfFile\0rest of header".getBytes(StandardCharsets.ISO_8859_1)), ReadOptions.defaults());
        // EVTX is dispatched to the EVTX reader, which reports the truncated header by place.
        assertThat(evtx.problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.kind()).startsWith("evtx.");
            assertThat(p.place()).startsWith("x.evtx");
        });
        assertThat(evtx.events).isEmpty();
        TestSupport zeek = TestSupport.read("conn.log", "#separator \\x09\n#fields\tts\tuid\n");
        assertThat(zeek.problems).isEmpty(); // a Zeek TSV header without data: nothing to read, nothing wrong
        assertThat(zeek.events).isEmpty();
        TestSupport syslog = TestSupport.read("messages", "Nov 27 21:00:01 host sshd[42]: Accepted publickey\n");
        assertThat(syslog.problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("input.unknown-format");
            assertThat(p.message()).contains("Nov 27 21:00:01");
        });
        TestSupport zip = TestSupport.read(InputUnit.ofBytes("-", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}),
                ReadOptions.defaults());
        assertThat(zip.problems).extracting(Problem::kind).containsExactly("input.unsupported");
        TestSupport bom = TestSupport.read("bom.jsonl", "\uFEFF{\"n\":\"1\"}\n");
        assertThat(bom.problems).isEmpty();
        assertThat(bom.only().get("n")).isEqualTo("1");
    }

    private void write(String relative, String content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private static void put(ZipOutputStream z, String name, byte[] content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content);
        z.closeEntry();
    }

    private static byte[] zip(String[]... members) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (String[] m : members) {
                put(z, m[0], m[1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}

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
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input is reported with its place, and later good records are still read. */
class BadInputTest {

    private static final String GOOD = "{\"n\":\"good\"}\n";

    @TempDir
    Path dir;

    @Test
    void corruptJsonLineIsReportedWithLineAndColumnAndTheNextLineIsRead() {
        TestSupport t = TestSupport.read("c.jsonl", "{\"n\":\"1\"}\n{\"n\": \"2\", oops}\n{\"n\":\"3\"}\n{\"n\":\"4\"} {\"m\":5}\n" + GOOD);
        assertThat(t.events).extracting(e -> e.get("n")).containsExactly("1", "3", "good");
        assertThat(t.problems).hasSize(2);
        Problem p = t.problems.get(0);
        assertThat(p.stage()).isEqualTo(Problem.Stage.RECORD);
        assertThat(p.place()).isEqualTo("c.jsonl:2");
        assertThat(p.kind()).isEqualTo("json.malformed");
        assertThat(p.message()).contains("column 12").contains("'o'");
        assertThat(t.problems.get(1).place()).isEqualTo("c.jsonl:4");
        assertThat(t.problems.get(1).message()).contains("after the end of the object");
        assertThat(t.stats.skipped()).isEqualTo(2);
    }

    @Test
    void unclosedObjectDoesNotSwallowTheNextLine() {
        TestSupport t = TestSupport.read("u.jsonl", "{\"n\":\"1\"\n{\"n\":\"2\"}\n{\"n\":\"3\", \"s\":\"unterminated\n{\"n\":\"4\"}");
        assertThat(t.events).extracting(e -> e.get("n")).containsExactly("2", "4");
        assertThat(t.events).extracting(e -> e.source().line()).containsExactly(2L, 4L);
        assertThat(t.problems).extracting(Problem::place).containsExactly("u.jsonl:1", "u.jsonl:3");
        assertThat(t.problems).extracting(Problem::kind).containsOnly("json.malformed");
    }

    @Test
    void tenMegabyteLineIsSkippedWithoutStoppingTheRead() {
        byte[] big = new byte[10 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(GOOD.getBytes(StandardCharsets.UTF_8));
        out.writeBytes("{\"s\":\"".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(big);
        out.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(GOOD.getBytes(StandardCharsets.UTF_8));
        TestSupport t = TestSupport.read(InputUnit.ofBytes("big.jsonl", out.toByteArray()), ReadOptions.defaults());
        assertThat(t.events).hasSize(2);
        assertThat(t.events.get(1).source().line()).isEqualTo(3);
        assertThat(t.problems).singleElement().satisfies(p -> {
            assertThat(p.stage()).isEqualTo(Problem.Stage.RECORD);
            assertThat(p.place()).isEqualTo("big.jsonl:2");
            assertThat(p.kind()).isEqualTo("record.too-large");
            assertThat(p.message()).contains(String.valueOf(ReadOptions.DEFAULT_MAX_RECORD_BYTES));
        });
        assertThat(t.stats.bytes()).isEqualTo(out.size());
    }

    @Test
    void tooLargeDocumentInWholeFileJsonIsSkipped() {
        char[] big = new char[5000];
        Arrays.fill(big, 'x');
        String content = "[\n{\"n\":\"1\"},\n{\"s\":\"" + new String(big) + "\"},\n{\"n\":\"3\"}\n]\n";
        TestSupport t = TestSupport.read(InputUnit.ofBytes("big.json", content.getBytes(StandardCharsets.UTF_8)),
                new ReadOptions(FieldInterest.all(), 1000));
        assertThat(t.events).extracting(e -> e.get("n")).containsExactly("1", "3");
        assertThat(t.problems).extracting(Problem::place, Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("big.json:3", "record.too-large"));
    }

    @Test
    void topLevelScalarOrArrayOfScalarsLineIsNotAnObject() {
        TestSupport t = TestSupport.read("s.jsonl", GOOD + "42\n[1,2]\n\"str\"\n" + GOOD);
        assertThat(t.events).hasSize(2);
        assertThat(t.problems).extracting(Problem::place).containsExactly("s.jsonl:2", "s.jsonl:3", "s.jsonl:4");
        assertThat(t.problems).extracting(Problem::kind).containsOnly("json.not-an-object");
        assertThat(t.stats.skipped()).isEqualTo(4); // 42, both array elements, "str"
    }

    @Test
    void arrayOfObjectsOnOneLineGivesOneEventPerObject() {
        // (A file that starts with "[" is whole-file JSON; here the array is line 2 of JSON lines.)
        TestSupport t = TestSupport.read("a.jsonl", GOOD + "[{\"n\":\"1\"},{\"n\":\"2\"},3]\n" + GOOD);
        assertThat(t.events).extracting(e -> e.get("n")).containsExactly("good", "1", "2", "good");
        assertThat(t.events).extracting(e -> e.source().line()).containsExactly(1L, 2L, 2L, 3L);
        assertThat(t.problems).singleElement().satisfies(p -> {
            assertThat(p.place()).isEqualTo("a.jsonl:2");
            assertThat(p.kind()).isEqualTo("json.not-an-object");
            assertThat(p.message()).contains("1 value(s)");
        });
        assertThat(t.stats.records()).isEqualTo(4);
    }

    @Test
    void binaryGarbageIsAnInputProblemAndTheNextInputIsRead() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = '{'; // looks like JSON at first glance
        garbage[10] = 0;
        Path bin = write("garbage.json", garbage);
        Path good = write("good.jsonl", GOOD.getBytes(StandardCharsets.UTF_8));
        Run run = readAll(bin.toString(), good.toString());
        assertThat(run.problems).singleElement().satisfies(p -> {
            assertThat(p.stage()).isEqualTo(Problem.Stage.INPUT);
            assertThat(p.place()).isEqualTo(bin.toString());
            assertThat(p.kind()).isEqualTo("input.binary");
        });
        assertThat(run.events).singleElement().satisfies(e -> assertThat(e.source().path()).isEqualTo(good.toString()));
    }

    @Test
    void emptyFileIsAnInputProblemAndTheNextInputIsRead() throws IOException {
        Path empty = write("empty.json", new byte[0]);
        Path blank = write("blank.jsonl", " \n\n".getBytes(StandardCharsets.UTF_8));
        Path good = write("good.jsonl", GOOD.getBytes(StandardCharsets.UTF_8));
        Run run = readAll(empty.toString(), blank.toString(), good.toString());
        assertThat(run.problems).extracting(Problem::place, Problem::kind, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(empty.toString(), "input.empty", "file is empty"),
                org.assertj.core.groups.Tuple.tuple(blank.toString(), "input.empty", "file contains only whitespace"));
        assertThat(run.events).hasSize(1);
    }

    @Test
    void unreadablePathsAreReportedAndTheRestIsRead() throws IOException {
        // Tests run as root, so chmod 000 would not stop us: use paths no one can read as files.
        Path dangling = dir.resolve("dangling.json");
        Files.createSymbolicLink(dangling, dir.resolve("does-not-exist.json"));
        Path missing = dir.resolve("missing.json");
        Path good = write("good.jsonl", GOOD.getBytes(StandardCharsets.UTF_8));
        Run run = readAll(dangling.toString(), missing.toString(), good.toString());
        assertThat(run.problems).extracting(Problem::place, Problem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(dangling.toString(), "input.unreadable"),
                org.assertj.core.groups.Tuple.tuple(missing.toString(), "input.unreadable"));
        assertThat(run.problems.get(0).message()).contains("dangling");
        assertThat(run.events).hasSize(1);

        // A unit that fails on open (a directory where a file was expected) is reported at read time.
        Path subdir = Files.createDirectory(dir.resolve("actually-a-directory.json"));
        TestSupport t = TestSupport.read(InputUnit.ofFile(subdir), ReadOptions.defaults());
        assertThat(t.events).isEmpty();
        assertThat(t.problems).singleElement().satisfies(p -> {
            assertThat(p.stage()).isEqualTo(Problem.Stage.INPUT);
            assertThat(p.place()).isEqualTo(subdir.toString());
            assertThat(p.kind()).isEqualTo("input.unreadable");
        });
    }

    @Test
    void corruptGzipIsReportedAndTheNextInputIsRead() throws IOException {
        Path notGzip = write("a.json.gz", "this is not gzip".getBytes(StandardCharsets.UTF_8));
        byte[] gz = gzip(GOOD + GOOD + "{\"n\":\"tail\", \"pad\":\"" + "p".repeat(20000) + "\"}\n");
        Path truncated = write("b.jsonl.gz", Arrays.copyOf(gz, gz.length - 30));
        Path good = write("good.jsonl", GOOD.getBytes(StandardCharsets.UTF_8));
        Run run = readAll(notGzip.toString(), truncated.toString(), good.toString());
        assertThat(run.problems).extracting(Problem::place, Problem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(notGzip.toString(), "input.corrupt-archive"),
                org.assertj.core.groups.Tuple.tuple(truncated + ":3", "input.read-error"));
        // The two complete lines before the damage, then the next input.
        assertThat(run.events).extracting(e -> e.source().path())
                .containsExactly(truncated.toString(), truncated.toString(), good.toString());
    }

    @Test
    void truncatedZipIsReportedAndIntactMembersAndTheNextInputAreRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("first.jsonl"));
            zip.write((GOOD + GOOD).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("second.jsonl"));
            Random r = new Random(1);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 2000; i++) {
                sb.append("{\"n\":\"").append(Long.toHexString(r.nextLong())).append("\"}\n");
            }
            zip.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] whole = bytes.toByteArray();
        Path truncated = write("t.zip", Arrays.copyOf(whole, whole.length * 2 / 3));
        Path good = write("good.jsonl", GOOD.getBytes(StandardCharsets.UTF_8));
        Run run = readAll(truncated.toString(), good.toString());
        assertThat(run.problems).first().satisfies(p -> {
            assertThat(p.stage()).isEqualTo(Problem.Stage.INPUT);
            assertThat(p.place()).isEqualTo(truncated.toString());
            assertThat(p.kind()).isEqualTo("input.corrupt-archive");
            assertThat(p.message()).contains("found 2 member(s)");
        });
        assertThat(run.problems).element(1).satisfies(p -> {
            assertThat(p.place()).startsWith(truncated + "!/second.jsonl:");
            assertThat(p.kind()).isEqualTo("input.read-error");
        });
        long fromFirst = run.events.stream().filter(e -> e.source().path().endsWith("!/first.jsonl")).count();
        long fromSecond = run.events.stream().filter(e -> e.source().path().endsWith("!/second.jsonl")).count();
        assertThat(fromFirst).isEqualTo(2);
        assertThat(fromSecond).isBetween(1L, 1999L);
        assertThat(run.events.get(run.events.size() - 1).source().path()).isEqualTo(good.toString());
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** What expanding and reading several paths, the way the CLI does, produced. */
    record Run(List<Event> events, List<Problem> problems) {
    }

    static Run readAll(String... paths) {
        List<Event> events = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (InputUnit unit : Inputs.expand(List.of(paths), problems::add)) {
            EventReaders.read(unit, ReadOptions.defaults(), events::add, problems::add);
        }
        return new Run(events, problems);
    }
}

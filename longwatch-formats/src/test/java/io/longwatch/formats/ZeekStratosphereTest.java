package io.longwatch.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Zeek log of the Stratosphere captures (TSV, labelled TSV and JSON) reads completely, and
 * every TSV record agrees field by field with a naive, independent parse of its line.
 */
class ZeekStratosphereTest {

    private static final Pattern ESCAPE = Pattern.compile("\\\\x([0-9a-fA-F]{2})");

    private static List<Path> logs() throws IOException {
        Optional<Path> dir = SharedData.resolve("zeek/stratosphere");
        assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping Zeek Stratosphere test");
        try (Stream<Path> s = Files.walk(dir.get())) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().contains(".log")).sorted().toList();
        }
    }

    @Test
    void everyLogReadsEveryDataLineWithoutProblems() throws IOException {
        List<Path> files = logs();
        assertThat(files).hasSizeGreaterThanOrEqualTo(60);
        long total = 0;
        int labelled = 0;
        int json = 0;
        long labels = 0;
        long escaped = 0;
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            long dataLines = lines.stream().filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
            ProblemLog problems = new ProblemLog(10);
            List<Event> events = new ArrayList<>();
            ReadStats stats = EventReaders.read(InputUnit.ofFile(file), ReadOptions.defaults(), events::add, problems);
            assertThat(problems.examples(Problem.Stage.RECORD)).as(file.toString()).isEmpty();
            assertThat(problems.examples(Problem.Stage.INPUT)).as(file.toString()).isEmpty();
            assertThat(stats.skipped()).as(file.toString()).isZero();
            assertThat((long) events.size()).as("events vs data lines of " + file).isEqualTo(dataLines);
            boolean tsv = !lines.isEmpty() && lines.get(0).startsWith("#separator");
            String expectedPath = tsv ? headerValue(lines, "#path") : file.getFileName().toString().split("\\.")[0];
            for (Event e : events) {
                assertThat(e.get("_path")).as(file + " _path").isEqualTo(expectedPath);
                assertThat(e.timeMicros()).as(file + " time").isNotEqualTo(Event.NO_TIME);
                assertThat(e.host()).isNull();
            }
            if (tsv) {
                escaped += compareWithNaiveParse(file, lines, events);
            } else {
                json++;
                assertThat(lines.get(0)).startsWith("{");
                for (Event e : events) {
                    assertThat(e.timeMicros()).isEqualTo(micros(e.getText("ts")));
                }
            }
            if (file.toString().endsWith(".labeled") && !events.isEmpty()) {
                labelled++;
                for (Event e : events) {
                    // "(empty)" labels (string columns) read as "", as Zeek means them.
                    assertThat(e.getText("label")).as(file + " label").isIn("Background", "Benign", "Malicious", "");
                    assertThat(e.has("detailedlabel")).as(file + " detailedlabel").isTrue();
                }
                labels += events.stream().filter(e -> !e.getText("label").isEmpty()).count();
            }
            total += events.size();
        }
        assertThat(labelled).isGreaterThanOrEqualTo(20);
        assertThat(labels).as("records with a label").isGreaterThan(50_000);
        assertThat(escaped).as("values with \\x escapes").isPositive();
        assertThat(json).isEqualTo(6);
        System.out.printf("Zeek Stratosphere: %d files, %d events (%d JSON files, %d labelled files with data)%n",
                files.size(), total, json, labelled);
    }

    /** Splits each data line on tabs and checks every column against the event, independently of the reader. */
    private static int compareWithNaiveParse(Path file, List<String> lines, List<Event> events) {
        String[] fields = null;
        String[] types = null;
        int next = 0;
        int lists = 0;
        int escapes = 0;
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#fields\t")) {
                fields = line.substring("#fields\t".length()).split("\t", -1);
            } else if (line.startsWith("#types\t")) {
                types = line.substring("#types\t".length()).split("\t", -1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Event e = events.get(next++);
            String[] cols = line.split("\t", -1);
            assertThat(cols).hasSameSizeAs(fields);
            for (int i = 0; i < cols.length; i++) {
                String name = fields[i];
                String raw = cols[i];
                Object expected;
                if (raw.equals("-")) {
                    if (e.has(name)) {
                        mismatches.add(file + ":" + e.source().line() + " " + name + " is unset but present");
                    }
                    continue;
                } else if (types[i].startsWith("set[") || types[i].startsWith("vector[")) {
                    expected = raw.equals("(empty)") ? List.of()
                            : Arrays.stream(raw.split(",", -1)).map(ZeekStratosphereTest::unescape).toList();
                    lists += ((List<?>) expected).size() > 1 ? 1 : 0;
                } else if (types[i].equals("bool")) {
                    expected = raw.equals("T") ? "true" : "false";
                } else if (raw.equals("(empty)")) {
                    expected = "";
                } else {
                    expected = unescape(raw);
                    escapes += raw.contains("\\x") ? 1 : 0;
                }
                if (!expected.equals(e.get(name))) {
                    mismatches.add(file + ":" + e.source().line() + " " + name + ": expected " + expected
                            + " but was " + e.get(name));
                }
                if (name.equals("ts") && e.timeMicros() != micros(raw)) {
                    mismatches.add(file + ":" + e.source().line() + " time " + e.timeMicros() + " for ts " + raw);
                }
            }
        }
        assertThat(mismatches).as("fields differing from the naive parse").isEmpty();
        assertThat(next).isEqualTo(events.size());
        if (file.getFileName().toString().startsWith("dns.log.labeled") && events.size() > 1000) {
            assertThat(lists).as("multi-valued answers in " + file).isPositive();
        }
        return escapes;
    }

    /** Zeek's \\xHH escapes, decoded as UTF-8 bytes (a second, independent implementation). */
    private static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher m = ESCAPE.matcher(raw);
        int at = 0;
        while (m.find()) {
            out.writeBytes(raw.substring(at, m.start()).getBytes(StandardCharsets.UTF_8));
            out.write(Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        out.writeBytes(raw.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String headerValue(List<String> lines, String directive) {
        for (String l : lines) {
            if (l.startsWith(directive + "\t")) {
                return l.substring(directive.length() + 1);
            }
        }
        throw new AssertionError("no " + directive + " line");
    }

    private static long micros(String epochSeconds) {
        // Zeek's TSV writer prints six fraction digits rounded; JSON may carry a seventh.
        return new BigDecimal(epochSeconds).movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValue();
    }
}

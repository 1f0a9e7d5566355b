package io.longwatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Records cut across buffer refills: a small record limit keeps the buffer tiny, so nearly
 * every record straddles a refill; the output must not depend on where the cuts fall.
 */
class FramingTest {

    @Test
    void jsonLinesAcrossManyRefills() {
        Random r = new Random(3);
        StringBuilder sb = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String v = randomText(r, r.nextInt(150));
            expected.add(v);
            sb.append("{\"i\":").append(i).append(",\"v\":\"").append(escape(v)).append("\"}");
            sb.append(r.nextInt(10) == 0 ? "\r\n" : "\n");
            if (r.nextInt(20) == 0) {
                sb.append("\n   \n"); // blank lines
            }
        }
        check(sb.toString(), expected);
    }

    @Test
    void prettyDocumentsAcrossManyRefills() {
        Random r = new Random(4);
        StringBuilder sb = new StringBuilder("[\n");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String v = randomText(r, r.nextInt(120));
            expected.add(v);
            sb.append(i > 0 ? ",\n" : "").append("  {\n    \"i\": ").append(i).append(",\n    \"v\": \"")
                    .append(escape(v)).append("\",\n    \"o\": {\"x\": [1, {\"y\": \"}\"}]}\n  }");
        }
        sb.append("\n]\n");
        check(sb.toString(), expected);
    }

    private static void check(String content, List<String> expected) {
        TestSupport t = TestSupport.read(InputUnit.ofBytes("f.json", content.getBytes(StandardCharsets.UTF_8)),
                new ReadOptions(FieldInterest.all(), 300));
        assertThat(t.problems).isEmpty();
        assertThat(t.events).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Event e = t.events.get(i);
            assertThat(e.get("i")).isEqualTo(String.valueOf(i));
            assertThat(e.get("v")).isEqualTo(expected.get(i));
        }
        long lines = content.chars().filter(c -> c == '\n').count();
        assertThat(t.events.get(t.events.size() - 1).source().line()).isLessThanOrEqualTo(lines);
        assertThat(t.stats.bytes()).isEqualTo(content.getBytes(StandardCharsets.UTF_8).length);
    }

    private static String randomText(Random r, int length) {
        String alphabet = "abc {}[]\",:\\/\u00e9\u4e2d\t";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t");
    }
}

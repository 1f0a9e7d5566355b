package io.longwatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.problem.Problem;
import org.junit.jupiter.api.Test;

/** Whole-file JSON: one document, an array of documents, or concatenated pretty-printed documents. */
class WholeFileJsonTest {

    @Test
    void singlePrettyDocument() {
        TestSupport t = TestSupport.read("one.json", "{\n  \"a\": {\n    \"b\": 1\n  }\n}\n");
        assertThat(t.problems).isEmpty();
        assertThat(t.only().get("a.b")).isEqualTo("1");
        assertThat(t.only().source().line()).isEqualTo(1);
    }

    @Test
    void arrayOfDocumentsGivesOneEventPerElementWithStartLines() {
        TestSupport t = TestSupport.read("arr.json", "[\n  {\"n\": 1},\n  {\n    \"n\": \"{[\\\"}\"\n  },\n  {\"n\": 3}\n]\n");
        assertThat(t.problems).isEmpty();
        assertThat(t.events).extracting(e -> e.get("n")).containsExactly("1", "{[\"}", "3");
        assertThat(t.events).extracting(e -> e.source().line()).containsExactly(2L, 3L, 6L);
    }

    @Test
    void concatenatedPrettyDocuments() {
        TestSupport t = TestSupport.read("cat.json", "{\n  \"n\": 1\n}\n{\n  \"n\": 2\n}{\"n\": 3}\n");
        assertThat(t.problems).isEmpty();
        assertThat(t.events).extracting(e -> e.get("n")).containsExactly("1", "2", "3");
        assertThat(t.events).extracting(e -> e.source().line()).containsExactly(1L, 4L, 6L);
        assertThat(t.stats.records()).isEqualTo(3);
    }

    @Test
    void syntaxErrorMidFileIsReportedWithItsLineAndReadingResumesAtTheNextDocument() {
        String content = """
                {
                  "n": 1
                }
                {
                  "n": 2,
                  "broken": ,
                  "x": 1
                }
                {
                  "n": 3,
                  "unclosed": {
                {
                  "n": 4
                }
                """;
        TestSupport t = TestSupport.read("bad.json", content);
        assertThat(t.events).extracting(e -> e.get("n")).containsExactly("1", "4");
        assertThat(t.problems).hasSize(2);
        Problem first = t.problems.get(0);
        assertThat(first.stage()).isEqualTo(Problem.Stage.RECORD);
        assertThat(first.kind()).isEqualTo("json.malformed");
        assertThat(first.place()).isEqualTo("bad.json:6");
        assertThat(first.message()).contains("column").contains("starting on line 4");
        assertThat(t.problems.get(1).place()).startsWith("bad.json:");
        assertThat(t.stats.skipped()).isEqualTo(2);
        assertThat(t.stats.records()).isEqualTo(2);
    }

    @Test
    void truncatedLastDocumentIsReportedAsSkipped() {
        TestSupport t = TestSupport.read("trunc.json", "[\n {\"n\": 1},\n {\"n\": 2, \"s\": \"abc");
        assertThat(t.events).extracting(e -> e.get("n")).containsExactly("1");
        assertThat(t.problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("json.malformed");
            assertThat(p.place()).isEqualTo("trunc.json:3");
            assertThat(p.message()).contains("end-of-input").contains("skipped the record of 18 bytes");
        });
        assertThat(t.stats.skipped()).isEqualTo(1);
    }

    @Test
    void strayClosingBracketsAreReportedAndReadingGoesOn() {
        TestSupport t = TestSupport.read("stray.json", "{\n \"n\": 1\n}\n}\n]\n{\n \"n\": 2\n}\n");
        assertThat(t.events).extracting(e -> e.get("n")).containsExactly("1", "2");
        assertThat(t.problems).extracting(Problem::place).containsExactly("stray.json:4", "stray.json:5");
        assertThat(t.problems).extracting(Problem::kind).containsOnly("json.malformed");
    }

    @Test
    void scalarsInAnArrayAreNotObjects() {
        TestSupport t = TestSupport.read("s.json", "[\n {\"n\": 1},\n 42,\n \"x\",\n [1, 2],\n {\"n\": 2}\n]\n");
        assertThat(t.events).extracting(e -> e.get("n")).containsExactly("1", "2");
        assertThat(t.problems).extracting(Problem::kind).containsExactly("json.not-an-object", "json.not-an-object",
                "json.not-an-object");
        assertThat(t.problems.get(2).message()).contains("2 value(s)");
        assertThat(t.problems).extracting(Problem::place).containsExactly("s.json:3", "s.json:4", "s.json:5");
    }
}

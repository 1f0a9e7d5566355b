package io.longwatch.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.formats.FieldInterest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The byte walker never gives a different answer than Jackson: on random valid records the
 * events, consumed bytes and line breaks are the same (and the walker takes them); on random
 * corruptions of them the outcome, Jackson's error included, is the same.
 */
class ByteRecordWalkerPropertyTest {

    private static long validRecords;
    private static long validWalked;
    private static long corruptRecords;
    private static long corruptErrors;

    @Provide
    Arbitrary<Random> randoms() {
        return Arbitraries.randoms();
    }

    @Property(tries = 1500)
    void validRecordsDecodeAsJacksonDoesAndTakeTheFastPath(@ForAll("randoms") Random r) {
        boolean all = r.nextBoolean();
        List<byte[]> records = new ArrayList<>();
        RandomJson gen = new RandomJson(r, true);
        for (int i = 1 + r.nextInt(6); i > 0; i--) {
            records.add(gen.record().getBytes(StandardCharsets.UTF_8));
        }
        BothPaths both = new BothPaths(all ? FieldInterest.all() : someOf(records, r));
        for (byte[] record : records) {
            // Inside a bigger buffer, as the framers hand records on, with content after it.
            byte[] prefix = "xx\n".getBytes(StandardCharsets.UTF_8);
            byte[] suffix = r.nextBoolean() ? " \n{\"next\":1}\n".getBytes(StandardCharsets.UTF_8) : new byte[0];
            byte[] buf = concat(prefix, record, suffix);
            long walkedBefore = both.fast.walkedObjects();
            String expected = BothPaths.outcome(both.jackson, buf, prefix.length, record.length + suffix.length);
            String actual = BothPaths.outcome(both.fast, buf, prefix.length, record.length + suffix.length);
            assertThat(actual).as(new String(record, StandardCharsets.UTF_8)).isEqualTo(expected);
            assertThat(expected).startsWith("consumed=" + record.length + " ");
            validRecords++;
            validWalked += both.fast.walkedObjects() - walkedBefore;
        }
    }

    @Property(tries = 300)
    void wholeReadsGiveTheSameEventsAndProblems(@ForAll("randoms") Random r) {
        boolean documents = r.nextBoolean();
        RandomJson gen = new RandomJson(r, documents);
        StringBuilder content = new StringBuilder();
        List<byte[]> records = new ArrayList<>();
        for (int i = 1 + r.nextInt(8); i > 0; i--) {
            String record = gen.record();
            records.add(record.getBytes(StandardCharsets.UTF_8));
            content.append(record).append(r.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        byte[] bytes = content.toString().getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(3) == 0) {
            bytes = Corruption.random(r).apply(bytes, r);
        }
        FieldInterest interest = r.nextBoolean() ? FieldInterest.all() : someOf(records, r);
        assertThat(BothPaths.read(bytes, documents, interest, true).toString())
                .isEqualTo(BothPaths.read(bytes, documents, interest, false).toString());
    }

    @Property(tries = 2000)
    void corruptedRecordsGiveJacksonsOutcome(@ForAll("randoms") Random r) {
        BothPaths both = new BothPaths(r.nextBoolean() ? FieldInterest.all() : FieldInterest.of(Set.of("EventID", "a")));
        RandomJson gen = new RandomJson(r, true);
        // A valid record first, so that guesses and cached paths are warm when the damage comes.
        byte[] warm = gen.record().getBytes(StandardCharsets.UTF_8);
        BothPaths.outcome(both.jackson, warm, 0, warm.length);
        BothPaths.outcome(both.fast, warm, 0, warm.length);
        byte[] damaged = Corruption.random(r).apply(gen.record().getBytes(StandardCharsets.UTF_8), r);
        String expected = BothPaths.outcome(both.jackson, damaged, 0, damaged.length);
        String actual = BothPaths.outcome(both.fast, damaged, 0, damaged.length);
        assertThat(actual).as(new String(damaged, StandardCharsets.ISO_8859_1)).isEqualTo(expected);
        corruptRecords++;
        if (expected.startsWith("error")) {
            corruptErrors++;
        }
    }

    /**
     * The walker decodes Latin-1 strings eight bytes at a time and hands anything wider to its
     * general decoder from the start: escapes, Latin-1 and wider characters at every offset of a
     * word, and a string cut short, must all come out as Jackson's.
     */
    @Example
    void escapesAndWideCharactersAtEveryOffsetOfAWord() {
        BothPaths both = new BothPaths(FieldInterest.all());
        String[] specials = {"\\t", "\\\\", "\\r\\n\\t", "\\u00e9", "\\u00FF", "é", "ÿ", "\\u0100", "Ω", "中",
                "😀", "\\ud83d\\ude00", "\\u0000", "\\/", "\\\""};
        int compared = 0;
        for (int before = 0; before < 18; before++) {
            for (String special : specials) {
                for (String after : new String[] {"", "x", "abcdefghijk", "C:\\\\Windows\\\\System32\\\\"}) {
                    String value = "a".repeat(before) + special + after + "\\r\\n" + "b".repeat(before % 9);
                    for (String record : new String[] {"{\"Message\":\"" + value + "\",\"n\":1}",
                            "{\"Message\":\"" + value}) {
                        byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
                        String expected = BothPaths.outcome(both.jackson, bytes, 0, bytes.length);
                        String actual = BothPaths.outcome(both.fast, bytes, 0, bytes.length);
                        assertThat(actual).as(record).isEqualTo(expected);
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(18 * specials.length * 4 * 2);
    }

    @AfterContainer
    static void report() {
        System.out.printf("byte walker properties: %d valid records, %d on the fast path; %d corrupted records,"
                + " %d of them Jackson errors%n", validRecords, validWalked, corruptRecords, corruptErrors);
        if (validRecords > 0) {
            // Generated records are all within the walker's limits: it must take every one.
            assertThat(validWalked).isEqualTo(validRecords);
        }
        if (corruptRecords > 0) {
            assertThat(corruptErrors).as("corruptions that break the JSON").isGreaterThan(corruptRecords / 4);
        }
    }

    /** An interest in some of the keys that occur (so the walker also skips values). */
    private static FieldInterest someOf(List<byte[]> records, Random r) {
        Set<String> names = new HashSet<>();
        for (String k : new String[] {"EventID", "Channel", "Image", "a", "b", "Data", "CommandLine", "ts"}) {
            if (r.nextBoolean()) {
                names.add(k);
            }
        }
        return FieldInterest.of(names);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}

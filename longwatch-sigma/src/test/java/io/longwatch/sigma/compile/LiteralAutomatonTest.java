package io.longwatch.sigma.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The prefilter scanners report exactly the literals a naive case-insensitive search finds. */
class LiteralAutomatonTest {

    private static Set<Integer> scan(LiteralAutomaton a, String text) {
        Set<Integer> out = new TreeSet<>();
        a.scan(text, out::add);
        return out;
    }

    private static Set<Integer> naive(List<String> lits, String text) {
        Set<Integer> out = new TreeSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lits.size(); i++) {
            if (lower.contains(lits.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    @Test
    void overlappingAndNestedLiteralsAreAllFound() {
        List<String> lits = List.of("he", "she", "his", "hers", "\\cmd.exe", "é");
        LiteralAutomaton a = new LiteralAutomaton(lits, identity(lits.size()));
        assertThat(scan(a, "USHERS")).containsExactly(0, 1, 3);
        assertThat(scan(a, "C:\\Windows\\CMD.EXE")).containsExactly(4);
        assertThat(scan(a, "CAFÉ")).containsExactly(5);
        assertThat(scan(a, "nothing")).isEmpty();
    }

    @Test
    void randomTextsMatchNaiveSearchForShortAndLongLiteralSets() {
        Random rnd = new Random(42);
        // The Kelvin sign lower-cases to an ASCII 'k': the skipping scanner's hash must agree.
        String alphabet = "abcABkK\u212A\\-. é";
        for (int minLen : new int[] {1, 2, 5, 8}) {
            for (int round = 0; round < 40; round++) {
                List<String> lits = new ArrayList<>();
                int count = 1 + rnd.nextInt(12);
                for (int i = 0; i < count; i++) {
                    lits.add(random(rnd, alphabet, minLen + rnd.nextInt(4)).toLowerCase(Locale.ROOT));
                }
                LiteralAutomaton a = new LiteralAutomaton(lits, identity(lits.size()));
                for (int t = 0; t < 30; t++) {
                    // Long texts exercise the skipping scanner's parallel lanes and their borders.
                    String text = random(rnd, alphabet, rnd.nextInt(t % 3 == 0 ? 1200 : 60));
                    assertThat(scan(a, text)).as("%s in '%s'", lits, text).isEqualTo(naive(lits, text));
                }
            }
        }
    }

    @Test
    void theTrialScannerFindsWhatTheAutomatonFinds() {
        Random rnd = new Random(7);
        String letters = "abcdefghijklmnopqrstuvwxyz.-_\\";
        // Hundreds of word-like literals: too many pairs for the skipping scanner to be chosen
        // outright, few enough to be offered for a trial.
        List<String> lits = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lits.add(random(rnd, letters, 6 + rnd.nextInt(8)));
        }
        LiteralAutomaton a = new LiteralAutomaton(lits, identity(lits.size()));
        assertThat(a.trialSkipping()).isTrue();
        int withHits = 0;
        for (int t = 0; t < 300; t++) {
            StringBuilder text = new StringBuilder(random(rnd, letters + "ABC ", rnd.nextInt(2000)));
            for (int k = rnd.nextInt(4); k > 0; k--) {
                String lit = lits.get(rnd.nextInt(lits.size()));
                text.insert(rnd.nextInt(text.length() + 1), rnd.nextBoolean() ? lit.toUpperCase(Locale.ROOT) : lit);
            }
            char[] chars = text.toString().toCharArray();
            Set<Integer> skipped = new TreeSet<>();
            a.scanSkipping(chars, chars.length, skipped::add);
            Set<Integer> expected = naive(lits, text.toString());
            assertThat(skipped).isEqualTo(expected).isEqualTo(scan(a, text.toString()));
            withHits += expected.isEmpty() ? 0 : 1;
        }
        assertThat(withHits).isGreaterThan(100);
        // A handful of long literals skip outright; no trial is offered.
        assertThat(new LiteralAutomaton(List.of("mimikatz", "sekurlsa::"), identity(2)).trialSkipping()).isFalse();
    }

    private static String random(Random rnd, String alphabet, int len) {
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}

package io.longwatch.sigma.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Anchored triggers report exactly the literals that start, end or equal the value, ignoring case. */
class AnchoredLiteralsTest {

    @Test
    void startsEndsAndWholesAreFoundFromTheEnds() {
        AnchoredLiterals a = new AnchoredLiterals(List.of("c:\\windows\\", "c:\\"), List.of(0, 1),
                List.of("\\lsass.exe", ".exe"), List.of(2, 3), List.of("0x1fffff", "c:\\"), List.of(4, 5));
        assertThat(hits(a, "C:\\Windows\\System32\\LSASS.EXE")).containsExactly(0, 1, 2, 3);
        assertThat(hits(a, "0x1FFFFF")).containsExactly(4);
        assertThat(hits(a, "0x1fffff0")).isEmpty();
        assertThat(hits(a, "C:\\")).containsExactly(1, 5);
        assertThat(hits(a, "D:\\tool.exe")).containsExactly(3);
        assertThat(hits(a, "")).isEmpty();
    }

    @Test
    void randomValuesAgreeWithNaiveChecks() {
        Random rnd = new Random(11);
        String alphabet = "abAB\\.k\u212Aé";
        for (int round = 0; round < 300; round++) {
            List<String> starts = new ArrayList<>();
            List<String> ends = new ArrayList<>();
            List<String> wholes = new ArrayList<>();
            for (int i = 0; i < 1 + rnd.nextInt(6); i++) {
                starts.add(random(rnd, alphabet, 1 + rnd.nextInt(4)).toLowerCase(Locale.ROOT));
                ends.add(random(rnd, alphabet, 1 + rnd.nextInt(4)).toLowerCase(Locale.ROOT));
                wholes.add(random(rnd, alphabet, rnd.nextInt(5) + 1).toLowerCase(Locale.ROOT));
            }
            AnchoredLiterals a = new AnchoredLiterals(starts, ids(0, starts.size()), ends, ids(100, ends.size()),
                    wholes, ids(200, wholes.size()));
            for (int t = 0; t < 40; t++) {
                String text = random(rnd, alphabet, rnd.nextInt(7));
                String lower = text.toLowerCase(Locale.ROOT);
                Set<Integer> expected = new TreeSet<>();
                for (int i = 0; i < starts.size(); i++) {
                    if (lower.startsWith(starts.get(i))) {
                        expected.add(i);
                    }
                    if (lower.endsWith(ends.get(i))) {
                        expected.add(100 + i);
                    }
                    if (lower.equals(wholes.get(i))) {
                        expected.add(200 + i);
                    }
                }
                assertThat(hits(a, text)).as("%s %s %s in '%s'", starts, ends, wholes, text).isEqualTo(expected);
            }
        }
    }

    private static Set<Integer> hits(AnchoredLiterals a, String text) {
        Set<Integer> out = new TreeSet<>();
        a.match(text, out::add);
        return out;
    }

    private static List<Integer> ids(int base, int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(base + i);
        }
        return out;
    }

    private static String random(Random rnd, String alphabet, int len) {
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}

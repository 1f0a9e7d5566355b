package io.longwatch.sigma.ir;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.data.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The JDK twin of a regex answers as re2j does, on every regex of the public rule corpus. */
class RegexTwinTest {

    @Test
    void leadingRepeatsOfOneClassAreShortenedForSearching() {
        assertThat(RegexTwin.withoutLeadingRepeat("\\w+`(\\w+|-|.)`")).isEqualTo("\\w`(\\w+|-|.)`");
        assertThat(RegexTwin.withoutLeadingRepeat("(?i)[a-z]+?\\.exe")).isEqualTo("(?i)[a-z]\\.exe");
        assertThat(RegexTwin.withoutLeadingRepeat(".*foo")).isEqualTo("foo");
        assertThat(RegexTwin.withoutLeadingRepeat("\\s*-enc")).isEqualTo("-enc");
        // anchored, alternatives, other quantifiers and non-class atoms stay as written
        assertThat(RegexTwin.withoutLeadingRepeat("^\\w+x")).isEqualTo("^\\w+x");
        assertThat(RegexTwin.withoutLeadingRepeat("\\w+x|y")).isEqualTo("\\w+x|y");
        assertThat(RegexTwin.withoutLeadingRepeat("\\w{2,}x")).isEqualTo("\\w{2,}x");
        assertThat(RegexTwin.withoutLeadingRepeat("a+b")).isEqualTo("a+b");
        assertThat(RegexTwin.withoutLeadingRepeat("[]|]+x")).isEqualTo("[]|]x");
    }

    @Test
    void patternsOutsideTheSharedSyntaxGetNoTwin() {
        assertThat(RegexTwin.of("[[:alpha:]]+", false, false, false)).isNull();
        assertThat(RegexTwin.of("\\pL+", false, false, false)).isNull();
        assertThat(RegexTwin.of("[a-z&&[^x]]", false, false, false)).isNull();
        assertThat(RegexTwin.of("(?U)a+", false, false, false)).isNull();
        assertThat(RegexTwin.of("\\v", false, false, false)).isNull();
        assertThat(RegexTwin.of("(?i)foo\\d+", false, false, false)).isNotNull();
    }

    @Test
    void twinsAndRe2jAgreeOnEveryCorpusRegex() throws IOException {
        Optional<Path> sigma = SharedData.resolve("sigma");
        Assumptions.assumeTrue(sigma.isPresent(), "LONGWATCH_DATA not found: skipping the corpus regex comparison");
        List<String[]> regexes = new ArrayList<>();
        Load yaml = new Load(LoadSettings.builder().build());
        try (Stream<Path> files = Files.walk(sigma.get())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
                try {
                    collect(yaml.loadFromString(Files.readString(f)), regexes);
                } catch (RuntimeException e) {
                    // not a rule, or a multi-document file: the loader's own tests cover those
                }
            }
        }
        Random rnd = new Random(7);
        int twins = 0;
        long compared = 0;
        long matched = 0;
        for (String[] r : regexes) {
            String flags = r[1];
            boolean i = flags.contains("i");
            boolean m = flags.contains("m");
            boolean s = flags.contains("s");
            com.google.re2j.Pattern re2;
            try {
                re2 = com.google.re2j.Pattern.compile(r[0], (i ? com.google.re2j.Pattern.CASE_INSENSITIVE : 0)
                        | (m ? com.google.re2j.Pattern.MULTILINE : 0) | (s ? com.google.re2j.Pattern.DOTALL : 0));
            } catch (RuntimeException e) {
                continue;
            }
            RegexTwin twin = RegexTwin.of(r[0], i, m, s);
            if (twin == null) {
                continue;
            }
            twins++;
            String alphabet = alphabetOf(r[0]);
            for (int t = 0; t < 300; t++) {
                String text = randomText(rnd, alphabet, r[0]);
                if (!twin.applies(text)) {
                    continue;
                }
                boolean expected = re2.matcher(text).find();
                boolean actual;
                try {
                    actual = twin.find(text);
                } catch (BudgetedChars.BudgetExceeded e) {
                    continue;
                }
                assertThat(actual).as("/%s/%s on '%s'", r[0], flags, text).isEqualTo(expected);
                compared++;
                if (expected) {
                    matched++;
                }
            }
        }
        System.out.printf("regex twins: %d corpus regexes, %d with a twin, %d texts compared, %d of them matches%n",
                regexes.size(), twins, compared, matched);
        assertThat(twins).isGreaterThan(regexes.size() / 2);
        assertThat(matched).as("texts that match, so both answers are exercised").isGreaterThan(300);
    }

    /** Collects (pattern, flags) of every {@code field|re...} value in a rule's detection. */
    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<String[]> out) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                int re = key.indexOf("|re");
                if (re >= 0) {
                    String flags = key.substring(re + 3).replace("|", "");
                    Object v = e.getValue();
                    for (Object one : v instanceof List<?> l ? l : List.of(v)) {
                        if (one instanceof String str) {
                            out.add(new String[] {str, flags});
                        }
                    }
                } else {
                    collect(e.getValue(), out);
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object o : list) {
                collect(o, out);
            }
        }
    }

    private static String alphabetOf(String regex) {
        StringBuilder sb = new StringBuilder("aZ09 \\/.-_`'\"\n\u000B");
        for (char c : regex.toCharArray()) {
            if (sb.indexOf(String.valueOf(c)) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Random text, often built from pieces of the pattern itself so that matches happen. */
    private static String randomText(Random rnd, String alphabet, String regex) {
        StringBuilder sb = new StringBuilder();
        int parts = rnd.nextInt(6);
        for (int p = 0; p < parts; p++) {
            if (rnd.nextBoolean()) {
                int from = rnd.nextInt(regex.length());
                int to = Math.min(regex.length(), from + 1 + rnd.nextInt(12));
                sb.append(regex.replace("\\", ""), Math.min(from, regex.replace("\\", "").length()),
                        Math.min(to, regex.replace("\\", "").length()));
            } else {
                int n = rnd.nextInt(8);
                for (int k = 0; k < n; k++) {
                    sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
            }
        }
        return sb.toString();
    }
}

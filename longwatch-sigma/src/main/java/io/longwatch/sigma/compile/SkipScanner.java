package io.longwatch.sigma.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Multi-literal search that skips ahead (Wu-Manber style, over character pairs): for literal
 * sets whose shortest member is long, most text positions are jumped over instead of stepped
 * through, which makes scanning whole events for keywords cheap. Case-insensitive: literals
 * are lower-case, text characters are lower-cased as they are read. Matches are verified, so
 * reports are exact occurrences of literals.
 */
final class SkipScanner {

    /** Shortest literal length worth the skipping (shorter sets use the automaton). */
    static final int MIN_LENGTH = 5;
    private static final int TABLE = 4096;

    private final int window;
    private final byte[] shift = new byte[TABLE];
    private final int[] bucketStart = new int[TABLE + 1];
    private final String[] literals;
    private final int[] payloads;

    SkipScanner(List<String> patterns, int[] payloadOf) {
        int m = Integer.MAX_VALUE;
        for (String p : patterns) {
            m = Math.min(m, p.length());
        }
        window = Math.min(m, 100);
        int defaultShift = window - 1;
        java.util.Arrays.fill(shift, (byte) defaultShift);
        List<List<Integer>> buckets = new ArrayList<>(TABLE);
        for (int i = 0; i < TABLE; i++) {
            buckets.add(null);
        }
        for (int k = 0; k < patterns.size(); k++) {
            String p = patterns.get(k);
            for (int j = 0; j + 1 < window; j++) {
                int h = hash(p.charAt(j), p.charAt(j + 1));
                int s = window - 2 - j;
                if (s < shift[h]) {
                    shift[h] = (byte) s;
                }
            }
            int h = hash(p.charAt(window - 2), p.charAt(window - 1));
            if (buckets.get(h) == null) {
                buckets.set(h, new ArrayList<>());
            }
            buckets.get(h).add(k);
        }
        List<String> lits = new ArrayList<>();
        List<Integer> pays = new ArrayList<>();
        for (int h = 0; h < TABLE; h++) {
            bucketStart[h] = lits.size();
            if (buckets.get(h) != null) {
                for (int k : buckets.get(h)) {
                    lits.add(patterns.get(k));
                    pays.add(payloadOf[k]);
                }
            }
        }
        bucketStart[TABLE] = lits.size();
        literals = lits.toArray(String[]::new);
        payloads = pays.stream().mapToInt(Integer::intValue).toArray();
    }

    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private static int hash(char a, char b) {
        return ((lower(a) * 31) ^ lower(b)) & (TABLE - 1);
    }

    void scan(char[] text, int n, LiteralAutomaton.Hits hits) {
        int pos = window - 1;
        while (pos < n) {
            int h = hash(text[pos - 1], text[pos]);
            int s = shift[h];
            if (s > 0) {
                pos += s;
                continue;
            }
            int start = pos - window + 1;
            char first = lower(text[start]);
            for (int k = bucketStart[h], end = bucketStart[h + 1]; k < end; k++) {
                String lit = literals[k];
                if (lit.charAt(0) == first && start + lit.length() <= n && matchesAt(text, start, lit)) {
                    hits.hit(payloads[k]);
                }
            }
            pos++;
        }
    }

    /** Whether {@code lit} (lower-case) occurs at {@code start}, lower-casing text as in {@link #lower}. */
    private static boolean matchesAt(char[] text, int start, String lit) {
        for (int i = 1, n = lit.length(); i < n; i++) {
            if (lower(text[start + i]) != lit.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

package io.longwatch.sigma.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tells from a record's raw bytes (its JSON text) whether a keyword search could match any of
 * its values, so that a reader need not decode every field of the many records where none can.
 *
 * <p>Each keyword's trigger literal (lower-case, necessary for a match) is cut to its longest run
 * of characters that JSON writers spell as themselves: printable ASCII other than {@code \},
 * {@code "}, {@code /} and the HTML-sensitive {@code < > & ' =} (which some writers escape).
 * Such a run occurs, ASCII-case-insensitively, in the raw bytes of every record whose decoded
 * values hold the literal, with two exceptions that make the probe answer yes outright: a
 * {@code \}{@code u} escape (any character may be written so), and the two non-ASCII characters
 * that lower-case to ASCII letters (U+0130 to {@code i}, U+212A to {@code k}). A yes may be
 * wrong; a no is always right.
 *
 * <p>The runs are searched over the bytes with skipping (Wu-Manber over byte pairs): most
 * positions are jumped over. Immutable and thread-safe.
 */
final class RawKeywordProbe {

    private static final String DOTTED_CAPITAL_I = latin1("\u0130");
    private static final String KELVIN_SIGN = latin1("\u212A");
    private static final int TABLE = 4096;
    /** ASCII case folding of a byte; other bytes unchanged. */
    private static final byte[] FOLD = new byte[256];

    static {
        for (int i = 0; i < 256; i++) {
            FOLD[i] = (byte) (i >= 'A' && i <= 'Z' ? i + 32 : i);
        }
    }

    private final int window;
    private final byte[] shift = new byte[TABLE];
    private final int[] bucketStart = new int[TABLE + 1];
    private final byte[][] runs;

    private RawKeywordProbe(List<String> runList) {
        int m = Integer.MAX_VALUE;
        for (String r : runList) {
            m = Math.min(m, r.length());
        }
        window = Math.min(m, 100);
        Arrays.fill(shift, (byte) (window - 1));
        List<List<byte[]>> buckets = new ArrayList<>(TABLE);
        for (int i = 0; i < TABLE; i++) {
            buckets.add(new ArrayList<>());
        }
        for (String r : runList) {
            byte[] p = r.getBytes(StandardCharsets.ISO_8859_1);
            for (int j = 0; j + 1 < window; j++) {
                int h = hash(p[j], p[j + 1]);
                shift[h] = (byte) Math.min(shift[h], window - 2 - j);
            }
            buckets.get(hash(p[window - 2], p[window - 1])).add(p);
        }
        List<byte[]> all = new ArrayList<>();
        for (int h = 0; h < TABLE; h++) {
            bucketStart[h] = all.size();
            all.addAll(buckets.get(h));
        }
        bucketStart[TABLE] = all.size();
        runs = all.toArray(byte[][]::new);
    }

    private static String latin1(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * A probe for these trigger literals, or null when it would be useless: some literal has no
     * safe run of at least two characters.
     */
    static RawKeywordProbe of(List<String> triggerLiterals) {
        List<String> runs = new ArrayList<>();
        for (String lit : triggerLiterals) {
            String run = safeRun(lit);
            if (run.length() < 2) {
                return null;
            }
            if (!runs.contains(run)) {
                runs.add(run);
            }
        }
        return runs.isEmpty() ? null : new RawKeywordProbe(runs);
    }

    /** The longest run of {@code lit} made of characters JSON text always holds verbatim. */
    static String safeRun(String lit) {
        int bestStart = 0;
        int bestLen = 0;
        int start = 0;
        for (int i = 0; i <= lit.length(); i++) {
            if (i == lit.length() || !verbatim(lit.charAt(i))) {
                if (i - start > bestLen) {
                    bestStart = start;
                    bestLen = i - start;
                }
                start = i + 1;
            }
        }
        return lit.substring(bestStart, bestStart + bestLen);
    }

    private static boolean verbatim(char c) {
        return c >= 0x20 && c < 0x7F && "\\\"/<>&'=".indexOf(c) < 0;
    }

    private static int hash(byte a, byte b) {
        return ((FOLD[a & 0xFF] * 31) ^ FOLD[b & 0xFF]) & (TABLE - 1);
    }

    /** Whether some keyword may occur in a value of the record {@code b[off, off + len)}. */
    boolean mayMatch(byte[] b, int off, int len) {
        return occurs(b, off, off + len) || mayHideLetters(b, off, len);
    }

    /** Whether some run occurs in {@code b[from, to)}, ignoring ASCII case. */
    private boolean occurs(byte[] b, int from, int to) {
        int w = window;
        int pos = from + w - 1;
        while (pos < to) {
            int s = shift[hash(b[pos - 1], b[pos])];
            if (s > 0) {
                pos += s;
                continue;
            }
            int start = pos - w + 1;
            int h = hash(b[pos - 1], b[pos]);
            for (int k = bucketStart[h], end = bucketStart[h + 1]; k < end; k++) {
                if (matchesAt(runs[k], b, start, to)) {
                    return true;
                }
            }
            pos++;
        }
        return false;
    }

    private static boolean matchesAt(byte[] run, byte[] b, int at, int to) {
        if (at + run.length > to) {
            return false;
        }
        for (int i = 0; i < run.length; i++) {
            if (FOLD[b[at + i] & 0xFF] != run[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the record holds a {@code \}{@code u} escape or a non-ASCII character that
     * lower-cases to an ASCII letter: then decoded values may hold a run the bytes do not show.
     * Searched with the (vectorised) String search over a Latin-1 view of the bytes.
     */
    private static boolean mayHideLetters(byte[] b, int off, int len) {
        String text = new String(b, off, len, StandardCharsets.ISO_8859_1);
        for (int i = text.indexOf("\\u"); i >= 0; i = text.indexOf("\\u", i + 1)) {
            int slashes = 1;
            while (i - slashes >= 0 && text.charAt(i - slashes) == '\\') {
                slashes++;
            }
            if ((slashes & 1) == 1) {
                return true; // an odd run of backslashes: the last one starts an escape
            }
        }
        return text.contains(DOTTED_CAPITAL_I) || text.contains(KELVIN_SIGN);
    }
}

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
    private static final int TABLE = 1 << 14;
    private static final int LANES = 4;
    /** Texts shorter than this per lane are scanned in one lane. */
    private static final int MIN_LANE = 48;

    private final int window;
    private final byte[] shift = new byte[TABLE];
    private final int[] bucketStart = new int[TABLE + 1];
    private final String[] literals;
    private final int[] payloads;
    /** Parallel to {@link #literals}: hash of the head; each bucket sorted by it. */
    private final int[] prefixHash;
    /**
     * At the first index of each bucket: bit {@code headHash & 63} set for each literal of the
     * bucket, a cheap first test before the binary search.
     */
    private final long[] headMask;
    /** Likewise for the literals' first characters: one load rejects most candidates. */
    private final long[] firstMask;
    /** Head characters hashed for verification. */
    private static final int HEAD = 8;

    /**
     * Slots of the shift table that may say less than a full shift, beyond which skipping loses to
     * the automaton: many literals (or literals over a small alphabet, such as hashes) leave few
     * pairs of text characters to skip on, and the verification then runs at most positions.
     */
    private static final int MAX_SHORT_SLOTS = 512;
    /**
     * Up to this many short slots, whether skipping wins depends on the text more than on the
     * table: 254 PowerShell script names skip through PowerShell contexts five times as fast as
     * the automaton, while 265 registry paths verify at nearly every character of registry keys
     * and run seven times slower. Such scanners are offered for a trial on the matcher's own
     * values (see {@link LiteralAutomaton#trialSkipping}).
     */
    private static final int MAX_TRIAL_SHORT_SLOTS = 4096;

    /** Slots of {@link #shift} that say less than a full shift: how often the scanner must stop. */
    private final int shortSlots;

    /** Whether the shift table skips on most text, so the scanner beats an automaton whatever the text. */
    boolean selective() {
        return shortSlots <= MAX_SHORT_SLOTS;
    }

    /** Whether the scanner may beat an automaton on some texts: worth a trial on real values. */
    boolean worthTrying() {
        return shortSlots <= MAX_TRIAL_SHORT_SLOTS;
    }

    /** A scanner for the patterns (each at least {@link #MIN_LENGTH} long). */
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
                int s = window - 2 - j;
                char a = p.charAt(j);
                char b = p.charAt(j + 1);
                lowerShift(hash(a, b), s);
                // ASCII text is looked up by its raw pair (see slot()): the other cases too.
                lowerShift((upper(a) << 7) | fold(b), s);
                lowerShift((fold(a) << 7) | upper(b), s);
                lowerShift((upper(a) << 7) | upper(b), s);
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
        // Within a bucket, literals sorted by the hash of their head, for a binary search.
        prefixHash = new int[literals.length];
        headMask = new long[literals.length];
        firstMask = new long[literals.length];
        for (int h = 0; h < TABLE; h++) {
            int from = bucketStart[h];
            int to = bucketStart[h + 1];
            if (to - from < 1) {
                continue;
            }
            Integer[] order = new Integer[to - from];
            for (int k = 0; k < order.length; k++) {
                order[k] = from + k;
            }
            String[] lit = literals.clone();
            int[] pay = payloads.clone();
            java.util.Arrays.sort(order, java.util.Comparator.comparingInt(k -> headHash(lit[k])));
            for (int k = 0; k < order.length; k++) {
                literals[from + k] = lit[order[k]];
                payloads[from + k] = pay[order[k]];
                prefixHash[from + k] = headHash(lit[order[k]]);
                headMask[from] |= 1L << (prefixHash[from + k] & 63);
                firstMask[from] |= 1L << (fold(literals[from + k].charAt(0)) & 63);
            }
        }
        int stops = 0;
        for (byte b : shift) {
            if (b < defaultShift) {
                stops++;
            }
        }
        shortSlots = stops;
    }

    private void lowerShift(int slot, int s) {
        if (s < shift[slot]) {
            shift[slot] = (byte) s;
        }
    }

    /** The upper-case ASCII letter of a folded letter, else the folded character itself (7 bits). */
    private static int upper(char c) {
        int f = fold(c);
        return f >= 'a' && f <= 'z' ? f - 32 : f;
    }

    /**
     * Shift-table slot of the text pair ending at {@code pos}: an ASCII pair indexes by its raw
     * characters (the table holds every case of each literal pair), sparing two table loads per
     * step; a pair with another character goes through {@link #hash}.
     */
    private static int slot(char a, char b) {
        return (a | b) < 128 ? (a << 7) | b : hash(a, b);
    }

    /** Characters of a literal's head that {@link #verify} hashes before comparing strings. */
    private int headLength() {
        return Math.min(window, HEAD);
    }

    private int headHash(String lit) {
        int h = 0;
        for (int i = 0, n = headLength(); i < n; i++) {
            h = h * 31 + fold(lit.charAt(i));
        }
        return h;
    }

    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /** ASCII lower-casing by table: a branch per letter case mispredicts on mixed-case text. */
    private static final byte[] FOLD = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            FOLD[c] = (byte) lower((char) c);
        }
    }

    /** Seven bits of the lower-cased character; equal for a character and its lower case. */
    private static int fold(char c) {
        return c < 128 ? FOLD[c] : Character.toLowerCase(c) & 127;
    }

    /** Exact for pairs of ASCII characters (14 bits); other pairs share slots, which only shortens shifts. */
    private static int hash(char a, char b) {
        return (fold(a) << 7) | fold(b);
    }

    /**
     * Reports every occurrence. Long texts are cut into four lanes scanned in lock step: one
     * lane's step waits on its own loads (text, then shift table), so four independent lanes keep
     * the processor busy where one would stall.
     */
    void scan(char[] text, int n, LiteralAutomaton.Hits hits) {
        int first = window - 1;
        if (n - first < LANES * MIN_LANE) {
            scanLane(text, first, n, n, hits);
            return;
        }
        int part = (n - first) / LANES;
        int e0 = first + part;
        int e1 = e0 + part;
        int e2 = e1 + part;
        int p0 = first;
        int p1 = e0;
        int p2 = e1;
        int p3 = e2;
        byte[] shifts = shift;
        while (p0 < e0 && p1 < e1 && p2 < e2 && p3 < n) {
            int s0 = shifts[slot(text[p0 - 1], text[p0])];
            int s1 = shifts[slot(text[p1 - 1], text[p1])];
            int s2 = shifts[slot(text[p2 - 1], text[p2])];
            int s3 = shifts[slot(text[p3 - 1], text[p3])];
            if ((s0 == 0) | (s1 == 0) | (s2 == 0) | (s3 == 0)) {
                if (s0 == 0) {
                    verify(text, n, p0, hits);
                    s0 = 1;
                }
                if (s1 == 0) {
                    verify(text, n, p1, hits);
                    s1 = 1;
                }
                if (s2 == 0) {
                    verify(text, n, p2, hits);
                    s2 = 1;
                }
                if (s3 == 0) {
                    verify(text, n, p3, hits);
                    s3 = 1;
                }
            }
            p0 += s0;
            p1 += s1;
            p2 += s2;
            p3 += s3;
        }
        scanLane(text, p0, e0, n, hits);
        scanLane(text, p1, e1, n, hits);
        scanLane(text, p2, e2, n, hits);
        scanLane(text, p3, n, n, hits);
    }

    /** Window ends from {@code pos} up to {@code end} (exclusive); matches may extend to {@code n}. */
    private void scanLane(char[] text, int pos, int end, int n, LiteralAutomaton.Hits hits) {
        while (pos < end) {
            int s = shift[slot(text[pos - 1], text[pos])];
            if (s > 0) {
                pos += s;
                continue;
            }
            verify(text, n, pos, hits);
            pos++;
        }
    }

    /**
     * Checks the literals whose last window pair hashes like the one ending at {@code pos},
     * reporting each found to {@code hits}, or with null hits answering whether one is found.
     */
    private boolean verify(char[] text, int n, int pos, LiteralAutomaton.Hits hits) {
        int h = hash(text[pos - 1], text[pos]);
        int from = bucketStart[h];
        int to = bucketStart[h + 1];
        if (from == to) {
            return false;
        }
        int start = pos - window + 1;
        if ((firstMask[from] & (1L << (fold(text[start]) & 63))) == 0) {
            return false;
        }
        int head = 0;
        for (int i = 0, m = headLength(); i < m; i++) {
            head = head * 31 + fold(text[start + i]);
        }
        if ((headMask[from] & (1L << (head & 63))) == 0) {
            return false;
        }
        int k = java.util.Arrays.binarySearch(prefixHash, from, to, head);
        if (k < 0) {
            return false;
        }
        while (k > from && prefixHash[k - 1] == head) {
            k--;
        }
        boolean found = false;
        for (; k < to && prefixHash[k] == head; k++) {
            String lit = literals[k];
            if (start + lit.length() <= n && matchesAt(text, start, lit)) {
                if (hits == null) {
                    return true;
                }
                hits.hit(payloads[k]);
                found = true;
            }
        }
        return found;
    }

    /** Whether any literal occurs in {@code text[0, n)}; stops at the first. */
    boolean findsAny(char[] text, int n) {
        int pos = window - 1;
        while (pos < n) {
            int s = shift[slot(text[pos - 1], text[pos])];
            if (s > 0) {
                pos += s;
                continue;
            }
            if (verify(text, n, pos, null)) {
                return true;
            }
            pos++;
        }
        return false;
    }

    /** Whether {@code lit} (lower-case) occurs at {@code start}, lower-casing text as in {@link #lower}. */
    private static boolean matchesAt(char[] text, int start, String lit) {
        for (int i = 0, n = lit.length(); i < n; i++) {
            if (lower(text[start + i]) != lit.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

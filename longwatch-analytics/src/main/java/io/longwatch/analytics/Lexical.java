package io.longwatch.analytics;

/**
 * Character-level features of names: Shannon entropy, and how unlike ordinary words a label reads
 * (share of letter pairs that are rare in English-like names, digits, and entropy).
 */
final class Lexical {

    private Lexical() {
    }

    /**
     * Letter pairs common in English words and in the brand names domains are made of; a label whose
     * pairs are mostly outside this set reads as generated. (A hand-made list of frequent bigrams.)
     */
    private static final String COMMON_BIGRAMS =
            "th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de "
            + "hi ri ro ic ne ea ra ce li ch ll be ma si om ur ca el ta la ns ge ly ei os no pe do su pa ec ac ot "
            + "di ol tr sh ad ke lo et ie il us ia ni mi ss em ho ut wa ul ct fi ee pr id im ap ag go oo ow ab "
            + "bo bl ck ci cl cr da ds eb ef eg ep ew ex fa fo fr gi gl gr ht ig ir iv ki lu mo mp nc nk od og "
            + "oi ok op pl po pp qu rd rm rs rt sa sc sk so sp ss ts tt ty ua ub ue ui um un up vi we wi wo ys";

    private static final boolean[] COMMON = new boolean[26 * 26];

    static {
        for (String bg : COMMON_BIGRAMS.split(" ")) {
            COMMON[(bg.charAt(0) - 'a') * 26 + (bg.charAt(1) - 'a')] = true;
        }
    }

    /** Shannon entropy in bits per character of {@code s[from, to)}, dots skipped. */
    static double entropyWithoutDots(CharSequence s, int from, int to) {
        int[] counts = new int[128];
        int other = 0;
        int len = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                continue;
            }
            len++;
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        if (len == 0) {
            return 0;
        }
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / len;
                h -= p * Math.log(p);
            }
        }
        if (other > 0) {
            double p = (double) other / len;
            h -= p * Math.log(p);
        }
        return h / Math.log(2);
    }

    /**
     * How generated a single label (no dots) looks, in [0, 1]: half the share of its letter pairs that
     * are not common, a quarter its digit share (doubled, capped), a quarter its entropy relative to the
     * most a string of its length can have.
     */
    static double generatedness(String label) {
        int n = label.length();
        if (n < 3) {
            return 0;
        }
        int pairs = 0;
        int rare = 0;
        int digits = 0;
        for (int i = 0; i < n; i++) {
            char c = label.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
            if (i + 1 < n) {
                char d = label.charAt(i + 1);
                if (c >= 'a' && c <= 'z' && d >= 'a' && d <= 'z') {
                    pairs++;
                    if (!COMMON[(c - 'a') * 26 + (d - 'a')]) {
                        rare++;
                    }
                }
            }
        }
        double rareShare = pairs == 0 ? 1.0 : (double) rare / pairs;
        double digitShare = Math.min(1.0, 2.0 * digits / n);
        double maxEntropy = Math.log(Math.min(n, 36)) / Math.log(2);
        double entropy = maxEntropy > 0 ? entropyWithoutDots(label, 0, n) / maxEntropy : 0;
        return 0.5 * rareShare + 0.25 * digitShare + 0.25 * entropy;
    }
}

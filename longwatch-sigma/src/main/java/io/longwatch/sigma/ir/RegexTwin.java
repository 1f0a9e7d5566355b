package io.longwatch.sigma.ir;

import java.util.List;

/**
 * A {@link java.util.regex.Pattern} that means the same as an re2j pattern, for speed: the JDK's
 * backtracking engine runs the usual Sigma regexes many times faster than re2j's automaton
 * simulation, but it can take exponential time. So a twin only answers within a budget of
 * character reads linear in the input ({@link BudgetedChars}); past it, re2j decides.
 *
 * <p>A twin is made only for patterns inside the syntax both engines read alike: escapes limited
 * to {@code \d \D \w \W \s \S \b \B \t \n \r \f \x \Q \E \A \z} and punctuation; no POSIX or
 * Unicode classes, nested or intersected classes, back-references, or inline flags other than
 * {@code i}, {@code m}, {@code s}. The JDK side runs with {@code UNIX_LINES} (only {@code \n}
 * ends a line, as in RE2) and Unicode case folding. Two differences remain and are routed to
 * re2j per value: {@code $}/{@code ^} next to a final line break, and {@code \s} against a
 * vertical tab.
 */
final class RegexTwin {

    /** Character reads a twin may spend: a base plus a multiple of the input length. */
    static final long BASE_BUDGET = 10_000;
    static final long PER_CHAR_BUDGET = 16;

    private final java.util.regex.Pattern pattern;
    private final boolean anchors;
    private final boolean spaces;

    private RegexTwin(java.util.regex.Pattern pattern, boolean anchors, boolean spaces) {
        this.pattern = pattern;
        this.anchors = anchors;
        this.spaces = spaces;
    }

    /** The twin of {@code regex}, or null when the pattern is outside the shared syntax. */
    static RegexTwin of(String regex, boolean i, boolean m, boolean s) {
        if (!sharedSyntax(regex)) {
            return null;
        }
        int flags = java.util.regex.Pattern.UNIX_LINES | java.util.regex.Pattern.UNICODE_CASE
                | (i ? java.util.regex.Pattern.CASE_INSENSITIVE : 0)
                | (m ? java.util.regex.Pattern.MULTILINE : 0)
                | (s ? java.util.regex.Pattern.DOTALL : 0);
        try {
            return new RegexTwin(java.util.regex.Pattern.compile(withoutLeadingRepeat(regex), flags),
                    regex.indexOf('$') >= 0 || regex.indexOf('^') >= 0,
                    regex.contains("\\s") || regex.contains("\\S"));
        } catch (java.util.regex.PatternSyntaxException e) {
            return null;
        }
    }

    /**
     * Whether the twin can answer for {@code value}: false where the engines could differ.
     */
    boolean applies(String value) {
        if (anchors && !value.isEmpty() && value.charAt(value.length() - 1) == '\n') {
            return false;
        }
        return !spaces || value.indexOf('\u000B') < 0;
    }

    /**
     * Searches {@code value}; {@link BudgetedChars.BudgetExceeded} when the budget runs out.
     */
    boolean find(String value) {
        BudgetedChars chars = new BudgetedChars(value, BASE_BUDGET + PER_CHAR_BUDGET * value.length());
        return pattern.matcher(chars).find();
    }

    /**
     * For a search (is there a match anywhere?), a leading {@code C+} over one character class
     * means the same as {@code C}, and a leading {@code C*} the same as nothing: a match of the
     * longer form contains one of the shorter. Backtracking engines pay for the longer form with
     * time quadratic in the length of every run of {@code C} (a {@code \w+} in front of a rare
     * character scans each word from each of its letters), so the twin gets the shorter one.
     * Only unanchored patterns without top-level alternatives are rewritten.
     */
    static String withoutLeadingRepeat(String re) {
        int start = 0;
        if (re.startsWith("(?")) {
            int close = re.indexOf(')');
            if (close < 0 || re.substring(2, close).chars().anyMatch(ch -> "ims-".indexOf(ch) < 0)) {
                return re;
            }
            start = close + 1;
        }
        int atomEnd = classAtomEnd(re, start);
        List<String> branches = RegexLiterals.splitTopLevel(re);
        if (atomEnd < 0 || atomEnd >= re.length() || branches == null || branches.size() != 1) {
            return re;
        }
        char q = re.charAt(atomEnd);
        if (q != '+' && q != '*') {
            return re;
        }
        int after = atomEnd + 1;
        if (after < re.length() && re.charAt(after) == '?') {
            after++;
        }
        String head = re.substring(0, start);
        String atom = re.substring(start, atomEnd);
        return head + (q == '+' ? atom : "") + re.substring(after);
    }

    /** End of a single-character class atom at {@code i} ({@code \w}, {@code .}, {@code [..]}), or -1. */
    private static int classAtomEnd(String re, int i) {
        if (i >= re.length()) {
            return -1;
        }
        char c = re.charAt(i);
        if (c == '.') {
            return i + 1;
        }
        if (c == '\\' && i + 1 < re.length() && "dDwWsS".indexOf(re.charAt(i + 1)) >= 0) {
            return i + 2;
        }
        if (c == '[') {
            int close = RegexLiterals.skipClass(re, i);
            return close < 0 ? -1 : close + 1;
        }
        return -1;
    }

    private static boolean sharedSyntax(String re) {
        boolean inClass = false;
        for (int k = 0; k < re.length(); k++) {
            char c = re.charAt(k);
            if (c == '\\') {
                if (k + 1 >= re.length()) {
                    return false;
                }
                char e = re.charAt(++k);
                if (Character.isLetterOrDigit(e)) {
                    if ("dDwWsSbBtnrfxQEAz".indexOf(e) < 0) {
                        return false;
                    }
                    if (e == 'Q') {
                        int end = re.indexOf("\\E", k + 1);
                        if (end < 0) {
                            return false;
                        }
                        k = end + 1;
                    }
                }
                continue;
            }
            if (inClass) {
                if (c == '[' || (c == '&' && k + 1 < re.length() && re.charAt(k + 1) == '&')) {
                    return false;
                }
                if (c == ']') {
                    inClass = false;
                }
                continue;
            }
            if (c == '[') {
                inClass = true;
                // A ']' right after '[' or '[^' is a literal in both engines.
                if (k + 1 < re.length() && re.charAt(k + 1) == '^') {
                    k++;
                }
                if (k + 1 < re.length() && re.charAt(k + 1) == ']') {
                    k++;
                }
            } else if (c == '(' && k + 1 < re.length() && re.charAt(k + 1) == '?') {
                int j = k + 2;
                if (j < re.length() && (re.charAt(j) == ':' || re.charAt(j) == '=' || re.charAt(j) == '!')) {
                    continue;
                }
                while (j < re.length() && "ims-".indexOf(re.charAt(j)) >= 0) {
                    j++;
                }
                if (j == k + 2 || j >= re.length() || (re.charAt(j) != ')' && re.charAt(j) != ':')) {
                    return false;
                }
            }
        }
        return !inClass;
    }
}

package io.longwatch.sigma.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds literal text every match of a regular expression must contain, for the prefilter. It
 * is deliberately conservative: top-level alternatives give one literal each (any alternative
 * without one gives up); within an alternative only plain characters and escaped punctuation
 * outside groups and classes count (a lone {@code ]} or {@code }} is a literal in both engines),
 * and a character made optional by {@code ?}, {@code *} or {@code {0,n}} is dropped. The longest such run is returned, lower-cased.
 */
final class RegexLiterals {

    private RegexLiterals() {
    }

    /** Lower-case literals of which one occurs in every match, or null when none is known. */
    static String[] required(String regex) {
        if (freeSpacing(regex)) {
            return null;
        }
        List<String> branches = splitTopLevel(regex);
        if (branches == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String b : branches) {
            String lit = longestRun(b, new ArrayList<>());
            if (lit == null || lit.isEmpty()) {
                return null;
            }
            out.add(lit.toLowerCase(Locale.ROOT));
        }
        return out.toArray(String[]::new);
    }

    /**
     * Every literal run (lower-cased) a regex without top-level alternatives requires; all of
     * them occur in any match. Empty when unknown.
     */
    static String[] allRequired(String regex) {
        if (freeSpacing(regex)) {
            return new String[0];
        }
        List<String> branches = splitTopLevel(regex);
        if (branches == null || branches.size() != 1) {
            return new String[0];
        }
        List<String> runs = new ArrayList<>();
        if (longestRun(branches.get(0), runs) == null) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (String r : runs) {
            if (!r.isEmpty()) {
                out.add(r.toLowerCase(Locale.ROOT));
            }
        }
        return out.toArray(String[]::new);
    }

    /** In free-spacing mode ({@code (?x)}) whitespace is not literal: give up on such patterns. */
    private static boolean freeSpacing(String re) {
        return FREE_SPACING.matcher(re).find() || re.contains("\\Q");
    }

    private static final java.util.regex.Pattern FREE_SPACING = java.util.regex.Pattern.compile("\\(\\?[a-zA-Z]*x");

    /** The top-level alternatives of {@code re}, or null when its groups do not balance. */
    static List<String> splitTopLevel(String re) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = skipClass(re, i);
                if (i < 0) {
                    return null;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(re.substring(start, i));
                start = i + 1;
            }
        }
        out.add(re.substring(start));
        return depth == 0 ? out : null;
    }

    /** Index of the closing bracket of the class opening at {@code i}, or -1. */
    static int skipClass(String re, int i) {
        int j = i + 1;
        if (j < re.length() && re.charAt(j) == '^') {
            j++;
        }
        if (j < re.length() && re.charAt(j) == ']') {
            j++;
        }
        for (; j < re.length(); j++) {
            char c = re.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == ']') {
                return j;
            }
        }
        return -1;
    }

    private static int skipGroup(String re, int i) {
        int depth = 0;
        for (int j = i; j < re.length(); j++) {
            char c = re.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                j = skipClass(re, j);
                if (j < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return j;
                }
            }
        }
        return -1;
    }

    private static String longestRun(String re, List<String> runs) {
        StringBuilder cur = new StringBuilder();
        String best = "";
        int i = 0;
        int n = re.length();
        while (i < n) {
            char c = re.charAt(i);
            boolean literal = false;
            char lit = 0;
            int next = i + 1;
            if (c == '\\') {
                if (i + 1 >= n) {
                    return null;
                }
                char d = re.charAt(i + 1);
                next = i + 2;
                if (!Character.isLetterOrDigit(d)) {
                    literal = true;
                    lit = d;
                }
            } else if (c == '[') {
                int end = skipClass(re, i);
                if (end < 0) {
                    return null;
                }
                next = end + 1;
            } else if (c == '(') {
                int end = skipGroup(re, i);
                if (end < 0) {
                    return null;
                }
                next = end + 1;
            } else if (".^$".indexOf(c) >= 0) {
                next = i + 1;
            } else if ("?*+{)|".indexOf(c) >= 0) {
                return null; // a quantifier or bracket where an atom is expected: give up
            } else {
                literal = true;
                lit = c;
            }
            // quantifier after the atom?
            int q = next;
            boolean optional = false;
            boolean repeated = false;
            if (q < n) {
                char qc = re.charAt(q);
                if (qc == '?' || qc == '*') {
                    optional = true;
                    q++;
                } else if (qc == '+') {
                    repeated = true;
                    q++;
                } else if (qc == '{') {
                    int close = re.indexOf('}', q);
                    if (close > 0) {
                        String body = re.substring(q + 1, close);
                        if (body.matches("\\d+(,\\d*)?")) {
                            optional = body.startsWith("0");
                            repeated = true;
                            q = close + 1;
                        }
                    }
                }
                if (q > next && q < n && (re.charAt(q) == '?' || re.charAt(q) == '+')) {
                    q++;
                }
            }
            if (literal && !optional) {
                cur.append(lit);
                if (repeated) {
                    best = endRun(best, cur, runs);
                }
            } else {
                best = endRun(best, cur, runs);
            }
            i = q;
        }
        return endRun(best, cur, runs);
    }

    private static String endRun(String best, StringBuilder cur, List<String> runs) {
        String b = longer(best, cur);
        if (cur.length() > 0) {
            runs.add(cur.toString());
        }
        cur.setLength(0);
        return b;
    }

    private static String longer(String best, StringBuilder cur) {
        return cur.length() > best.length() ? cur.toString() : best;
    }
}

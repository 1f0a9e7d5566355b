package io.longwatch.sigma.ir;

import com.google.re2j.PatternSyntaxException;

/**
 * {@code re}: a regular expression searched anywhere in the element, case-sensitive unless the
 * {@code i} flag is given. Uses re2j (linear time) whenever it can compile the pattern; patterns
 * it cannot (look-around, back-references) fall back to {@link java.util.regex} over a
 * {@link BudgetedChars} view that aborts the match after a fixed number of character reads, so
 * no rule regex can hang the engine. Patterns both engines read alike first run on the JDK's
 * faster engine under a linear budget ({@link RegexTwin}); re2j decides when that runs out. An aborted match counts as "no match" and is reported once
 * per rule as an evaluation problem of kind {@code regex.budget}.
 */
public final class RegexMatcher implements ValueMatcher {

    /** Character reads one fallback match may make, plus a per-character allowance. */
    static final long BASE_BUDGET = 200_000;
    static final long PER_CHAR_BUDGET = 200;

    private final String source;
    private final com.google.re2j.Pattern re2;
    private final java.util.regex.Pattern fallback;
    private final String part;
    private final String[] literals;
    /** Required literals without letters: searched in the element as it is (no lower-cased copy needed). */
    private final String[] requiredCaseless;
    /** Required literals with letters: searched in the lower-cased element. */
    private final String[] requiredCased;
    /** A faster engine for the same pattern, when there is one (see {@link RegexTwin}). */
    private final RegexTwin twin;

    /**
     * @param regex the pattern as written
     * @param i case-insensitive, {@code m} multi-line, {@code s} dot matches newline
     * @param part the rule part, for messages (e.g. {@code detection.selection: CommandLine|re})
     * @throws IllegalArgumentException when neither engine accepts the pattern
     */
    public RegexMatcher(String regex, boolean i, boolean m, boolean s, String part) {
        this.source = regex;
        this.part = part;
        com.google.re2j.Pattern r = null;
        java.util.regex.Pattern f = null;
        int flags = (i ? com.google.re2j.Pattern.CASE_INSENSITIVE : 0)
                | (m ? com.google.re2j.Pattern.MULTILINE : 0)
                | (s ? com.google.re2j.Pattern.DOTALL : 0);
        try {
            r = com.google.re2j.Pattern.compile(regex, flags);
        } catch (PatternSyntaxException | IllegalArgumentException e) {
            int jflags = (i ? java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE : 0)
                    | (m ? java.util.regex.Pattern.MULTILINE : 0)
                    | (s ? java.util.regex.Pattern.DOTALL : 0);
            try {
                f = java.util.regex.Pattern.compile(regex, jflags);
            } catch (java.util.regex.PatternSyntaxException e2) {
                throw new IllegalArgumentException("invalid regular expression '" + regex + "': "
                        + e2.getDescription() + " at index " + e2.getIndex());
            }
        }
        this.re2 = r;
        this.fallback = f;
        this.literals = RegexLiterals.required(regex);
        java.util.List<String> caseless = new java.util.ArrayList<>();
        java.util.List<String> cased = new java.util.ArrayList<>();
        for (String lit : RegexLiterals.allRequired(regex)) {
            (lit.chars().anyMatch(Character::isLetter) ? cased : caseless).add(lit);
        }
        this.requiredCaseless = caseless.toArray(String[]::new);
        this.requiredCased = cased.toArray(String[]::new);
        this.twin = r == null ? null : RegexTwin.of(regex, i, m, s);
    }

    /** Whether the pattern runs on the guarded fallback engine. */
    public boolean usesFallback() {
        return fallback != null;
    }

    @Override
    public boolean test(String value, String lower, FieldAccess ctx) {
        // cheap necessary check before running an engine: every required literal must occur
        for (String lit : requiredCaseless) {
            if (!value.contains(lit)) {
                return false;
            }
        }
        for (String lit : requiredCased) {
            if (!lower.contains(lit)) {
                return false;
            }
        }
        if (re2 != null) {
            if (twin != null && twin.applies(value)) {
                try {
                    return twin.find(value);
                } catch (BudgetedChars.BudgetExceeded e) {
                    // the backtracking engine ran long on this value: the linear one decides
                }
            }
            return re2.matcher(value).find();
        }
        BudgetedChars chars = new BudgetedChars(value, BASE_BUDGET + PER_CHAR_BUDGET * value.length());
        try {
            return fallback.matcher(chars).find();
        } catch (BudgetedChars.BudgetExceeded e) {
            ctx.evaluationProblem(this, "regex.budget",
                    part + ": regular expression '" + source + "' exceeded its evaluation budget and was treated as no match");
            return false;
        }
    }

    /** The lower-cased element is read only for required literals with letters. */
    @Override
    public boolean needsLower() {
        return requiredCased.length > 0;
    }

    /** Literals every match must contain (see {@link RegexLiterals}), or null. */
    @Override
    public String[] triggers() {
        return literals == null ? null : literals.clone();
    }

    @Override
    public String toString() {
        return "re " + source;
    }
}

package io.longwatch.sigma.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses one Sigma condition string. Precedence, tightest first: {@code not}, {@code and},
 * {@code or}; parentheses group. {@code 1 of x}, {@code any of x}, {@code all of x} with
 * {@code them} or an identifier pattern. Aggregations ({@code | count() ...}) belong to the
 * deprecated v1 syntax and are rejected.
 */
public final class ConditionParser {

    private final String text;
    private final List<String> tokens;
    private int pos;

    private ConditionParser(String text) {
        this.text = text;
        this.tokens = tokenize(text);
    }

    /**
     * Parses a condition.
     *
     * @throws ConditionSyntaxException naming the offending token
     */
    public static ConditionExpr parse(String text) {
        ConditionParser p = new ConditionParser(text);
        if (p.tokens.isEmpty()) {
            throw new ConditionSyntaxException("empty condition");
        }
        ConditionExpr e = p.parseOr();
        if (p.pos < p.tokens.size()) {
            throw new ConditionSyntaxException("unexpected '" + p.tokens.get(p.pos) + "' in condition '" + text + "'");
        }
        return e;
    }

    private static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == '|') {
                out.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i))
                        && s.charAt(i) != '(' && s.charAt(i) != ')' && s.charAt(i) != '|') {
                    i++;
                }
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    private String peekLower() {
        return pos < tokens.size() ? tokens.get(pos).toLowerCase(Locale.ROOT) : null;
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw new ConditionSyntaxException("condition '" + text + "' ends unexpectedly");
        }
        return tokens.get(pos++);
    }

    private ConditionExpr parseOr() {
        List<ConditionExpr> parts = new ArrayList<>();
        parts.add(parseAnd());
        while ("or".equals(peekLower())) {
            pos++;
            parts.add(parseAnd());
        }
        return parts.size() == 1 ? parts.get(0) : new ConditionExpr.Or(parts);
    }

    private ConditionExpr parseAnd() {
        List<ConditionExpr> parts = new ArrayList<>();
        parts.add(parseNot());
        while ("and".equals(peekLower())) {
            pos++;
            parts.add(parseNot());
        }
        return parts.size() == 1 ? parts.get(0) : new ConditionExpr.And(parts);
    }

    private ConditionExpr parseNot() {
        if ("not".equals(peekLower())) {
            pos++;
            return new ConditionExpr.Not(parseNot());
        }
        return parsePrimary();
    }

    private ConditionExpr parsePrimary() {
        String tok = next();
        String lower = tok.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "(" -> {
                ConditionExpr inner = parseOr();
                String close = next();
                if (!")".equals(close)) {
                    throw new ConditionSyntaxException("expected ')' but found '" + close + "' in condition '" + text + "'");
                }
                return inner;
            }
            case ")", "and", "or", "of", "them" ->
                throw new ConditionSyntaxException("unexpected '" + tok + "' in condition '" + text + "'");
            case "|" -> throw new ConditionSyntaxException(
                    "aggregation '|' in condition '" + text + "' is not supported (Sigma v1 syntax; use a correlation rule)");
            default -> {
                if (("1".equals(lower) || "all".equals(lower) || "any".equals(lower)) && "of".equals(peekLower())) {
                    pos++;
                    String target = next();
                    if ("(".equals(target) || ")".equals(target) || "|".equals(target)) {
                        throw new ConditionSyntaxException("expected identifier pattern after '" + tok + " of' in condition '" + text + "'");
                    }
                    boolean them = "them".equalsIgnoreCase(target);
                    return new ConditionExpr.Of("all".equals(lower), them ? null : target);
                }
                return new ConditionExpr.Ref(tok);
            }
        }
    }
}

package io.longwatch.intel.pattern;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the STIX 2.1 pattern grammar. Precedence, loosest first:
 * FOLLOWEDBY, OR, AND between observation expressions; qualifiers bind to the expression just
 * before them; inside brackets OR is looser than AND. Operands joined by the same operator become
 * one n-ary combination; parentheses keep their grouping.
 *
 * <p>One leniency beyond the grammar: a property name with a hyphen may be written unquoted
 * ({@code hashes.SHA-256}), as several feeds do; it means the same as the quoted key.
 */
final class PatternParser {

    private final List<Token> tokens;
    private int pos;

    PatternParser(String text) throws StixPatternException {
        this.tokens = Lexer.tokens(text);
    }

    ObservationExpression parsePattern() throws StixPatternException {
        if (peek().kind() == Token.Kind.EOF) {
            throw new StixPatternException("empty pattern", 1);
        }
        ObservationExpression e = followedBy();
        if (peek().kind() != Token.Kind.EOF) {
            throw error("expected AND, OR, FOLLOWEDBY, a qualifier or the end of the pattern");
        }
        return e;
    }

    // ---- observation expressions ----

    private ObservationExpression followedBy() throws StixPatternException {
        List<ObservationExpression> ops = new ArrayList<>();
        ops.add(observationOr());
        while (keyword("FOLLOWEDBY")) {
            ops.add(observationOr());
        }
        return ops.size() == 1 ? ops.get(0) : new ObservationExpression.Combination(
                ObservationExpression.Operator.FOLLOWEDBY, ops);
    }

    private ObservationExpression observationOr() throws StixPatternException {
        List<ObservationExpression> ops = new ArrayList<>();
        ops.add(observationAnd());
        while (keyword("OR")) {
            ops.add(observationAnd());
        }
        return ops.size() == 1 ? ops.get(0) : new ObservationExpression.Combination(
                ObservationExpression.Operator.OR, ops);
    }

    private ObservationExpression observationAnd() throws StixPatternException {
        List<ObservationExpression> ops = new ArrayList<>();
        ops.add(qualified());
        while (keyword("AND")) {
            ops.add(qualified());
        }
        return ops.size() == 1 ? ops.get(0) : new ObservationExpression.Combination(
                ObservationExpression.Operator.AND, ops);
    }

    private ObservationExpression qualified() throws StixPatternException {
        ObservationExpression e = observationPrimary();
        while (true) {
            Token t = peek();
            if (keyword("WITHIN")) {
                Token n = next();
                BigDecimal seconds = switch (n.kind()) {
                    case INT, FLOAT -> new BigDecimal(n.text());
                    default -> throw error(n, "WITHIN needs a number of seconds");
                };
                if (seconds.signum() <= 0) {
                    throw error(n, "WITHIN needs a positive number of seconds");
                }
                expectKeyword("SECONDS");
                e = new ObservationExpression.Qualified(e, new Qualifier.Within(seconds));
            } else if (keyword("REPEATS")) {
                Token n = next();
                if (n.kind() != Token.Kind.INT) {
                    throw error(n, "REPEATS needs a whole number");
                }
                long times = integer(n);
                if (times <= 0) {
                    throw error(n, "REPEATS needs a positive count");
                }
                expectKeyword("TIMES");
                e = new ObservationExpression.Qualified(e, new Qualifier.Repeats(times));
            } else if (keyword("START")) {
                Constant.TimestampValue start = timestamp("START");
                expectKeyword("STOP");
                Constant.TimestampValue stop = timestamp("STOP");
                if (stop.micros() <= start.micros()) {
                    throw error(t, "STOP must be later than START");
                }
                e = new ObservationExpression.Qualified(e, new Qualifier.StartStop(start, stop));
            } else {
                return e;
            }
        }
    }

    private ObservationExpression observationPrimary() throws StixPatternException {
        Token t = next();
        switch (t.kind()) {
            case LBRACKET -> {
                ComparisonExpression c = comparisonOr();
                expect(Token.Kind.RBRACKET, "']' to close the observation opened at column " + t.column());
                return new ObservationExpression.Observation(c);
            }
            case LPAREN -> {
                ObservationExpression e = followedBy();
                expect(Token.Kind.RPAREN, "')' to close the group opened at column " + t.column());
                return e;
            }
            default -> throw error(t, "expected '[' to start an observation or '(' to group observations");
        }
    }

    private Constant.TimestampValue timestamp(String what) throws StixPatternException {
        Token n = next();
        if (n.kind() != Token.Kind.TIMESTAMP) {
            throw error(n, what + " needs a timestamp t'...'");
        }
        return Constant.TimestampValue.of(n.text());
    }

    // ---- comparison expressions ----

    private ComparisonExpression comparisonOr() throws StixPatternException {
        List<ComparisonExpression> ops = new ArrayList<>();
        ops.add(comparisonAnd());
        while (keyword("OR")) {
            ops.add(comparisonAnd());
        }
        return ops.size() == 1 ? ops.get(0) : new ComparisonExpression.Combination(
                ComparisonExpression.Logic.OR, ops);
    }

    private ComparisonExpression comparisonAnd() throws StixPatternException {
        List<ComparisonExpression> ops = new ArrayList<>();
        ops.add(propertyTest());
        while (keyword("AND")) {
            ops.add(propertyTest());
        }
        return ops.size() == 1 ? ops.get(0) : new ComparisonExpression.Combination(
                ComparisonExpression.Logic.AND, ops);
    }

    private ComparisonExpression propertyTest() throws StixPatternException {
        Token t = peek();
        if (t.kind() == Token.Kind.LPAREN) {
            next();
            ComparisonExpression c = comparisonOr();
            expect(Token.Kind.RPAREN, "')' to close the group opened at column " + t.column());
            return c;
        }
        if (keyword("EXISTS")) {
            return new ComparisonExpression.Exists(objectPath());
        }
        ObjectPath path = objectPath();
        boolean negated = keyword("NOT");
        Token opToken = next();
        ComparisonExpression.Operator op = operator(opToken);
        Token valueToken = peek();
        Constant value = op == ComparisonExpression.Operator.IN ? set() : primitive();
        checkOperand(op, value, valueToken);
        return new ComparisonExpression.Comparison(path, op, negated, value);
    }

    private ComparisonExpression.Operator operator(Token t) throws StixPatternException {
        if (t.kind() == Token.Kind.COMPARATOR) {
            return switch (t.text()) {
                case "=", "==" -> ComparisonExpression.Operator.EQ;
                case "!=", "<>" -> ComparisonExpression.Operator.NEQ;
                case "<" -> ComparisonExpression.Operator.LT;
                case "<=" -> ComparisonExpression.Operator.LE;
                case ">" -> ComparisonExpression.Operator.GT;
                default -> ComparisonExpression.Operator.GE;
            };
        }
        if (t.kind() == Token.Kind.KEYWORD) {
            switch (t.text()) {
                case "IN": return ComparisonExpression.Operator.IN;
                case "LIKE": return ComparisonExpression.Operator.LIKE;
                case "MATCHES": return ComparisonExpression.Operator.MATCHES;
                case "ISSUBSET": return ComparisonExpression.Operator.ISSUBSET;
                case "ISSUPERSET": return ComparisonExpression.Operator.ISSUPERSET;
                default: break;
            }
        }
        throw error(t, "expected a comparison operator (=, !=, <, <=, >, >=, IN, LIKE, MATCHES, ISSUBSET, "
                + "ISSUPERSET)");
    }

    private void checkOperand(ComparisonExpression.Operator op, Constant value, Token at) throws StixPatternException {
        switch (op) {
            case LT, LE, GT, GE -> {
                if (value instanceof Constant.BoolValue) {
                    throw error(at, op.symbol() + " needs an orderable value, not a boolean");
                }
            }
            case LIKE, MATCHES, ISSUBSET, ISSUPERSET -> {
                if (!(value instanceof Constant.StringValue)) {
                    throw error(at, op.symbol() + " needs a string value");
                }
            }
            default -> { }
        }
    }

    private Constant.SetValue set() throws StixPatternException {
        Token open = next();
        if (open.kind() != Token.Kind.LPAREN) {
            throw error(open, "IN needs a set of values in parentheses, e.g. ('a', 'b')");
        }
        List<Constant> values = new ArrayList<>();
        if (peek().kind() != Token.Kind.RPAREN) {
            values.add(primitive());
            while (peek().kind() == Token.Kind.COMMA) {
                next();
                values.add(primitive());
            }
        }
        expect(Token.Kind.RPAREN, "')' or ',' in the set opened at column " + open.column());
        return new Constant.SetValue(values);
    }

    private Constant primitive() throws StixPatternException {
        Token t = next();
        return switch (t.kind()) {
            case STRING -> new Constant.StringValue(t.text());
            case INT -> new Constant.IntValue(integer(t));
            case FLOAT -> new Constant.FloatValue(Double.parseDouble(t.text()));
            case BOOL -> new Constant.BoolValue(t.text().equalsIgnoreCase("true"));
            case HEX -> new Constant.HexValue(t.text());
            case BINARY -> new Constant.BinaryValue(t.text());
            case TIMESTAMP -> Constant.TimestampValue.of(t.text());
            default -> throw error(t, "expected a value (a 'string', number, true/false, h'..', b'..' or t'..')");
        };
    }

    private ObjectPath objectPath() throws StixPatternException {
        Token type = next();
        if (type.kind() != Token.Kind.IDENTIFIER) {
            throw error(type, "expected an object path such as ipv4-addr:value");
        }
        expect(Token.Kind.COLON, "':' after the object type '" + type.text() + "'");
        List<PathStep> steps = new ArrayList<>();
        steps.add(property("a property name after ':'"));
        while (true) {
            Token t = peek();
            if (t.kind() == Token.Kind.DOT) {
                next();
                steps.add(property("a property name after '.'"));
            } else if (t.kind() == Token.Kind.LBRACKET) {
                next();
                Token i = next();
                if (i.kind() == Token.Kind.STAR) {
                    steps.add(new PathStep.AnyIndex());
                } else if (i.kind() == Token.Kind.INT) {
                    steps.add(new PathStep.Index(integer(i)));
                } else {
                    throw error(i, "a list index is a whole number or '*'");
                }
                expect(Token.Kind.RBRACKET, "']' to close the list index");
            } else {
                return new ObjectPath(type.text(), steps);
            }
        }
    }

    private PathStep.Property property(String expected) throws StixPatternException {
        Token t = next();
        if (t.kind() == Token.Kind.IDENTIFIER || t.kind() == Token.Kind.STRING) {
            return new PathStep.Property(t.text());
        }
        throw error(t, "expected " + expected);
    }

    // ---- helpers ----

    private long integer(Token t) throws StixPatternException {
        try {
            return Long.parseLong(t.text().startsWith("+") ? t.text().substring(1) : t.text());
        } catch (NumberFormatException e) {
            throw error(t, "integer out of range: " + t.text());
        }
    }

    private static String lowerCaseHint(Token t) {
        if (t.kind() == Token.Kind.IDENTIFIER && Lexer.KEYWORDS.contains(t.text().toUpperCase(java.util.Locale.ROOT))) {
            return " (keywords are upper-case: " + t.text().toUpperCase(java.util.Locale.ROOT) + ")";
        }
        return "";
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.EOF) {
            pos++;
        }
        return t;
    }

    private boolean keyword(String word) {
        if (peek().is(Token.Kind.KEYWORD, word)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expectKeyword(String word) throws StixPatternException {
        if (!keyword(word)) {
            throw error("expected " + word);
        }
    }

    private void expect(Token.Kind kind, String what) throws StixPatternException {
        Token t = next();
        if (t.kind() != kind) {
            throw error(t, "expected " + what);
        }
    }

    private StixPatternException error(String message) {
        return error(peek(), message);
    }

    private StixPatternException error(Token t, String message) {
        return new StixPatternException(message + ", found " + t.describe() + lowerCaseHint(t), t.column());
    }
}

package io.longwatch.intel.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits pattern text into tokens; keywords are upper-case as the grammar spells them. */
final class Lexer {

    static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "FOLLOWEDBY", "LIKE", "MATCHES", "ISSUPERSET",
            "ISSUBSET", "EXISTS", "IN", "START", "STOP", "SECONDS", "WITHIN", "REPEATS", "TIMES", "LAST");

    private final String s;
    private int pos;
    private final List<Token> out = new ArrayList<>();

    private Lexer(String s) {
        this.s = s;
    }

    static List<Token> tokens(String text) throws StixPatternException {
        Lexer lexer = new Lexer(text);
        lexer.run();
        return lexer.out;
    }

    private void run() throws StixPatternException {
        int n = s.length();
        while (true) {
            while (pos < n && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
            if (pos >= n) {
                out.add(new Token(Token.Kind.EOF, "", n + 1));
                return;
            }
            int start = pos;
            char c = s.charAt(pos);
            char next = pos + 1 < n ? s.charAt(pos + 1) : '\0';
            switch (c) {
                case '[' -> single(Token.Kind.LBRACKET);
                case ']' -> single(Token.Kind.RBRACKET);
                case '(' -> single(Token.Kind.LPAREN);
                case ')' -> single(Token.Kind.RPAREN);
                case ',' -> single(Token.Kind.COMMA);
                case ':' -> single(Token.Kind.COLON);
                case '*' -> single(Token.Kind.STAR);
                case '\'' -> out.add(new Token(Token.Kind.STRING, quoted(), start + 1));
                case '=', '!', '<', '>' -> comparator();
                default -> {
                    if (c == '.' && !(isDigit(next) && !afterPathPart())) {
                        single(Token.Kind.DOT);
                    } else if (isDigit(c) || c == '.' || ((c == '-' || c == '+') && (isDigit(next) || next == '.'))) {
                        number();
                    } else if (next == '\'' && (c == 'h' || c == 'b' || c == 't')) {
                        prefixedLiteral(c);
                    } else if (isIdentStart(c)) {
                        identifier();
                    } else {
                        throw new StixPatternException("unexpected character '" + c + "'", start + 1);
                    }
                }
            }
        }
    }

    /** A '.' right after a property, a quoted key or an index is a path separator, never a number. */
    private boolean afterPathPart() {
        if (out.isEmpty()) {
            return false;
        }
        Token.Kind k = out.get(out.size() - 1).kind();
        return k == Token.Kind.IDENTIFIER || k == Token.Kind.STRING || k == Token.Kind.RBRACKET;
    }

    private void single(Token.Kind kind) {
        out.add(new Token(kind, String.valueOf(s.charAt(pos)), pos + 1));
        pos++;
    }

    private void comparator() throws StixPatternException {
        int start = pos;
        String two = pos + 2 <= s.length() ? s.substring(pos, pos + 2) : "";
        String op = switch (two) {
            case "==", "!=", "<>", "<=", ">=" -> two;
            default -> String.valueOf(s.charAt(pos));
        };
        if (op.equals("!")) {
            throw new StixPatternException("'!' must be followed by '=' (use NOT to negate)", start + 1);
        }
        pos += op.length();
        out.add(new Token(Token.Kind.COMPARATOR, op, start + 1));
    }

    private void number() throws StixPatternException {
        int start = pos;
        if (s.charAt(pos) == '-' || s.charAt(pos) == '+') {
            pos++;
        }
        boolean dot = false;
        int digitsAfterDot = 0;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (isDigit(c)) {
                if (dot) {
                    digitsAfterDot++;
                }
                pos++;
            } else if (c == '.' && !dot) {
                dot = true;
                pos++;
            } else {
                break;
            }
        }
        if (dot && digitsAfterDot == 0) {
            throw new StixPatternException("a number needs digits after '.'", start + 1);
        }
        if (pos < s.length() && isIdentStart(s.charAt(pos))) {
            throw new StixPatternException("a number runs into letters: '" + s.substring(start, pos + 1) + "'",
                    start + 1);
        }
        out.add(new Token(dot ? Token.Kind.FLOAT : Token.Kind.INT, s.substring(start, pos), start + 1));
    }

    private void prefixedLiteral(char prefix) throws StixPatternException {
        int start = pos;
        pos++;
        int contentColumn = pos + 2;
        String body = quoted();
        switch (prefix) {
            case 'h' -> {
                if (body.length() % 2 != 0) {
                    throw new StixPatternException("hex literal needs an even number of digits", start + 1);
                }
                for (int i = 0; i < body.length(); i++) {
                    if (Character.digit(body.charAt(i), 16) < 0) {
                        throw new StixPatternException("not a hex digit: '" + body.charAt(i) + "'", contentColumn + i);
                    }
                }
                out.add(new Token(Token.Kind.HEX, body.toLowerCase(java.util.Locale.ROOT), start + 1));
            }
            case 'b' -> {
                if (!isBase64(body)) {
                    throw new StixPatternException("binary literal is not base64: '" + body + "'", start + 1);
                }
                out.add(new Token(Token.Kind.BINARY, body, start + 1));
            }
            default -> {
                if (!isRfc3339Utc(body) || Constant.TimestampValue.of(body) == null) {
                    throw new StixPatternException(
                            "timestamp must be RFC 3339 in UTC (YYYY-MM-DDTHH:MM:SS[.s]Z): '" + body + "'", start + 1);
                }
                out.add(new Token(Token.Kind.TIMESTAMP, body, start + 1));
            }
        }
    }

    /** Reads a quoted string at pos (which is on the opening quote); only \' and \\ are escapes. */
    private String quoted() throws StixPatternException {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\'') {
                pos++;
                return sb.toString();
            }
            if (c == '\\') {
                char e = pos + 1 < s.length() ? s.charAt(pos + 1) : '\0';
                if (e != '\'' && e != '\\') {
                    throw new StixPatternException("invalid escape in string: only \\' and \\\\ are allowed, found \\"
                            + (e == '\0' ? "" : String.valueOf(e)), pos + 1);
                }
                sb.append(e);
                pos += 2;
            } else {
                sb.append(c);
                pos++;
            }
        }
        throw new StixPatternException("string is not closed", start + 1);
    }

    private void identifier() {
        int start = pos;
        pos++;
        while (pos < s.length() && (isIdentPart(s.charAt(pos)) || s.charAt(pos) == '-')) {
            pos++;
        }
        String text = s.substring(start, pos);
        Token.Kind kind;
        if (KEYWORDS.contains(text)) {
            kind = Token.Kind.KEYWORD;
        } else if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            kind = Token.Kind.BOOL;
        } else {
            kind = Token.Kind.IDENTIFIER;
        }
        out.add(new Token(kind, text, start + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }

    private static boolean isBase64(String b) {
        if (b.length() % 4 != 0) {
            return false;
        }
        int pad = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '=') {
                pad++;
            } else if (pad > 0 || !(isIdentPart(c) && c != '_' || c == '+' || c == '/')) {
                return false;
            }
        }
        return pad <= 2;
    }

    private static boolean isRfc3339Utc(String t) {
        // YYYY-MM-DDTHH:MM:SS, then an optional fraction, then Z
        if (t.length() < 20 || t.charAt(t.length() - 1) != 'Z') {
            return false;
        }
        String shape = "dddd-dd-ddTdd:dd:dd";
        for (int i = 0; i < shape.length(); i++) {
            char want = shape.charAt(i);
            char c = t.charAt(i);
            if (want == 'd' ? !isDigit(c) : c != want) {
                return false;
            }
        }
        int rest = shape.length();
        if (rest == t.length() - 1) {
            return true;
        }
        if (t.charAt(rest) != '.' || rest + 1 == t.length() - 1) {
            return false;
        }
        for (int i = rest + 1; i < t.length() - 1; i++) {
            if (!isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

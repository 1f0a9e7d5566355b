package io.longwatch.intel.pattern;

/**
 * One lexical token of a pattern.
 *
 * @param kind what it is
 * @param text its value: the unescaped content for strings and quoted literals, the text otherwise
 * @param column 1-based column of its first character
 */
record Token(Kind kind, String text, int column) {

    enum Kind {
        LBRACKET, RBRACKET, LPAREN, RPAREN, COMMA, COLON, DOT, STAR,
        /** A comparison operator symbol: = == != <> < <= > >=. */
        COMPARATOR,
        IDENTIFIER, KEYWORD, STRING, INT, FLOAT, BOOL, HEX, BINARY, TIMESTAMP, EOF
    }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    /** How the token reads in an error message. */
    String describe() {
        return switch (kind) {
            case EOF -> "end of pattern";
            case STRING -> "string " + Constant.quote(text);
            case HEX -> "h'" + text + "'";
            case BINARY -> "b'" + text + "'";
            case TIMESTAMP -> "t'" + text + "'";
            default -> "'" + text + "'";
        };
    }
}

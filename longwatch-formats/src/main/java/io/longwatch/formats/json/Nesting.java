package io.longwatch.formats.json;

/**
 * JSON nesting depth outside strings, fed one byte at a time; used to find where records end
 * without parsing them.
 */
final class Nesting {

    private int depth;
    private boolean inString;
    private boolean escape;

    /** Feeds one byte. */
    void feed(byte c) {
        if (inString) {
            if (escape) {
                escape = false;
            } else if (c == '\\') {
                escape = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            depth--;
        }
    }

    int depth() {
        return depth;
    }

    boolean inString() {
        return inString;
    }

    /** A raw newline cannot be inside a valid JSON string: treat the string as ended. */
    void endBrokenString() {
        inString = false;
        escape = false;
    }

    void reset(int newDepth) {
        depth = newDepth;
        inString = false;
        escape = false;
    }
}

package io.longwatch.intel.pattern;

import io.longwatch.core.time.Timestamps;
import java.util.List;
import java.util.Objects;

/** A literal on the right-hand side of a comparison. */
public sealed interface Constant {

    /** Quotes a string for pattern text: wraps it in {@code '} and escapes {@code '} and {@code \}. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('\'').toString();
    }

    /**
     * A string, unescaped.
     *
     * @param value the string
     */
    record StringValue(String value) implements Constant {
        public StringValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return quote(value);
        }
    }

    /**
     * An integer.
     *
     * @param value the value
     */
    record IntValue(long value) implements Constant {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /**
     * A floating-point number.
     *
     * @param value the value
     */
    record FloatValue(double value) implements Constant {
        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    /**
     * {@code true} or {@code false}.
     *
     * @param value the value
     */
    record BoolValue(boolean value) implements Constant {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /**
     * {@code h'..'}: bytes as hex.
     *
     * @param hex the hex digits, lower-case, an even number of them
     */
    record HexValue(String hex) implements Constant {
        public HexValue {
            Objects.requireNonNull(hex, "hex");
        }

        @Override
        public String toString() {
            return "h'" + hex + "'";
        }
    }

    /**
     * {@code b'..'}: bytes as base64.
     *
     * @param base64 the base64 text as written
     */
    record BinaryValue(String base64) implements Constant {
        public BinaryValue {
            Objects.requireNonNull(base64, "base64");
        }

        @Override
        public String toString() {
            return "b'" + base64 + "'";
        }
    }

    /**
     * {@code t'2016-01-01T00:00:00Z'}: an RFC 3339 UTC timestamp.
     *
     * @param text the timestamp as written
     * @param micros the same instant in UTC microseconds
     */
    record TimestampValue(String text, long micros) implements Constant {
        public TimestampValue {
            Objects.requireNonNull(text, "text");
        }

        /** A timestamp constant from its text; null if the text is not a valid timestamp. */
        static TimestampValue of(String text) {
            long micros = Timestamps.parseMicros(text);
            return micros == Long.MIN_VALUE ? null : new TimestampValue(text, micros);
        }

        @Override
        public String toString() {
            return "t'" + text + "'";
        }
    }

    /**
     * {@code ('a', 'b', ...)}: the right-hand side of IN.
     *
     * @param values the members, none of them a set
     */
    record SetValue(List<Constant> values) implements Constant {
        public SetValue {
            values = List.copyOf(values);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(values.get(i));
            }
            return sb.append(')').toString();
        }
    }
}

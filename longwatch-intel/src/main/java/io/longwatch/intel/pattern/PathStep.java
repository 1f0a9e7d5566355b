package io.longwatch.intel.pattern;

import java.util.Objects;

/** One step of an {@link ObjectPath}. */
public sealed interface PathStep {

    /**
     * A property name ({@code value}, {@code hashes}, or a quoted key such as {@code 'SHA-256'}).
     *
     * @param name the name, unquoted
     */
    record Property(String name) implements PathStep {
        public Property {
            Objects.requireNonNull(name, "name");
        }

        /** Whether the name needs quotes in pattern text (anything but a plain identifier). */
        boolean needsQuotes() {
            if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
                return true;
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
                if (!plain) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return needsQuotes() ? Constant.quote(name) : name;
        }
    }

    /**
     * A list index {@code [n]}; negative counts from the end.
     *
     * @param index the index
     */
    record Index(long index) implements PathStep {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    /** {@code [*]}: any element of the list. */
    record AnyIndex() implements PathStep {
        @Override
        public String toString() {
            return "[*]";
        }
    }
}

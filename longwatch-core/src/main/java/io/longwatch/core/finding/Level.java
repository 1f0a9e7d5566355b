package io.longwatch.core.finding;

import java.util.Locale;

/** Sigma's severity levels, in increasing order. */
public enum Level {
    INFORMATIONAL, LOW, MEDIUM, HIGH, CRITICAL;

    /** Parses a Sigma level name, case-insensitively; {@code null} for unknown text. */
    public static Level parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "informational", "info" -> INFORMATIONAL;
            case "low" -> LOW;
            case "medium" -> MEDIUM;
            case "high" -> HIGH;
            case "critical" -> CRITICAL;
            default -> null;
        };
    }

    /** The lower-case name used in rules and in the findings schema. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

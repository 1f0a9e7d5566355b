package io.longwatch.sigma.parse;

import java.util.Locale;
import java.util.Map;

/** The value modifiers of Sigma specification v2.1 (detection part). */
public enum Modifier {
    CONTAINS, STARTSWITH, ENDSWITH, ALL,
    BASE64, BASE64OFFSET, WIDE, UTF16LE, UTF16BE, UTF16, WINDASH,
    RE, I, M, S,
    CIDR, EXISTS, EXPAND, FIELDREF,
    GT, GTE, LT, LTE, CASED, NEQ,
    MINUTE, HOUR, DAY, WEEK, MONTH, YEAR;

    private static final Map<String, Modifier> ALIASES = Map.of(
            "ignorecase", I, "multiline", M, "dotall", S);

    /** The modifier for a name as written in a rule, or null when unknown. */
    public static Modifier byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        Modifier alias = ALIASES.get(n);
        if (alias != null) {
            return alias;
        }
        for (Modifier m : values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(n)) {
                return m;
            }
        }
        return null;
    }

    /** Whether this modifier extracts a part of a timestamp. */
    public boolean isTimePart() {
        return this == MINUTE || this == HOUR || this == DAY || this == WEEK || this == MONTH || this == YEAR;
    }
}

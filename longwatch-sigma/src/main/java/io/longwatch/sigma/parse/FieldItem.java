package io.longwatch.sigma.parse;

import java.util.List;

/**
 * One {@code field|mod1|mod2: values} entry of a search identifier, or a keyword entry when
 * {@code field} is null (a plain list of values, or a {@code '|all'} key without field name).
 *
 * @param field the field name as written in the rule, or null for keywords
 * @param modifiers modifier names in the order written, lower-case
 * @param values the values; an element is null for YAML {@code null}; numbers and booleans keep
 *     their text as written
 * @param line 1-based line of the entry in the rule file (0 when unknown)
 */
public record FieldItem(String field, List<String> modifiers, List<String> values, int line) {

    public FieldItem {
        modifiers = List.copyOf(modifiers);
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    /** Whether this is a keyword (full-text) search rather than a field test. */
    public boolean isKeyword() {
        return field == null;
    }

    /** The key as written, for messages. */
    public String key() {
        StringBuilder sb = new StringBuilder(field == null ? "" : field);
        for (String m : modifiers) {
            sb.append('|').append(m);
        }
        return sb.toString();
    }
}

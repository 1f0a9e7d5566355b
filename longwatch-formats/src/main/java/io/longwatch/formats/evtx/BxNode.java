package io.longwatch.formats.evtx;

/**
 * A node of compiled Binary XML: what a template definition or a record's own BinXML becomes
 * once its tokens are read. Templates are compiled once per chunk and shared by every record
 * that instantiates them; the per-record part is only the {@link ValueTable}.
 */
sealed interface BxNode {

    /** An element with its attributes and content. */
    record Element(String name, Attribute[] attributes, BxNode[] children) implements BxNode {
        /** The attribute's parts, or null when the element has no attribute of that name. */
        BxNode[] attribute(String attributeName) {
            for (Attribute a : attributes) {
                if (a.name().equals(attributeName)) {
                    return a.value();
                }
            }
            return null;
        }
    }

    /** One attribute: its value is a sequence of text, substitution and reference parts. */
    record Attribute(String name, BxNode[] value) {
    }

    /** Literal text (a value text token or a CDATA section). */
    record Text(String text, boolean cdata) implements BxNode {
    }

    /** Placeholder for substitution value {@code index}; optional ones vanish when the value is null. */
    record Subst(int index, int declaredType, boolean optional) implements BxNode {
    }

    /** A character reference such as {@code &#38;}. */
    record CharRef(int codeUnit) implements BxNode {
    }

    /** An entity reference such as {@code &amp;}. */
    record EntityRef(String name) implements BxNode {
        /** The character the entity stands for, or null for an unknown entity. */
        String resolved() {
            return switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> null;
            };
        }
    }

    /** A processing instruction. */
    record Pi(String target, String data) implements BxNode {
    }

    /** A template instantiated with its values. */
    record Instance(BxNode[] template, ValueTable values) implements BxNode {
    }
}

package io.longwatch.formats.evtx;

import java.util.List;

/**
 * A record resolved to plain XML (templates filled in, nested BinXML expanded), for the dump
 * renderers. The event reader does not build it: it maps straight from {@link BxNode}s.
 */
sealed interface XNode {

    /** An element; attributes with a null or empty value are already left out. */
    record Element(String name, List<Attribute> attributes, List<XNode> children) implements XNode {
    }

    /** An attribute with its value as text, and the value type when it came from one substitution. */
    record Attribute(String name, String value, int type) {
    }

    /**
     * Character data: a {@code String} or, for array substitutions, a {@code List<String>};
     * {@code type} is the substitution's value type, or {@link ValueType#STRING} for literal text.
     */
    record Text(Object value, int type) implements XNode {
    }
}

package io.longwatch.formats.json;

import java.util.ArrayList;
import java.util.List;

/**
 * One mapping rule from a layout file: a dotted source-path pattern and the canonical name it
 * becomes. In patterns {@code *} matches one key and a final {@code **} the remaining keys
 * (one or more, joined with {@code .}); in targets {@code $n} is the n-th match and a target of
 * {@code -} drops the field. Matching works on key lists, so keys that contain dots are safe.
 */
final class PathPattern {

    private static final String ONE = "*";
    private static final String REST = "**";

    private final String source;
    private final String[] segments;
    private final boolean drop;
    /** Target split into literal text and capture references, e.g. "$1_$2" -> [ref 1, "_", ref 2]. */
    private final Object[] targetParts;

    PathPattern(String pattern, String target) {
        this.source = pattern + " -> " + target;
        this.segments = pattern.split("\\.", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].isEmpty()) {
                throw new IllegalArgumentException("empty key in pattern " + pattern);
            }
            if (REST.equals(segments[i]) && i != segments.length - 1) {
                throw new IllegalArgumentException("'**' must be last in pattern " + pattern);
            }
        }
        this.drop = "-".equals(target);
        this.targetParts = drop ? new Object[0] : parseTarget(target, wildcardCount());
    }

    private int wildcardCount() {
        int n = 0;
        for (String s : segments) {
            if (ONE.equals(s) || REST.equals(s)) {
                n++;
            }
        }
        return n;
    }

    private Object[] parseTarget(String target, int captures) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '$' && i + 1 < target.length() && Character.isDigit(target.charAt(i + 1))) {
                if (!literal.isEmpty()) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                int ref = target.charAt(++i) - '0';
                if (ref < 1 || ref > captures) {
                    throw new IllegalArgumentException("$" + ref + " has no match in " + source);
                }
                parts.add(ref - 1);
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            parts.add(literal.toString());
        }
        return parts.toArray();
    }

    /** Whether the pattern matches; fills {@code captures} (length >= wildcard count). */
    boolean matches(String[] keys, String[] captures) {
        int n = 0;
        for (int i = 0; i < segments.length; i++) {
            String seg = segments[i];
            if (REST.equals(seg)) {
                if (i >= keys.length) {
                    return false;
                }
                captures[n] = String.join(".", java.util.Arrays.asList(keys).subList(i, keys.length));
                return true;
            }
            if (i >= keys.length) {
                return false;
            }
            if (ONE.equals(seg)) {
                captures[n++] = keys[i];
            } else if (!seg.equals(keys[i])) {
                return false;
            }
        }
        return keys.length == segments.length;
    }

    boolean drops() {
        return drop;
    }

    /** The canonical name for a match (not interned). */
    String target(String[] captures) {
        if (targetParts.length == 1 && targetParts[0] instanceof Integer ref) {
            return captures[ref];
        }
        StringBuilder sb = new StringBuilder();
        for (Object part : targetParts) {
            sb.append(part instanceof Integer ref ? captures[ref] : (String) part);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}

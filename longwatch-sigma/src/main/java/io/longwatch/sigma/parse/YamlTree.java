package io.longwatch.sigma.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Turns YAML text into plain data: {@link YMap} (ordered, remembers the line of each key),
 * {@link List}, {@link String} or null. Scalars keep their text as written (so {@code 0x1F} and
 * {@code 4688} stay comparable with event text); only YAML nulls become null.
 */
final class YamlTree {

    private YamlTree() {
    }

    /** An ordered map that remembers the 1-based line of each key. */
    static final class YMap extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
        private final Map<String, Integer> lines = new HashMap<>();
        private final int line;

        YMap(int line) {
            this.line = line;
        }

        int line() {
            return line;
        }

        int lineOf(String key) {
            return lines.getOrDefault(key, line);
        }

        void putAt(String key, Object value, int keyLine) {
            put(key, value);
            lines.put(key, keyLine);
        }

        YMap copy() {
            YMap m = new YMap(line);
            m.putAll(this);
            m.lines.putAll(lines);
            return m;
        }
    }

    /** All documents of a YAML text (an empty document yields null). */
    static List<Object> loadAll(String text) {
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true)
                .setCodePointLimit(16 * 1024 * 1024)
                .build();
        List<Object> docs = new ArrayList<>();
        for (Node n : new Compose(settings).composeAllFromString(text)) {
            docs.add(convert(n, 0));
        }
        return docs;
    }

    private static int lineOf(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static Object convert(Node node, int depth) {
        if (depth > 64) {
            throw new RuleSyntaxException("yaml.too-deep", "YAML nesting deeper than 64 levels");
        }
        if (node instanceof ScalarNode s) {
            return Tag.NULL.equals(s.getTag()) ? null : s.getValue();
        }
        if (node instanceof SequenceNode seq) {
            List<Object> out = new ArrayList<>(seq.getValue().size());
            for (Node child : seq.getValue()) {
                out.add(convert(child, depth + 1));
            }
            return out;
        }
        if (node instanceof MappingNode map) {
            YMap out = new YMap(lineOf(map));
            for (NodeTuple t : map.getValue()) {
                Object key = convert(t.getKeyNode(), depth + 1);
                out.putAt(key == null ? "null" : key.toString(), convert(t.getValueNode(), depth + 1), lineOf(t.getKeyNode()));
            }
            return out;
        }
        throw new RuleSyntaxException("yaml.unsupported", "unsupported YAML node at line " + lineOf(node));
    }
}

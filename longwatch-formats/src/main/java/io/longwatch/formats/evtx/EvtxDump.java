package io.longwatch.formats.evtx;

import io.longwatch.core.problem.ProblemSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the records of an .evtx file the way {@code evtx_dump} does, for {@code longwatch evtx dump}:
 * <ul>
 *   <li>{@code jsonl}: one JSON object per line in the evtx-crate layout ({@code {"Event":{"System":...}}},
 *       attributes under {@code #attributes}, text beside them under {@code #text}, {@code <Data Name="N">}
 *       items keyed by their name, integers and booleans unquoted, repeated names suffixed {@code _1}, {@code _2});</li>
 *   <li>{@code xml}: for each record a {@code Record N} line, then the event as indented XML.</li>
 * </ul>
 * Damaged input is reported to the problem sink exactly as {@link EvtxReader} reports it.
 */
public final class EvtxDump {

    private EvtxDump() {
    }

    /**
     * Dumps every readable record of {@code file} to {@code out}.
     *
     * @param format {@code jsonl} or {@code xml}
     * @return what was read
     * @throws IOException when the file cannot be read or {@code out} fails
     * @throws IllegalArgumentException for another format
     */
    public static EvtxStats dump(Path file, String format, Writer out, ProblemSink problems) throws IOException {
        boolean json = switch (format) {
            case "jsonl", "json" -> true;
            case "xml" -> false;
            default -> throw new IllegalArgumentException("unknown dump format '" + format + "' (jsonl or xml)");
        };
        byte[] data = Files.readAllBytes(file);
        String path = file.toString();
        if (!EvtxReader.checkHeader(data, path, problems)) {
            return EvtxStats.EMPTY;
        }
        try {
            return EvtxReader.readChunks(data, 0, EvtxReader.chunkCount(data), path, new Renderer(out, json), problems);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Renders each record as it is read. */
    private static final class Renderer implements RecordHandler {
        private final Writer out;
        private final boolean json;
        private final StringBuilder sb = new StringBuilder(4096);
        private XmlResolver resolver;

        Renderer(Writer out, boolean json) {
            this.out = out;
            this.json = json;
        }

        @Override
        public void record(long recordId, BxNode[] document, BinXmlParser parser) {
            if (resolver == null) {
                resolver = new XmlResolver(parser);
            }
            List<XNode> nodes = resolver.resolve(document);
            sb.setLength(0);
            if (json) {
                sb.append('{');
                writeMembers(nodes, false);
                sb.append("}\n");
            } else {
                sb.append("Record ").append(recordId).append("\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
                for (XNode n : nodes) {
                    xml(n, 0);
                }
            }
            try {
                out.append(sb);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        // --- XML ---

        private void xml(XNode node, int depth) {
            if (!(node instanceof XNode.Element e)) {
                return;
            }
            indent(depth);
            sb.append('<').append(e.name());
            for (XNode.Attribute a : e.attributes()) {
                sb.append(' ').append(a.name()).append("=\"");
                escape(a.value(), true);
                sb.append('"');
            }
            if (e.children().isEmpty()) {
                sb.append("/>\n");
                return;
            }
            sb.append('>');
            if (!hasElements(e.children())) {
                escape(XmlResolver.text(e.children()), false);
            } else {
                sb.append('\n');
                for (XNode child : e.children()) {
                    if (child instanceof XNode.Element) {
                        xml(child, depth + 1);
                    } else {
                        String text = XmlResolver.text(List.of(child));
                        if (!text.isBlank()) {
                            indent(depth + 1);
                            escape(text, false);
                            sb.append('\n');
                        }
                    }
                }
                indent(depth);
            }
            sb.append("</").append(e.name()).append(">\n");
        }

        private void indent(int depth) {
            for (int i = 0; i < depth; i++) {
                sb.append("  ");
            }
        }

        private void escape(String s, boolean attribute) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> sb.append("&amp;");
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '"' -> sb.append(attribute ? "&quot;" : "\"");
                    default -> sb.append(c);
                }
            }
        }

        // --- JSON ---

        /** Writes the elements among {@code nodes} as members of the current object. */
        private void writeMembers(List<XNode> nodes, boolean comma) {
            Map<String, Integer> seen = new HashMap<>();
            List<Object> unnamedData = null;
            boolean first = !comma;
            for (XNode n : nodes) {
                if (!(n instanceof XNode.Element e)) {
                    continue;
                }
                String key = e.name();
                String dataName = "Data".equals(key) ? attribute(e, "Name") : null;
                if ("Data".equals(key) && dataName == null && e.attributes().isEmpty()) {
                    if (unnamedData == null) {
                        unnamedData = new ArrayList<>();
                    }
                    unnamedData.add(textValue(e.children()));
                    continue;
                }
                if (dataName != null && e.attributes().size() == 1) {
                    key = dataName;
                }
                Integer count = seen.merge(key, 1, Integer::sum);
                if (count > 1) {
                    key = key + "_" + (count - 1);
                }
                first = member(key, first);
                if (dataName != null && e.attributes().size() == 1) {
                    value(textValue(e.children()), typeOf(e.children()));
                } else {
                    element(e);
                }
            }
            if (unnamedData != null) {
                member("Data", first);
                sb.append("{\"#text\":");
                if (unnamedData.size() == 1) {
                    value(unnamedData.get(0), ValueType.STRING);
                } else {
                    value(unnamedData, ValueType.STRING);
                }
                sb.append('}');
            }
        }

        private boolean member(String key, boolean first) {
            if (!first) {
                sb.append(',');
            }
            string(key);
            sb.append(':');
            return false;
        }

        private void element(XNode.Element e) {
            boolean elements = hasElements(e.children());
            Object text = textValue(e.children());
            if (e.attributes().isEmpty() && !elements) {
                value(text, typeOf(e.children()));
                return;
            }
            sb.append('{');
            boolean first = true;
            if (!e.attributes().isEmpty()) {
                first = member("#attributes", true);
                sb.append('{');
                boolean firstAttribute = true;
                for (XNode.Attribute a : e.attributes()) {
                    firstAttribute = member(a.name(), firstAttribute);
                    value(a.value(), a.type());
                }
                sb.append('}');
            }
            if (elements) {
                writeMembers(e.children(), !first);
                first = false;
            } else if (text != null) {
                member("#text", first);
                value(text, typeOf(e.children()));
            }
            sb.append('}');
        }

        private void value(Object value, int type) {
            if (value == null) {
                sb.append("null");
            } else if (value instanceof List<?> list) {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    value(list.get(i), type & 0x7f);
                }
                sb.append(']');
            } else {
                String s = (String) value;
                int base = type & 0x7f;
                if ((ValueType.isNumber(base) && isJsonNumber(s)) || (base == ValueType.BOOL && isBoolean(s))) {
                    sb.append(s);
                } else {
                    string(s);
                }
            }
        }

        private void string(String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            sb.append(String.format("\\u%04x", (int) c));
                        } else {
                            sb.append(c);
                        }
                    }
                }
            }
            sb.append('"');
        }
    }

    private static boolean hasElements(List<XNode> children) {
        for (XNode c : children) {
            if (c instanceof XNode.Element) {
                return true;
            }
        }
        return false;
    }

    /** The content's value: the substitution value itself when it is the only part, else the text, or null. */
    private static Object textValue(List<XNode> children) {
        if (children.isEmpty()) {
            return null;
        }
        if (children.size() == 1 && children.get(0) instanceof XNode.Text t) {
            return t.value();
        }
        return XmlResolver.text(children);
    }

    private static int typeOf(List<XNode> children) {
        return children.size() == 1 && children.get(0) instanceof XNode.Text t ? t.type() : ValueType.STRING;
    }

    private static String attribute(XNode.Element e, String name) {
        for (XNode.Attribute a : e.attributes()) {
            if (a.name().equals(name)) {
                return a.value();
            }
        }
        return null;
    }

    private static boolean isJsonNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '-' && c != '.' && c != 'E' && c != 'e') {
                return false;
            }
        }
        return s.charAt(s.length() - 1) != '.';
    }

    private static boolean isBoolean(String s) {
        return "true".equals(s) || "false".equals(s);
    }
}

package io.longwatch.formats.evtx;

import io.longwatch.core.event.Event;
import java.util.ArrayList;
import java.util.List;

/** Resolves a record's {@link BxNode}s with their values into {@link XNode}s, with the same limits as the mapper. */
final class XmlResolver {

    private final BinXmlParser parser;
    private final WorkBudget work = new WorkBudget();

    XmlResolver(BinXmlParser parser) {
        this.parser = parser;
    }

    List<XNode> resolve(BxNode[] document) {
        work.reset();
        List<XNode> out = new ArrayList<>(1);
        resolve(document, ValueTable.EMPTY, out, 0);
        return out;
    }

    private void resolve(BxNode[] nodes, ValueTable values, List<XNode> out, int depth) {
        if (depth > BinXmlParser.MAX_DEPTH) {
            throw new MalformedEvtxException("record nests deeper than " + BinXmlParser.MAX_DEPTH);
        }
        byte[] data = parser.data();
        for (BxNode node : nodes) {
            work.node();
            switch (node) {
                case BxNode.Element e -> {
                    List<XNode.Attribute> attributes = new ArrayList<>(e.attributes().length);
                    for (BxNode.Attribute a : e.attributes()) {
                        List<XNode> parts = new ArrayList<>(1);
                        resolve(a.value(), values, parts, depth + 1);
                        String text = text(parts);
                        if (!text.isEmpty()) {
                            int type = parts.size() == 1 && parts.get(0) instanceof XNode.Text t ? t.type() : ValueType.STRING;
                            attributes.add(new XNode.Attribute(a.name(), text, type));
                        }
                    }
                    List<XNode> children = new ArrayList<>(e.children().length);
                    resolve(e.children(), values, children, depth + 1);
                    out.add(new XNode.Element(e.name(), attributes, children));
                }
                case BxNode.Text t -> out.add(new XNode.Text(t.text(), ValueType.STRING));
                case BxNode.Subst s -> {
                    int i = s.index();
                    int type = values.type(i);
                    work.bytes(values.size(i));
                    if (type == ValueType.BINXML) {
                        resolve(parser.nestedDocument(values.offset(i), values.size(i), depth), ValueTable.EMPTY, out,
                                depth + 1);
                    } else if (type != ValueType.NULL) {
                        out.add(new XNode.Text(ValueDecoder.value(data, values.offset(i), values.size(i), type), type));
                    }
                }
                case BxNode.CharRef c -> out.add(new XNode.Text(String.valueOf((char) c.codeUnit()), ValueType.STRING));
                case BxNode.EntityRef r -> {
                    String resolved = r.resolved();
                    out.add(new XNode.Text(resolved != null ? resolved : "&" + r.name() + ";", ValueType.STRING));
                }
                case BxNode.Instance in -> resolve(in.template(), in.values(), out, depth + 1);
                case BxNode.Pi p -> {
                    // processing instructions are not part of the event
                }
            }
        }
    }

    /** The concatenated text of resolved parts. */
    static String text(List<XNode> parts) {
        StringBuilder sb = new StringBuilder();
        for (XNode part : parts) {
            if (part instanceof XNode.Text t) {
                sb.append(Event.asText(t.value()));
            } else if (part instanceof XNode.Element e) {
                sb.append(text(e.children()));
            }
        }
        return sb.toString();
    }
}

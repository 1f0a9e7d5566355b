package io.longwatch.formats.evtx;

import io.longwatch.core.event.Event;
import io.longwatch.core.event.EventBuilder;
import io.longwatch.core.time.Timestamps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks one record's compiled BinXML with its substitution values and puts the canonical
 * Windows fields (see the common brief) into an {@link EventBuilder}, without building an XML
 * tree: System child {@code X} gives {@code X}, its attribute {@code Y} gives {@code X_Y};
 * {@code <Data Name="N">} gives {@code N}; unnamed {@code Data} items give {@code Data} (a list,
 * or a string when single); UserData gives the fields of its wrapper element by their own names
 * (deeper elements as dotted paths {@code Child.Sub}); other sections such as
 * {@code ProcessingErrorData} give dotted paths {@code ProcessingErrorData.ErrorCode}, the generic
 * JSON rule. Attributes whose value is null or empty are left out; a System element with neither
 * text nor attributes, or an empty section, gives a present-but-null field, as in the evtx-crate
 * JSON. The JSON reader gives the same fields for that JSON.
 *
 * <p>A record can expand BinXML values inside BinXML values and reference a value many times;
 * the walk charges a {@link WorkBudget}, so crafted input cannot make it explode.
 */
final class EventMapper {

    private static final int ROOT = 0;
    private static final int EVENT = 1;
    private static final int SYSTEM = 2;
    private static final int EVENT_DATA = 3;
    private static final int USER_DATA = 4;
    private static final int FIELDS = 5;
    private static final int SKIP = 6;

    private static final String TIME_FIELD = "TimeCreated_SystemTime";
    private static final String COMPUTER = "Computer";
    private static final String EVENT_RECORD_ID = "EventRecordID";
    private static final String DATA = "Data";
    private static final String NAME = "Name";

    private final BinXmlParser parser;
    private final Map<String, Map<String, String>> joinedNames = new HashMap<>();
    private final Map<String, Map<String, String>> dottedNames = new HashMap<>();

    private byte[] data;
    private EventBuilder out;
    private List<String> unnamedData;
    private boolean unnamedArray;
    private int emitted;
    private long timeMicros;
    private String host;
    private long eventRecordId;
    private final WorkBudget work = new WorkBudget();

    EventMapper(BinXmlParser parser) {
        this.parser = parser;
    }

    /** Maps a record's document into {@code builder} (time and host included). */
    void map(BxNode[] document, EventBuilder builder) {
        this.data = parser.data();
        this.out = builder;
        this.unnamedData = null;
        this.unnamedArray = false;
        this.emitted = 0;
        this.timeMicros = Event.NO_TIME;
        this.host = null;
        this.eventRecordId = -1;
        this.work.reset();
        walk(document, ValueTable.EMPTY, ROOT, 0);
        if (unnamedData != null) {
            // a single item stays a string unless it was an array value (evtx-crate's JSON keeps that a list)
            builder.put(DATA, unnamedData.size() == 1 && !unnamedArray ? unnamedData.get(0) : unnamedData);
        }
        builder.time(timeMicros);
        builder.host(host);
        this.out = null;
    }

    private void walk(BxNode[] nodes, ValueTable values, int section, int depth) {
        walk(nodes, values, section, null, depth);
    }

    /** {@code prefix}: for {@link #FIELDS}, the dotted path of the enclosing elements, or null. */
    private void walk(BxNode[] nodes, ValueTable values, int section, String prefix, int depth) {
        if (depth > BinXmlParser.MAX_DEPTH) {
            throw new MalformedEvtxException("record nests deeper than " + BinXmlParser.MAX_DEPTH);
        }
        for (BxNode node : nodes) {
            work.node();
            if (node instanceof BxNode.Element e) {
                element(e, values, section, prefix, depth);
            } else if (node instanceof BxNode.Instance i) {
                walk(i.template(), i.values(), section, prefix, depth + 1);
            } else if (node instanceof BxNode.Subst s && values.type(s.index()) == ValueType.BINXML) {
                walk(nested(s, values, depth), ValueTable.EMPTY, section, prefix, depth + 1);
            }
        }
    }

    private BxNode[] nested(BxNode.Subst s, ValueTable values, int depth) {
        work.bytes(values.size(s.index()));
        return parser.nestedDocument(values.offset(s.index()), values.size(s.index()), depth);
    }

    private void element(BxNode.Element e, ValueTable values, int section, String prefix, int depth) {
        String name = e.name();
        switch (section) {
            case ROOT -> walk(e.children(), values, "Event".equals(name) ? EVENT : SKIP, depth + 1);
            case EVENT -> {
                int section2 = sectionOf(name);
                int before = emitted;
                walk(e.children(), values, section2, section2 == FIELDS ? name : null, depth + 1);
                if (emitted == before && section2 != SKIP && unnamedData == null) {
                    put(name, null); // an empty section, as evtx-crate's JSON shows it ("EventData": null)
                }
            }
            case SYSTEM -> systemField(e, values, depth);
            case EVENT_DATA -> dataField(e, values, depth);
            case USER_DATA -> walk(e.children(), values, FIELDS, null, depth + 1);
            case FIELDS -> {
                String field = prefix == null ? name : joined(prefix, name, '.');
                if (hasElements(e.children(), values)) {
                    walk(e.children(), values, FIELDS, field, depth + 1);
                } else {
                    put(field, content(e.children(), values, depth));
                }
            }
            default -> {
                // outside Event, or RenderingInfo (its Level/Task texts would shadow System's)
            }
        }
    }

    private static int sectionOf(String name) {
        return switch (name) {
            case "System" -> SYSTEM;
            case "EventData" -> EVENT_DATA;
            case "UserData" -> USER_DATA;
            case "RenderingInfo" -> SKIP;
            default -> FIELDS;
        };
    }

    private void systemField(BxNode.Element e, ValueTable values, int depth) {
        String name = e.name();
        boolean any = false;
        for (BxNode.Attribute a : e.attributes()) {
            String value = Event.asText(content(a.value(), values, depth));
            if (value == null || value.isEmpty()) {
                continue;
            }
            String field = joined(name, a.name());
            if (TIME_FIELD.equals(field)) {
                timeMicros = time(a.value(), values, value);
            }
            put(field, value);
            any = true;
        }
        Object value = content(e.children(), values, depth);
        if (value != null) {
            put(name, value);
            if (COMPUTER.equals(name)) {
                host = Event.asText(value);
            } else if (EVENT_RECORD_ID.equals(name) && value instanceof String id) {
                eventRecordId = parseId(id);
            }
        } else if (!any) {
            put(name, null);
        }
    }

    private void dataField(BxNode.Element e, ValueTable values, int depth) {
        String name = e.name();
        if (!DATA.equals(name)) {
            put(name, content(e.children(), values, depth));
            return;
        }
        BxNode[] nameParts = e.attribute(NAME);
        String field = nameParts == null ? null : Event.asText(content(nameParts, values, depth));
        Object value = content(e.children(), values, depth);
        if (field != null && !field.isEmpty()) {
            put(nameParts.length == 1 && nameParts[0] instanceof BxNode.Text ? field : field.intern(), value);
            return;
        }
        if (unnamedData == null) {
            unnamedData = new ArrayList<>(4);
        }
        if (value instanceof List<?> list) {
            unnamedArray = true;
            for (Object item : list) {
                unnamedData.add(String.valueOf(item));
            }
        } else {
            unnamedData.add(value == null ? "" : (String) value);
        }
    }

    /**
     * The value of an element's content or an attribute's parts: the decoded value when it is a
     * single substitution (a list for arrays), the text otherwise, or null when there is none.
     */
    private Object content(BxNode[] parts, ValueTable values, int depth) {
        if (parts.length == 0) {
            return null;
        }
        if (parts.length == 1) {
            BxNode part = parts[0];
            if (part instanceof BxNode.Subst s) {
                return substitution(s, values, depth);
            }
            if (part instanceof BxNode.Text t) {
                return t.text();
            }
        }
        StringBuilder sb = new StringBuilder();
        boolean any = appendText(sb, parts, values, depth);
        return any ? sb.toString() : null;
    }

    private Object substitution(BxNode.Subst s, ValueTable values, int depth) {
        int index = s.index();
        int type = values.type(index);
        if (type == ValueType.NULL) {
            return null;
        }
        if (type == ValueType.BINXML) {
            StringBuilder sb = new StringBuilder();
            appendText(sb, nested(s, values, depth), ValueTable.EMPTY, depth + 1);
            return sb.toString();
        }
        work.bytes(values.size(index));
        return ValueDecoder.value(data, values.offset(index), values.size(index), type);
    }

    /** Appends the text of the parts (nested elements included); whether there was any part with a value. */
    private boolean appendText(StringBuilder sb, BxNode[] parts, ValueTable values, int depth) {
        if (depth > BinXmlParser.MAX_DEPTH) {
            throw new MalformedEvtxException("record nests deeper than " + BinXmlParser.MAX_DEPTH);
        }
        boolean any = false;
        for (BxNode part : parts) {
            work.node();
            switch (part) {
                case BxNode.Text t -> {
                    sb.append(t.text());
                    any = true;
                }
                case BxNode.Subst s -> {
                    Object v = substitution(s, values, depth);
                    if (v != null) {
                        sb.append(Event.asText(v));
                        any = true;
                    }
                }
                case BxNode.CharRef c -> {
                    sb.append((char) c.codeUnit());
                    any = true;
                }
                case BxNode.EntityRef r -> {
                    String resolved = r.resolved();
                    sb.append(resolved != null ? resolved : "&" + r.name() + ";");
                    any = true;
                }
                case BxNode.Element e -> any |= appendText(sb, e.children(), values, depth + 1);
                case BxNode.Instance i -> any |= appendText(sb, i.template(), i.values(), depth + 1);
                case BxNode.Pi p -> {
                    // processing instructions carry no field text
                }
            }
        }
        return any;
    }

    private boolean hasElements(BxNode[] children, ValueTable values) {
        for (BxNode child : children) {
            if (child instanceof BxNode.Element || child instanceof BxNode.Instance) {
                return true;
            }
            if (child instanceof BxNode.Subst s && values.type(s.index()) == ValueType.BINXML) {
                return true;
            }
        }
        return false;
    }

    private long time(BxNode[] parts, ValueTable values, String text) {
        if (parts.length == 1 && parts[0] instanceof BxNode.Subst s) {
            int i = s.index();
            long micros = ValueDecoder.timeMicros(data, values.offset(i), values.size(i), values.type(i));
            if (micros != Long.MIN_VALUE) {
                return micros;
            }
        }
        return Timestamps.parseMicros(text);
    }

    /** The System EventRecordID of the record last mapped, or -1 when it had none. */
    long eventRecordId() {
        return eventRecordId;
    }

    private static long parseId(String text) {
        long v = 0;
        if (text.isEmpty() || text.length() > 18) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private void put(String name, Object value) {
        out.put(name, value);
        emitted++;
    }

    /** {@code element_attribute}, interned once per pair. */
    private String joined(String element, String attribute) {
        return joined(element, attribute, '_');
    }

    /** {@code first + separator + second}, interned once per triple. */
    private String joined(String first, String second, char separator) {
        Map<String, String> bySecond = (separator == '_' ? joinedNames : dottedNames)
                .computeIfAbsent(first, k -> new HashMap<>());
        String name = bySecond.get(second);
        if (name == null) {
            name = (first + separator + second).intern();
            bySecond.put(second, name);
        }
        return name;
    }
}

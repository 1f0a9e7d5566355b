package io.longwatch.formats.evtx;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Binary XML token streams of one chunk into {@link BxNode}s, with the chunk's name and
 * template caches. One instance per thread, reused across chunks ({@link #startChunk} forgets the
 * caches).
 *
 * <p>Every read is bounds-checked against the current token stream, and every offset taken from
 * the data (names, template definitions) against the chunk. Template references are guarded
 * against cycles and nesting is depth-limited, so damaged input ends in a
 * {@link MalformedEvtxException}, never in a loop or an out-of-bounds read.
 */
final class BinXmlParser {

    static final int CHUNK_SIZE = 0x10000;
    static final int CHUNK_HEADER_SIZE = 512;
    /** Deepest nesting of elements, template instances and BinXML values accepted. */
    static final int MAX_DEPTH = 96;

    private static final Object COMPILING = new Object();

    private final OffsetCache names = new OffsetCache();
    private final OffsetCache templates = new OffsetCache();

    private byte[] data;
    private int base;
    private int limit;

    /** Current token stream: absolute position and end. */
    private int pos;
    private int end;
    /** Inside a BinXML substitution value, element starts carry no dependency identifier. */
    private boolean nested;

    /** Starts a chunk at absolute offset {@code base}; bytes up to {@code limit} (exclusive) exist. */
    void startChunk(byte[] fileData, int chunkBase, int chunkLimit) {
        this.data = fileData;
        this.base = chunkBase;
        this.limit = chunkLimit;
        names.clear();
        templates.clear();
    }

    byte[] data() {
        return data;
    }

    /** Parses the BinXML of one record, {@code [start, stop)} absolute. */
    BxNode[] document(int start, int stop) {
        pos = start;
        end = stop;
        nested = false;
        return nodes(0);
    }

    /** Parses a BinXML value (type 0x21) embedded in a substitution, {@code size} bytes at {@code start}. */
    BxNode[] nestedDocument(int start, int size, int depth) {
        if (depth > MAX_DEPTH) {
            throw new MalformedEvtxException("BinXML values nested deeper than " + MAX_DEPTH);
        }
        int savedPos = pos;
        int savedEnd = end;
        boolean savedNested = nested;
        try {
            pos = start;
            end = start + size;
            nested = true;
            return nodes(depth + 1);
        } finally {
            pos = savedPos;
            end = savedEnd;
            nested = savedNested;
        }
    }

    /** A fragment list: fragment headers, elements, template instances, up to end-of-file or stream end. */
    private BxNode[] nodes(int depth) {
        List<BxNode> out = new ArrayList<>(2);
        while (pos < end) {
            int token = data[pos] & 0xff;
            switch (token) {
                case 0x00 -> {
                    pos++;
                    return out.toArray(new BxNode[0]);
                }
                case 0x0f -> {
                    need(4);
                    pos += 4;
                }
                case 0x0c -> out.add(instance(depth));
                case 0x01, 0x41 -> out.add(element(token, depth));
                case 0x0a -> out.add(pi());
                default -> throw malformed("unexpected token 0x" + Integer.toHexString(token) + " at document level");
            }
        }
        return out.toArray(new BxNode[0]);
    }

    private BxNode.Element element(int token, int depth) {
        if (depth > MAX_DEPTH) {
            throw new MalformedEvtxException("elements nested deeper than " + MAX_DEPTH);
        }
        int start = pos;
        int nameOffset = elementNameOffset(start, nested);
        if (nameOffset < 0) {
            nameOffset = elementNameOffset(start, !nested);
            if (nameOffset < 0) {
                pos = start;
                throw malformed("element name offset out of range");
            }
        }
        String name = nameAndSkip(nameOffset);
        BxNode.Attribute[] attributes = NO_ATTRIBUTES;
        if ((token & 0x40) != 0) {
            need(4);
            pos += 4; // attribute list size: the tokens tell us where it ends
            attributes = attributes();
        }
        need(1);
        int close = data[pos] & 0xff;
        if (close == 0x03) {
            pos++;
            return new BxNode.Element(name, attributes, NO_NODES);
        }
        if (close != 0x02) {
            throw malformed("expected end of start tag of <" + name + ">, found token 0x" + Integer.toHexString(close));
        }
        pos++;
        return new BxNode.Element(name, attributes, content(name, depth));
    }

    /**
     * Reads the name offset of an element start, with or without the 2-byte dependency
     * identifier, and leaves {@code pos} after it; returns -1 when that layout gives an offset
     * that cannot be a name (names are always defined at or before their first use).
     */
    private int elementNameOffset(int start, boolean withoutDependency) {
        int header = withoutDependency ? 9 : 11;
        pos = start;
        need(header);
        int nameOffset = Le.i32(data, start + header - 4);
        int here = start + header - base;
        if (nameOffset < 0 || nameOffset > here || base + nameOffset + 8 > limit) {
            return -1;
        }
        pos = start + header;
        return nameOffset;
    }

    private static final BxNode.Attribute[] NO_ATTRIBUTES = new BxNode.Attribute[0];
    private static final BxNode[] NO_NODES = new BxNode[0];

    private BxNode.Attribute[] attributes() {
        List<BxNode.Attribute> out = new ArrayList<>(4);
        while (pos < end && ((data[pos] & 0xff) == 0x06 || (data[pos] & 0xff) == 0x46)) {
            int token = data[pos] & 0xff;
            need(5);
            int nameOffset = Le.i32(data, pos + 1);
            pos += 5;
            String name = nameAndSkip(nameOffset);
            out.add(new BxNode.Attribute(name, valueParts()));
            if (token == 0x06) {
                break;
            }
        }
        return out.toArray(NO_ATTRIBUTES);
    }

    /** The parts of an attribute value: text, substitutions and references. */
    private BxNode[] valueParts() {
        List<BxNode> parts = new ArrayList<>(1);
        while (pos < end) {
            int token = data[pos] & 0xff;
            switch (token) {
                case 0x05, 0x45 -> parts.add(new BxNode.Text(valueText().intern(), false));
                case 0x0d, 0x0e -> parts.add(substitution(token));
                case 0x08, 0x48 -> parts.add(charRef());
                case 0x09, 0x49 -> parts.add(entityRef());
                default -> {
                    return parts.toArray(NO_NODES);
                }
            }
        }
        return parts.toArray(NO_NODES);
    }

    private BxNode[] content(String elementName, int depth) {
        List<BxNode> out = new ArrayList<>(2);
        while (true) {
            need(1);
            int token = data[pos] & 0xff;
            switch (token) {
                case 0x04 -> {
                    pos++;
                    return out.toArray(NO_NODES);
                }
                case 0x01, 0x41 -> out.add(element(token, depth + 1));
                case 0x05, 0x45 -> out.add(new BxNode.Text(valueText(), false));
                case 0x07, 0x47 -> out.add(cdata());
                case 0x08, 0x48 -> out.add(charRef());
                case 0x09, 0x49 -> out.add(entityRef());
                case 0x0a -> out.add(pi());
                case 0x0d, 0x0e -> out.add(substitution(token));
                case 0x0c -> out.add(instance(depth + 1));
                default -> throw malformed("unexpected token 0x" + Integer.toHexString(token)
                        + " in content of <" + elementName + ">");
            }
        }
    }

    /** Value text: token, value type, character count, characters. */
    private String valueText() {
        return countedText(4);
    }

    private BxNode cdata() {
        return new BxNode.Text(countedText(3), true);
    }

    /** UTF-16 text whose character count is the 2 bytes ending a {@code header}-byte prefix. */
    private String countedText(int header) {
        need(header);
        int units = Le.u16(data, pos + header - 2);
        pos += header;
        need(2 * units);
        String s = Utf16.decode(data, pos, units);
        pos += 2 * units;
        return s;
    }

    private BxNode charRef() {
        need(3);
        int unit = Le.u16(data, pos + 1);
        pos += 3;
        return new BxNode.CharRef(unit);
    }

    private BxNode entityRef() {
        need(5);
        int nameOffset = Le.i32(data, pos + 1);
        pos += 5;
        return new BxNode.EntityRef(nameAndSkip(nameOffset));
    }

    private BxNode pi() {
        need(5);
        int nameOffset = Le.i32(data, pos + 1);
        pos += 5;
        String target = nameAndSkip(nameOffset);
        String text = "";
        if (pos < end && (data[pos] & 0xff) == 0x0b) {
            text = countedText(3);
        }
        return new BxNode.Pi(target, text);
    }

    private BxNode substitution(int token) {
        need(4);
        int index = Le.u16(data, pos + 1);
        int type = data[pos + 3] & 0xff;
        pos += 4;
        return new BxNode.Subst(index, type, token == 0x0e);
    }

    private BxNode.Instance instance(int depth) {
        if (depth > MAX_DEPTH) {
            throw new MalformedEvtxException("template instances nested deeper than " + MAX_DEPTH);
        }
        need(10);
        int definition = Le.i32(data, pos + 6);
        pos += 10;
        BxNode[] template;
        if (definition == pos - base) {
            // the definition follows inline (first use in this chunk): compile it, then step over it
            need(24);
            int size = Le.i32(data, pos + 20);
            if (size < 0 || size > end - pos - 24) {
                throw malformed("inline template definition of " + size + " bytes overruns the record");
            }
            template = template(definition, depth);
            pos += 24 + size;
        } else {
            template = template(definition, depth);
        }
        return new BxNode.Instance(template, values());
    }

    /** The template instance data: value count, descriptors, then the values themselves. */
    private ValueTable values() {
        need(4);
        int count = Le.i32(data, pos);
        pos += 4;
        if (count < 0 || count > (end - pos) / 4) {
            throw malformed("template instance declares " + count + " values, more than the record can hold");
        }
        int[] offsets = new int[count];
        int[] sizes = new int[count];
        byte[] types = new byte[count];
        int valuePos = pos + 4 * count;
        for (int i = 0; i < count; i++) {
            int d = pos + 4 * i;
            sizes[i] = Le.u16(data, d);
            types[i] = data[d + 2];
            offsets[i] = valuePos;
            valuePos += sizes[i];
        }
        if (valuePos > end) {
            pos += 4 * count;
            throw malformed("template values overrun the record by " + (valuePos - end) + " bytes");
        }
        pos = valuePos;
        return new ValueTable(offsets, sizes, types, count);
    }

    /** The compiled template whose definition is at chunk offset {@code definition}. */
    private BxNode[] template(int definition, int depth) {
        if (definition < CHUNK_HEADER_SIZE || definition > CHUNK_SIZE - 24 || base + definition + 24 > limit) {
            throw malformed("template definition offset 0x" + Integer.toHexString(definition) + " outside the chunk");
        }
        Object cached = templates.get(definition);
        if (cached != null) {
            if (cached instanceof BxNode[] nodes) {
                return nodes;
            }
            if (cached == COMPILING) {
                throw malformed("template at 0x" + Integer.toHexString(definition) + " refers to itself");
            }
            throw (MalformedEvtxException) cached;
        }
        int at = base + definition;
        int size = Le.i32(data, at + 20);
        if (size < 0 || size > limit - at - 24) {
            throw malformed("template at 0x" + Integer.toHexString(definition) + " has size " + size
                    + " beyond the chunk");
        }
        templates.put(definition, COMPILING);
        int savedPos = pos;
        int savedEnd = end;
        boolean savedNested = nested;
        try {
            pos = at + 24;
            end = at + 24 + size;
            nested = false;
            BxNode[] nodes = nodes(depth + 1);
            templates.put(definition, nodes);
            return nodes;
        } catch (MalformedEvtxException e) {
            MalformedEvtxException failure = new MalformedEvtxException(
                    "template at 0x" + Integer.toHexString(definition) + ": " + e.getMessage());
            templates.put(definition, failure);
            throw failure;
        } finally {
            pos = savedPos;
            end = savedEnd;
            nested = savedNested;
        }
    }

    /** The name at chunk offset {@code offset}; when it is stored right here, steps over it. */
    private String nameAndSkip(int offset) {
        String name = name(offset);
        if (offset == pos - base) {
            int size = 8 + 2 * Le.u16(data, pos + 6) + 2;
            need(size);
            pos += size;
        }
        return name;
    }

    private String name(int offset) {
        if (offset < 0 || offset >= CHUNK_SIZE || base + offset + 8 > limit) {
            throw malformed("name offset 0x" + Integer.toHexString(offset) + " outside the chunk");
        }
        Object cached = names.get(offset);
        if (cached != null) {
            return (String) cached;
        }
        int at = base + offset;
        int units = Le.u16(data, at + 6);
        if (at + 8 + 2 * units > limit) {
            throw malformed("name at 0x" + Integer.toHexString(offset) + " runs past the chunk");
        }
        String name = Utf16.decode(data, at + 8, units).intern();
        names.put(offset, name);
        return name;
    }

    private void need(int bytes) {
        if (bytes < 0 || pos + bytes > end) {
            throw malformed("BinXML ends early (needs " + bytes + " more bytes)");
        }
    }

    private MalformedEvtxException malformed(String message) {
        return new MalformedEvtxException(message + " at chunk offset 0x" + Integer.toHexString(pos - base));
    }
}

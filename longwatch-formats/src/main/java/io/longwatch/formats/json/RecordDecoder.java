package io.longwatch.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.longwatch.core.event.Event;
import io.longwatch.core.event.SourceRef;
import io.longwatch.formats.FieldInterest;
import io.longwatch.formats.zeek.ZeekLogPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns one JSON record (a byte slice holding one object) into an {@link Event}: walks the
 * object once, keeps the values some layout needs, then picks the record's layout from the
 * paths it saw and names the fields the layout's way.
 *
 * <p>An object is walked first by the {@link ByteRecordWalker}, straight from its bytes; when
 * the walker gives up (anything it cannot vouch for decoding exactly as Jackson does), the
 * per-record state is reset and Jackson decodes the record, so errors and their places stay
 * Jackson's. Both walks feed the same {@link #add} calls. Values are decoded only when the node
 * plan says so; unwanted strings are merely skipped. Arrays of scalars become {@code List<String>}; arrays
 * that contain objects or arrays are kept as their JSON text (a {@code String}), because
 * index-less flattening loses which values belonged together.
 *
 * <p>Not thread-safe; one per reader.
 */
final class RecordDecoder {


    private final JsonFactory factory;
    private final PathTree tree;
    private final EventTimes times = new EventTimes();

    private PathNode[] nodes = new PathNode[64];
    private Object[] values = new Object[64];
    private int count;
    private long detectMask;
    private final Object[] timeByRank = new Object[Byte.MAX_VALUE + 1];
    private final Object[] hostByRank = new Object[Byte.MAX_VALUE + 1];

    /** Slice being decoded, for copying raw JSON text of complex arrays. */
    private byte[] sliceBuf;
    private int sliceOff;

    private final List<Event> events = new ArrayList<>();
    private int notObjects;
    private long recordNumber;
    private int consumed;
    private int extraLines;
    private boolean duplicateKeys;
    /** The display path whose Zeek log path was worked out last, and that log path. */
    private String logPathSource;
    private String logPathFromFile;

    /** Byte-level walker tried first for objects; null when only Jackson is used. */
    private final ByteRecordWalker walker;
    /** Objects decoded by the walker, and by Jackson, so far. */
    private long walkedObjects;
    private long jacksonObjects;

    RecordDecoder(JsonFactory factory, LayoutSet layouts, FieldInterest interest) {
        this(factory, layouts, interest, true);
    }

    /**
     * @param fastPath whether to try the byte walker before Jackson (false only to compare the
     *                 two in tests)
     */
    RecordDecoder(JsonFactory factory, LayoutSet layouts, FieldInterest interest, boolean fastPath) {
        this.factory = factory;
        this.tree = new PathTree(layouts, interest);
        this.walker = fastPath ? new ByteRecordWalker(tree, this) : null;
    }

    /** Objects the byte walker decoded so far. */
    long walkedObjects() {
        return walkedObjects;
    }

    /** Objects Jackson decoded so far (walker disabled, gave up, or record inside an array). */
    long jacksonObjects() {
        return jacksonObjects;
    }

    /**
     * The events built by the last {@link #decode}: one for an object, one per object element
     * for an array of objects. Valid until the next call.
     */
    List<Event> events() {
        return events;
    }

    /** Values of the last record that were not objects (the record itself, or array elements). */
    int notObjects() {
        return notObjects;
    }

    /** Bytes of the slice the last decoded value took (from the slice start to just after it). */
    int consumed() {
        return consumed;
    }

    /** Line breaks inside the last decoded value (0 for a one-line record). */
    int extraLines() {
        return extraLines;
    }

    private void noteEnd(JsonParser p) {
        JsonLocation end = p.currentLocation();
        consumed = (int) end.getByteOffset();
        extraLines = Math.max(0, end.getLineNr() - 1);
    }

    /**
     * Decodes the one JSON value at the start of {@code buf[off, off+len)} into {@link #events()};
     * what follows it is the caller's business (see {@link #consumed()}).
     *
     * @throws IOException for malformed JSON (a {@code JsonProcessingException} with Jackson's location)
     */
    void decode(byte[] buf, int off, int len, String path, long line) throws IOException {
        events.clear();
        notObjects = 0;
        if (walker != null && len > 0 && buf[off] == '{') {
            startObject();
            int walked = walker.walk(buf, off, len);
            if (walked >= 0) {
                detectMask = walker.detectMask();
                events.add(assemble(path, line));
                consumed = walked;
                extraLines = walker.extraLines();
                walkedObjects++;
                return;
            }
            // Given up: forget what the walker fed and let Jackson decode (and judge) the record.
            Arrays.fill(values, 0, count, null);
        }
        sliceBuf = buf;
        sliceOff = off;
        try (JsonParser p = factory.createParser(buf, off, len)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                decodeObject(p, path, line);
            } else if (first == JsonToken.START_ARRAY) {
                // An array of records on one line (or nested in a document): each object is one.
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t == null) {
                        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end inside an array");
                    }
                    if (t == JsonToken.START_OBJECT) {
                        decodeObject(p, path, line);
                    } else {
                        p.skipChildren();
                        notObjects++;
                    }
                }
            } else {
                // Let Jackson finish reading the value so syntax errors win over "not an object".
                p.finishToken();
                notObjects = 1;
            }
            noteEnd(p);
        } finally {
            sliceBuf = null;
        }
    }

    private void decodeObject(JsonParser p, String path, long line) throws IOException {
        startObject();
        walkObject(p, tree.root());
        jacksonObjects++;
        events.add(assemble(path, line));
    }

    /** Resets the per-object state. */
    private void startObject() {
        count = 0;
        detectMask = 0L;
        recordNumber++;
        duplicateKeys = false;
    }

    private void walkObject(JsonParser p, PathNode parent) throws IOException {
        PathNode prev = null;
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            PathNode guess = parent.guessAfter(prev);
            PathNode node;
            if (guess != null && guess.key == name) {
                node = guess;
            } else {
                node = tree.child(parent, name);
                parent.learnAfter(prev, node);
            }
            prev = node;
            detectMask |= node.detectBits;
            switch (p.nextToken()) {
                case START_OBJECT -> walkObject(p, node);
                case START_ARRAY -> {
                    if (node.decode) {
                        add(node, readArray(p));
                    } else {
                        p.skipChildren();
                    }
                }
                case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    // Not calling getText() leaves the value undecoded: Jackson skips it lazily.
                    if (node.decode) {
                        add(node, p.getText());
                    }
                }
                case VALUE_TRUE -> {
                    if (node.decode) {
                        add(node, "true");
                    }
                }
                case VALUE_FALSE -> {
                    if (node.decode) {
                        add(node, "false");
                    }
                }
                case VALUE_NULL -> {
                    if (node.decode) {
                        add(node, null);
                    }
                }
                default -> p.skipChildren();
            }
        }
    }

    /** Scalars -> List of text; anything nested -> the array's JSON text as written. */
    private Object readArray(JsonParser p) throws IOException {
        long start = p.currentTokenLocation().getByteOffset();
        List<String> items = new ArrayList<>();
        boolean complex = false;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end inside an array");
            }
            switch (t) {
                case START_OBJECT, START_ARRAY -> {
                    complex = true;
                    p.skipChildren();
                }
                case VALUE_NULL -> items.add(null);
                case VALUE_TRUE -> items.add("true");
                case VALUE_FALSE -> items.add("false");
                default -> items.add(p.getText());
            }
        }
        if (!complex) {
            return items;
        }
        long end = p.currentTokenLocation().getByteOffset() + 1;
        return new String(sliceBuf, sliceOff + (int) start, (int) (end - start), StandardCharsets.UTF_8);
    }

    /** Records the value of one path of the current object (for both walks). */
    void add(PathNode node, Object value) {
        if (node.lastRecord == recordNumber) {
            duplicateKeys = true; // the same key twice in one object: last one wins, as in EventBuilder
        }
        node.lastRecord = recordNumber;
        if (count == nodes.length) {
            nodes = Arrays.copyOf(nodes, count * 2);
            values = Arrays.copyOf(values, count * 2);
        }
        nodes[count] = node;
        values[count] = value;
        count++;
    }

    private Event assemble(String path, long line) {
        int li = tree.layoutFor(detectMask);
        long recordId = -1;
        Layout layout = tree.layout(li);
        String logPathField = layout.logPathField();
        int capacity = logPathField == null ? count : count + 1;
        String[] names = new String[capacity];
        Object[] fieldValues = new Object[capacity];
        int size = 0;
        int maxTime = -1;
        int maxHost = -1;
        for (int i = 0; i < count; i++) {
            PathNode node = nodes[i];
            String name = node.canonical[li];
            if (name == null) {
                continue;
            }
            Object value = values[i];
            if (node.emit[li]) {
                int at = size;
                if (duplicateKeys || node.mayCollide[li]) {
                    // Rare: two paths (or a repeated key) give this name; the last value wins.
                    for (int k = 0; k < size; k++) {
                        if (names[k] == name) {
                            at = k;
                            break;
                        }
                    }
                }
                names[at] = name;
                fieldValues[at] = value;
                if (at == size) {
                    size++;
                }
            }
            int tr = node.timeRank[li];
            if (tr >= 0 && timeByRank[tr] == null && value instanceof String) {
                timeByRank[tr] = value;
                maxTime = Math.max(maxTime, tr);
            }
            int hr = node.hostRank[li];
            if (hr >= 0 && hostByRank[hr] == null && value instanceof String) {
                hostByRank[hr] = value;
                maxHost = Math.max(maxHost, hr);
            }
            if (node.recordId[li] && value instanceof String s) {
                recordId = parseNonNegativeLong(s);
            }
        }
        if (logPathField != null) {
            size = addLogPath(logPathField, path, names, fieldValues, size);
        }
        long micros = Event.NO_TIME;
        for (int r = 0; r <= maxTime; r++) {
            Object t = timeByRank[r];
            timeByRank[r] = null;
            if (t != null && micros == Event.NO_TIME) {
                micros = times.parseMicros((String) t);
            }
        }
        String host = null;
        for (int r = 0; r <= maxHost; r++) {
            Object h = hostByRank[r];
            hostByRank[r] = null;
            if (h != null && host == null) {
                host = (String) h;
            }
        }
        Arrays.fill(values, 0, count, null);
        return new Event(names, fieldValues, size, micros, host, new SourceRef(path, line, recordId));
    }

    /** Adds the Zeek log path from the file name unless the record named its own. */
    private int addLogPath(String field, String path, String[] names, Object[] fieldValues, int size) {
        for (int k = 0; k < size; k++) {
            if (names[k] == field) {
                return size;
            }
        }
        if (path != logPathSource) {
            logPathSource = path;
            logPathFromFile = ZeekLogPath.fromFileName(path);
        }
        if (logPathFromFile == null) {
            return size;
        }
        names[size] = field;
        fieldValues[size] = logPathFromFile;
        return size + 1;
    }

    private static long parseNonNegativeLong(String s) {
        int n = s.length();
        if (n == 0 || n > 18) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}

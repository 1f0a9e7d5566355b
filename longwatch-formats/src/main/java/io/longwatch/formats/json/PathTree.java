package io.longwatch.formats.json;

import io.longwatch.core.event.WindowsFields;
import io.longwatch.formats.FieldInterest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-reader cache of {@link PathNode}s, keyed by (parent, key). Keys come interned from
 * Jackson, built names are interned here once per distinct path, not once per event. The
 * cache is bounded so hostile input with endless distinct keys cannot grow it without limit;
 * past the bound nodes are planned afresh each time (slower, still correct).
 */
final class PathTree {

    static final int MAX_CACHED_NODES = 100_000;

    private final LayoutSet layouts;
    private final FieldInterest interest;
    /** One bit per distinct detect path of any layout. */
    private final Map<String, Long> detectBitsByPath = new HashMap<>();
    private final long[] allMasks;
    private final long[] anyMasks;
    private final PathNode root;
    private int cached;
    /** Per layout: the first node seen for each canonical name, to flag names two paths share. */
    private final List<Map<String, PathNode>> nodeByName = new java.util.ArrayList<>();

    PathTree(LayoutSet layouts, FieldInterest interest) {
        this.layouts = layouts;
        this.interest = interest;
        int n = layouts.size();
        allMasks = new long[n];
        anyMasks = new long[n];
        for (int i = 0; i < n; i++) {
            Layout layout = layouts.get(i);
            for (String p : layout.detectAll()) {
                allMasks[i] |= bitFor(p);
            }
            for (String p : layout.detectAny()) {
                anyMasks[i] |= bitFor(p);
            }
        }
        for (int i = 0; i < n; i++) {
            nodeByName.add(new HashMap<>());
        }
        root = new PathNode(null, new String[0], "", new String[n], new boolean[n], minusOnes(n),
                minusOnes(n), new boolean[n], 0L);
    }

    private long bitFor(String path) {
        Long bit = detectBitsByPath.get(path);
        if (bit == null) {
            if (detectBitsByPath.size() == Long.SIZE) {
                throw new IllegalStateException("more than 64 distinct detect paths in the layouts");
            }
            bit = 1L << detectBitsByPath.size();
            detectBitsByPath.put(path, bit);
        }
        return bit;
    }

    /**
     * The index of the first layout whose detect paths are all present (and, when it lists
     * "any" paths, at least one of those); the last layout (generic) otherwise.
     *
     * @param seen OR of {@link PathNode#detectBits} over the record's paths
     */
    int layoutFor(long seen) {
        int n = allMasks.length;
        for (int i = 0; i < n - 1; i++) {
            long all = allMasks[i];
            long any = anyMasks[i];
            if ((seen & all) == all && (any == 0 || (seen & any) != 0)) {
                return i;
            }
        }
        return n - 1;
    }

    Layout layout(int index) {
        return layouts.get(index);
    }

    PathNode root() {
        return root;
    }

    /** The node for {@code key} under {@code parent}; {@code key} should be interned. */
    PathNode child(PathNode parent, String key) {
        PathNode node = parent.cachedChild(key);
        if (node != null) {
            return node;
        }
        boolean cache = cached < MAX_CACHED_NODES;
        node = plan(parent, key, cache);
        if (cache) {
            parent.cacheChild(key, node);
            cached++;
        }
        return node;
    }

    private PathNode plan(PathNode parent, String key, boolean cache) {
        String[] keys = Arrays.copyOf(parent.keys, parent.keys.length + 1);
        keys[keys.length - 1] = key;
        String path = (parent.path.isEmpty() ? key : parent.path + "." + key).intern();
        int n = layouts.size();
        String[] canonical = new String[n];
        boolean[] emit = new boolean[n];
        byte[] timeRank = minusOnes(n);
        byte[] hostRank = minusOnes(n);
        boolean[] recordId = new boolean[n];
        for (int i = 0; i < n; i++) {
            Layout layout = layouts.get(i);
            String name = layout.canonicalName(keys, path);
            if (name == null) {
                continue;
            }
            name = name.intern();
            canonical[i] = name;
            emit[i] = interest.wants(name) || (layout.windows() && layouts.alwaysMaterialised(name))
                    || name == layout.logPathField();
            timeRank[i] = rank(layout.timeFields(), name);
            hostRank[i] = rank(layout.hostFields(), name);
            recordId[i] = layout.windows() && name == WindowsFields.EVENT_RECORD_ID;
        }
        long bits = detectBitsByPath.getOrDefault(path, 0L);
        PathNode node = new PathNode(parent, keys, path, canonical, emit, timeRank, hostRank, recordId, bits);
        for (int i = 0; i < n; i++) {
            if (!cache) {
                node.mayCollide[i] = true; // not tracked past the bound: always check for a clash
            } else if (canonical[i] != null) {
                PathNode other = nodeByName.get(i).putIfAbsent(canonical[i], node);
                if (other != null) {
                    other.mayCollide[i] = true;
                    node.mayCollide[i] = true;
                }
            }
        }
        return node;
    }

    private static byte rank(List<String> names, String name) {
        int i = names.indexOf(name);
        return (byte) Math.min(i, Byte.MAX_VALUE);
    }

    private static byte[] minusOnes(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) -1);
        return b;
    }
}

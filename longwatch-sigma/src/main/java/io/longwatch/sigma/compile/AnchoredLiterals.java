package io.longwatch.sigma.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Trigger literals that must sit at the start of a value, at its end, or be all of it, checked
 * by walking a trie from that end of the value: the cost is the length of the longest literal
 * that agrees with the value, not the length of the value. Most Sigma values are
 * {@code endswith} an image name, {@code startswith} a path or equal to a code, so a field's
 * prefilter mostly reads a few characters. Case-insensitive like {@link LiteralAutomaton}
 * (literals lower-case, text lowered character by character). Immutable.
 */
public final class AnchoredLiterals {

    private final Trie forward;
    private final Trie backward;

    /**
     * @param starts literals that must begin the value, with their payloads
     * @param ends literals that must end it
     * @param wholes literals that must be the whole value
     */
    AnchoredLiterals(List<String> starts, List<Integer> startPayloads, List<String> ends, List<Integer> endPayloads,
            List<String> wholes, List<Integer> wholePayloads) {
        TrieBuilder f = new TrieBuilder();
        for (int i = 0; i < starts.size(); i++) {
            f.add(starts.get(i), startPayloads.get(i), false);
        }
        for (int i = 0; i < wholes.size(); i++) {
            f.add(wholes.get(i), wholePayloads.get(i), true);
        }
        TrieBuilder b = new TrieBuilder();
        for (int i = 0; i < ends.size(); i++) {
            b.add(new StringBuilder(ends.get(i)).reverse().toString(), endPayloads.get(i), false);
        }
        this.forward = f.isEmpty() ? null : f.build();
        this.backward = b.isEmpty() ? null : b.build();
    }

    /** Reports the payloads of the literals that sit where they must in {@code text}. */
    public void match(String text, LiteralAutomaton.Hits hits) {
        int n = text.length();
        if (forward != null) {
            int node = 0;
            int i = 0;
            for (; i < n; i++) {
                node = forward.child(node, lower(text.charAt(i)));
                if (node < 0) {
                    break;
                }
                forward.reportPrefix(node, hits);
            }
            if (i == n && node >= 0) {
                forward.reportWhole(node, hits);
            }
        }
        if (backward != null) {
            int node = 0;
            for (int i = n - 1; i >= 0; i--) {
                node = backward.child(node, lower(text.charAt(i)));
                if (node < 0) {
                    break;
                }
                backward.reportPrefix(node, hits);
            }
        }
    }

    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /** A trie in flat arrays: per node a sorted edge range, payloads on reaching it and on ending there. */
    private static final class Trie {
        final int[] edgeStart;
        final char[] edgeChar;
        final int[] edgeTarget;
        final int[] prefixStart;
        final int[] prefixPayload;
        final int[] wholeStart;
        final int[] wholePayload;

        Trie(int[] edgeStart, char[] edgeChar, int[] edgeTarget, int[] prefixStart, int[] prefixPayload,
                int[] wholeStart, int[] wholePayload) {
            this.edgeStart = edgeStart;
            this.edgeChar = edgeChar;
            this.edgeTarget = edgeTarget;
            this.prefixStart = prefixStart;
            this.prefixPayload = prefixPayload;
            this.wholeStart = wholeStart;
            this.wholePayload = wholePayload;
        }

        int child(int node, char c) {
            return SortedEdges.find(edgeStart, edgeChar, edgeTarget, node, c);
        }

        void reportPrefix(int node, LiteralAutomaton.Hits hits) {
            for (int k = prefixStart[node], end = prefixStart[node + 1]; k < end; k++) {
                hits.hit(prefixPayload[k]);
            }
        }

        void reportWhole(int node, LiteralAutomaton.Hits hits) {
            for (int k = wholeStart[node], end = wholeStart[node + 1]; k < end; k++) {
                hits.hit(wholePayload[k]);
            }
        }
    }

    private static final class TrieBuilder {
        final List<TreeMap<Character, Integer>> children = new ArrayList<>();
        final List<List<Integer>> prefix = new ArrayList<>();
        final List<List<Integer>> whole = new ArrayList<>();

        TrieBuilder() {
            newNode();
        }

        private int newNode() {
            children.add(new TreeMap<>());
            prefix.add(new ArrayList<>());
            whole.add(new ArrayList<>());
            return children.size() - 1;
        }

        boolean isEmpty() {
            return children.size() == 1 && prefix.get(0).isEmpty() && whole.get(0).isEmpty();
        }

        void add(String literal, int payload, boolean wholeValue) {
            int node = 0;
            for (int i = 0; i < literal.length(); i++) {
                Integer next = children.get(node).get(literal.charAt(i));
                if (next == null) {
                    next = newNode();
                    children.get(node).put(literal.charAt(i), next);
                }
                node = next;
            }
            List<Integer> out = wholeValue ? whole.get(node) : prefix.get(node);
            if (!out.contains(payload)) {
                out.add(payload);
            }
        }

        Trie build() {
            int n = children.size();
            int[] edgeStart = new int[n + 1];
            int edges = 0;
            for (TreeMap<Character, Integer> c : children) {
                edges += c.size();
            }
            char[] edgeChar = new char[edges];
            int[] edgeTarget = new int[edges];
            int[] prefixStart = new int[n + 1];
            int[] wholeStart = new int[n + 1];
            List<Integer> prefixAll = new ArrayList<>();
            List<Integer> wholeAll = new ArrayList<>();
            int k = 0;
            for (int node = 0; node < n; node++) {
                edgeStart[node] = k;
                for (var e : children.get(node).entrySet()) {
                    edgeChar[k] = e.getKey();
                    edgeTarget[k] = e.getValue();
                    k++;
                }
                prefixStart[node] = prefixAll.size();
                prefixAll.addAll(prefix.get(node));
                wholeStart[node] = wholeAll.size();
                wholeAll.addAll(whole.get(node));
            }
            edgeStart[n] = k;
            prefixStart[n] = prefixAll.size();
            wholeStart[n] = wholeAll.size();
            return new Trie(edgeStart, edgeChar, edgeTarget, prefixStart,
                    prefixAll.stream().mapToInt(Integer::intValue).toArray(), wholeStart,
                    wholeAll.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}

package io.longwatch.sigma.compile;

/**
 * Transitions of a trie or automaton kept in flat arrays: node {@code n}'s edges are the entries
 * {@code [start[n], start[n + 1])}, sorted by character, so a step is a binary search.
 */
final class SortedEdges {

    private SortedEdges() {
    }

    /** The target of {@code node}'s edge on {@code c}, or -1. */
    static int find(int[] start, char[] chars, int[] targets, int node, char c) {
        int lo = start[node];
        int hi = start[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = chars[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return targets[mid];
            }
        }
        return -1;
    }
}

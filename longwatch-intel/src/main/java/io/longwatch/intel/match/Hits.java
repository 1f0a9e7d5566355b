package io.longwatch.intel.match;

/**
 * The index hits of one event, collected into reused parallel arrays so an event with no hit costs
 * no allocation: which indicator group matched, in which field, and the region of the value that did.
 */
final class Hits {

    int size;
    int[] groups = new int[8];
    int[] fields = new int[8];
    String[] values = new String[8];
    int[] froms = new int[8];
    int[] tos = new int[8];

    void clear() {
        for (int i = 0; i < size; i++) {
            values[i] = null;
        }
        size = 0;
    }

    void add(int group, int field, String value, int from, int to) {
        if (size == groups.length) {
            int n = size * 2;
            groups = java.util.Arrays.copyOf(groups, n);
            fields = java.util.Arrays.copyOf(fields, n);
            values = java.util.Arrays.copyOf(values, n);
            froms = java.util.Arrays.copyOf(froms, n);
            tos = java.util.Arrays.copyOf(tos, n);
        }
        groups[size] = group;
        fields[size] = field;
        values[size] = value;
        froms[size] = from;
        tos[size] = to;
        size++;
    }
}

package io.longwatch.formats.evtx;

/**
 * The substitution values of one template instance: for value {@code i}, its type and where its
 * bytes lie in the file buffer. Values are decoded only when a renderer asks for them.
 */
final class ValueTable {

    static final ValueTable EMPTY = new ValueTable(new int[0], new int[0], new byte[0], 0);

    private final int[] offsets;
    private final int[] sizes;
    private final byte[] types;
    private final int count;

    ValueTable(int[] offsets, int[] sizes, byte[] types, int count) {
        this.offsets = offsets;
        this.sizes = sizes;
        this.types = types;
        this.count = count;
    }

    int count() {
        return count;
    }

    /** The value's type, or {@link ValueType#NULL} when the index is beyond the table (an unset value). */
    int type(int index) {
        return index < count ? types[index] & 0xff : ValueType.NULL;
    }

    int offset(int index) {
        return index < count ? offsets[index] : 0;
    }

    int size(int index) {
        return index < count ? sizes[index] : 0;
    }
}

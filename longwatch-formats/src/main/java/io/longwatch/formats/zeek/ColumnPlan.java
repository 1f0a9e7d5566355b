package io.longwatch.formats.zeek;

import io.longwatch.formats.FieldInterest;

/**
 * What to do with each column of a header block, worked out once per {@code #fields}/{@code #types}
 * pair: its interned name, whether the caller wants it, and how its type reads.
 */
final class ColumnPlan {

    /** Plain text as written (counts, addresses, enums, intervals, times, strings, ...). */
    static final byte SCALAR = 0;
    /** {@code bool}: Zeek writes {@code T}/{@code F}; events carry {@code true}/{@code false} as Zeek's JSON does. */
    static final byte BOOL = 1;
    /** {@code set[...]}, {@code vector[...]}, {@code table[...]}: a list split on the set separator. */
    static final byte CONTAINER = 2;

    /** Name of the column that holds the event time. */
    static final String TIME_FIELD = "ts";

    final String[] names;
    final byte[] kinds;
    final boolean[] emit;
    final int emitCount;
    /** Index of the {@code ts} column, or -1. */
    final int timeColumn;

    private ColumnPlan(String[] names, byte[] kinds, boolean[] emit, int emitCount, int timeColumn) {
        this.names = names;
        this.kinds = kinds;
        this.emit = emit;
        this.emitCount = emitCount;
        this.timeColumn = timeColumn;
    }

    /**
     * The plan for {@code fields} with {@code types} (null, or of another length, when the
     * header has no usable {@code #types}: every column is then read as plain text).
     */
    static ColumnPlan of(String[] fields, String[] types, FieldInterest interest) {
        int n = fields.length;
        byte[] kinds = new byte[n];
        boolean[] emit = new boolean[n];
        int emitCount = 0;
        int time = -1;
        boolean typed = types != null && types.length == n;
        for (int i = 0; i < n; i++) {
            kinds[i] = typed ? kindOf(types[i]) : SCALAR;
            emit[i] = interest.wants(fields[i]);
            if (emit[i]) {
                emitCount++;
            }
            if (time < 0 && fields[i].equals(TIME_FIELD)) {
                time = i;
            }
        }
        return new ColumnPlan(fields, kinds, emit, emitCount, time);
    }

    int size() {
        return names.length;
    }

    private static byte kindOf(String type) {
        if (type.equals("bool")) {
            return BOOL;
        }
        if (type.startsWith("set[") || type.startsWith("vector[") || type.startsWith("table[")) {
            return CONTAINER;
        }
        return SCALAR;
    }
}

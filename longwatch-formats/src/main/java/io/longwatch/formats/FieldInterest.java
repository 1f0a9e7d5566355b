package io.longwatch.formats;

import java.util.Set;

/**
 * Which canonical field names a consumer will read. Readers only have to decode the values of
 * wanted fields (skipping string values undecoded is the main speed lever); they always
 * materialise the Windows System fields that routing and time need.
 */
@FunctionalInterface
public interface FieldInterest {

    /** Whether values of this canonical field name should be materialised. */
    boolean wants(String canonicalName);

    /**
     * Whether {@link #forRecord} may narrow or widen the interest per record; readers that can
     * defer decoding ask it only then.
     */
    default boolean refinesPerRecord() {
        return false;
    }

    /**
     * The interest for one record, once the reader knows its {@code Channel} and {@code EventID}
     * (null when the record has none): lets a consumer whose needs depend on the kind of event
     * (rules routed by channel and EventID) leave the other values undecoded. {@code record[offset,
     * offset + length)} holds the record's raw bytes (e.g. its JSON text), so the consumer may
     * widen the answer, e.g. to every field when a keyword it searches occurs in them. A reader
     * decodes a field when both this interest and the answer want it; readers that do not refine
     * per record use this interest alone, which must therefore cover every answer.
     */
    default FieldInterest forRecord(String channel, String eventId, byte[] record, int offset, int length) {
        return this;
    }

    /** Every field. */
    static FieldInterest all() {
        return AllFields.INSTANCE;
    }

    /** Exactly these canonical names (plus whatever the reader always materialises). */
    static FieldInterest of(Set<String> names) {
        Set<String> copy = Set.copyOf(names);
        return copy::contains;
    }

    /** Named so that readers and logs can tell "all" apart from a set that happens to be large. */
    enum AllFields implements FieldInterest {
        INSTANCE;

        @Override
        public boolean wants(String canonicalName) {
            return true;
        }
    }
}

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

package io.longwatch.formats;

import io.longwatch.core.detect.Detector;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * How to read: which fields to materialise, and the largest record accepted.
 *
 * @param interest fields the caller will look at; others may be skipped without decoding
 * @param maxRecordBytes records (lines or documents) longer than this are skipped and reported
 */
public record ReadOptions(FieldInterest interest, int maxRecordBytes) {

    /** 4 MiB: far above any real Windows event, small enough to keep a bad line from eating memory. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 4 * 1024 * 1024;

    public ReadOptions {
        Objects.requireNonNull(interest, "interest");
        if (maxRecordBytes < 16) {
            throw new IllegalArgumentException("maxRecordBytes too small: " + maxRecordBytes);
        }
    }

    /** Every field, records up to 4 MiB. */
    public static ReadOptions defaults() {
        return new ReadOptions(FieldInterest.all(), DEFAULT_MAX_RECORD_BYTES);
    }

    /**
     * Default limits, reading only what the detectors look at: every field if one of them needs
     * all, else the union of their fields.
     */
    public static ReadOptions forDetectors(Collection<? extends Detector<?>> detectors) {
        Set<String> fields = new LinkedHashSet<>();
        for (Detector<?> d : detectors) {
            if (d.needsAllFields()) {
                return defaults();
            }
            fields.addAll(d.fieldsUsed());
        }
        return defaults().withInterest(FieldInterest.of(fields));
    }

    /** The same limits with another interest. */
    public ReadOptions withInterest(FieldInterest newInterest) {
        return new ReadOptions(newInterest, maxRecordBytes);
    }
}

package io.longwatch.intel;

import io.longwatch.intel.text.CsvMapping;
import io.longwatch.intel.warninglist.WarningLists;
import java.util.Objects;

/**
 * How {@link IntelLoader} reads feeds.
 *
 * @param format the feed format, or {@link Format#AUTO} to decide per file
 * @param csv the CSV column mapping ({@link CsvMapping#AUTO} guesses from the header)
 * @param warningLists lists to flag indicators with ({@link WarningLists#NONE} for none)
 * @param mispIncludeNonIds also import MISP attributes whose {@code to_ids} is false
 * @param nowMicros "now" in UTC micros, for counting expired indicators
 */
public record IntelLoadOptions(Format format, CsvMapping csv, WarningLists warningLists, boolean mispIncludeNonIds,
        long nowMicros) {

    /** Feed formats. */
    public enum Format {
        /**
         * By file name and content: STIX or MISP JSON, MISP feed folders, .csv/.tsv, .jsonl indicator stores,
         * otherwise plain text.
         */
        AUTO, STIX, MISP, CSV, TEXT,
        /** An indicator store written by {@code longwatch intel import --output} (JSON lines, {@link IndicatorJson}). */
        STORE
    }

    public IntelLoadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(warningLists, "warningLists");
    }

    /** Automatic format, guessed CSV columns, no warning lists, only MISP attributes meant for detection. */
    public static IntelLoadOptions defaults() {
        return new IntelLoadOptions(Format.AUTO, CsvMapping.AUTO, WarningLists.NONE, false,
                System.currentTimeMillis() * 1000);
    }

    public IntelLoadOptions withFormat(Format f) {
        return new IntelLoadOptions(f, csv, warningLists, mispIncludeNonIds, nowMicros);
    }

    public IntelLoadOptions withCsv(CsvMapping m) {
        return new IntelLoadOptions(format, m, warningLists, mispIncludeNonIds, nowMicros);
    }

    public IntelLoadOptions withWarningLists(WarningLists w) {
        return new IntelLoadOptions(format, csv, w, mispIncludeNonIds, nowMicros);
    }

    public IntelLoadOptions withMispIncludeNonIds(boolean include) {
        return new IntelLoadOptions(format, csv, warningLists, include, nowMicros);
    }
}

package io.longwatch.formats;

/**
 * What one read did.
 *
 * @param records events handed to the sink
 * @param skipped records reported as problems and not handed on (malformed, too large, not an object)
 * @param bytes content bytes consumed (after decompression)
 */
public record ReadStats(long records, long skipped, long bytes) {

    public static final ReadStats NONE = new ReadStats(0, 0, 0);

    /** Sum of two reads, for totals over many inputs. */
    public ReadStats plus(ReadStats other) {
        return new ReadStats(records + other.records, skipped + other.skipped, bytes + other.bytes);
    }
}

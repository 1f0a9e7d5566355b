package io.longwatch.formats.evtx;

/**
 * What reading an EVTX file (or a range of its chunks) gave.
 *
 * @param records events handed to the sink
 * @param skipped records (or damaged stretches of a chunk) that could not be read and were reported
 * @param chunks chunks looked at
 * @param badChunks chunks with at least one problem (bad checksum, bad header, zeros, truncation)
 */
public record EvtxStats(long records, long skipped, int chunks, int badChunks) {

    /** No records, no chunks. */
    public static final EvtxStats EMPTY = new EvtxStats(0, 0, 0, 0);

    /** The sum of two results, e.g. of chunk ranges read in parallel. */
    public EvtxStats plus(EvtxStats other) {
        return new EvtxStats(records + other.records, skipped + other.skipped,
                chunks + other.chunks, badChunks + other.badChunks);
    }
}

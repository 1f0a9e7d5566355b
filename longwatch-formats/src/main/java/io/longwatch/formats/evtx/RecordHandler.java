package io.longwatch.formats.evtx;

/** What a {@link ChunkReader} does with each record it could parse (map to an event, or render it). */
interface RecordHandler {

    /**
     * Handles one record. May throw {@link MalformedEvtxException} when the record's BinXML
     * turns out to be malformed while it is expanded; the chunk reader reports and skips it.
     *
     * @param recordId the record identifier from the record header
     * @param document the record's compiled BinXML
     * @param parser the parser of the chunk, for BinXML values nested in substitutions
     */
    void record(long recordId, BxNode[] document, BinXmlParser parser);

    /** Drops anything half-built for a record that failed. */
    default void abandon() {
    }
}

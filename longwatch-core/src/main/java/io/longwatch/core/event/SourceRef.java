package io.longwatch.core.event;

/**
 * Where a record came from: the file (for archive members {@code archive.zip!/member.json}),
 * and its position in it.
 *
 * @param path file path as given by the user, or {@code -} for standard input
 * @param line 1-based line number for line-oriented inputs, or 0 when not applicable
 * @param recordId record id assigned by the source (EVTX EventRecordID), or -1 when unknown
 */
public record SourceRef(String path, long line, long recordId) {

    /** The record id when the source has one, else the line number. */
    public long record() {
        return recordId >= 0 ? recordId : line;
    }

    /** "path:line" or "path#record", for messages. */
    public String place() {
        if (line > 0) {
            return path + ":" + line;
        }
        return recordId >= 0 ? path + "#" + recordId : path;
    }
}

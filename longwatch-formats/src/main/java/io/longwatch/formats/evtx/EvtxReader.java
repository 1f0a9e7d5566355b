package io.longwatch.formats.evtx;

import io.longwatch.core.event.EventSink;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads Windows {@code .evtx} files natively into {@link io.longwatch.core.event.Event}s with the
 * canonical Windows field names (the same ones the JSON readers give for evtx-crate,
 * flattened and Winlogbeat layouts), so rules treat both alike.
 *
 * <p>Damaged files are read as far as they can be: every problem (bad file header, bad chunk
 * checksum, a chunk of zeros, truncation, a malformed record) is reported to the
 * {@link ProblemSink} with its place ({@code file#chunk N record R}) and a kind
 * ({@code evtx.bad-header}, {@code evtx.bad-checksum}, {@code evtx.zero-chunk},
 * {@code evtx.truncated}, {@code evtx.bad-record}, {@code evtx.bad-binxml}, ...), and reading goes
 * on. The reader never throws for bad content.
 *
 * <p>Chunks are independent, so callers can read chunk ranges of one file on several threads
 * with {@link #readChunks}; each call is self-contained (no shared state). Events of one call are
 * delivered in file order on the calling thread.
 */
public final class EvtxReader {

    private EvtxReader() {
    }

    /** Largest file read: the whole file is held in one array. */
    static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 64;

    /**
     * Reads a whole file. An unreadable file is reported as {@code input.unreadable}, one over
     * 2 GiB as {@code input.too-large}.
     *
     * @param file the file to read
     * @param displayPath how the file is named in events' {@code SourceRef} and in problems
     * @param sink receives one event per record
     * @param problems receives every problem found
     */
    public static EvtxStats read(Path file, String displayPath, EventSink sink, ProblemSink problems) {
        byte[] data;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.report(new Problem(Problem.Stage.INPUT, displayPath, "input.too-large",
                        "file has " + size + " bytes; EVTX files over 2 GiB are not supported"));
                return EvtxStats.EMPTY;
            }
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.report(new Problem(Problem.Stage.INPUT, displayPath, "input.unreadable",
                    "cannot read file: " + e));
            return EvtxStats.EMPTY;
        }
        return read(data, displayPath, sink, problems);
    }

    /** Reads a whole file already in memory; see {@link #read(Path, String, EventSink, ProblemSink)}. */
    public static EvtxStats read(byte[] data, String displayPath, EventSink sink, ProblemSink problems) {
        int chunks = chunkCount(data);
        if (!checkHeader(data, displayPath, chunks, problems)) {
            return new EvtxStats(0, 0, 0, 0);
        }
        return readChunks(data, 0, chunks, displayPath, sink, problems);
    }

    /**
     * Number of chunk slots in the file: every 64 KiB after the 4 KiB header, a cut-off last one
     * included. Chunks are located by position, so this does not trust the header's count.
     */
    public static int chunkCount(byte[] data) {
        if (data.length <= FileHeader.SIZE) {
            return 0;
        }
        long slots = (data.length - (long) FileHeader.SIZE + ChunkReader.CHUNK_SIZE - 1) / ChunkReader.CHUNK_SIZE;
        return (int) Math.min(Integer.MAX_VALUE, slots);
    }

    /**
     * Reports file-header problems (kinds {@code evtx.bad-header}, {@code evtx.truncated}) for a file
     * about to be read in chunk ranges; {@link #read} does this itself.
     *
     * @return false when there is nothing at all to read (no chunk after the header)
     */
    public static boolean checkHeader(byte[] data, String displayPath, ProblemSink problems) {
        return checkHeader(data, displayPath, chunkCount(data), problems);
    }

    private static boolean checkHeader(byte[] data, String displayPath, int chunks, ProblemSink problems) {
        FileHeader header = FileHeader.parse(data);
        if (header.problem() != null) {
            problems.report(new Problem(Problem.Stage.INPUT, displayPath, "evtx.bad-header",
                    header.problem() + (chunks > 0 ? "; reading the chunks anyway" : "")));
        }
        if (chunks == 0) {
            problems.report(new Problem(Problem.Stage.INPUT, displayPath, "evtx.truncated",
                    "file has " + data.length + " bytes: no chunk after the 4096-byte header"));
            return false;
        }
        if (header.problem() == null && header.chunkCount() > chunks) {
            problems.report(new Problem(Problem.Stage.INPUT, displayPath, "evtx.truncated",
                    "header declares " + header.chunkCount() + " chunks but the file holds " + chunks));
        }
        return true;
    }

    /**
     * Reads chunks {@code [fromChunk, toChunk)} of a file in memory. Safe to call concurrently
     * on the same array for disjoint ranges (the array is only read). Does not report file-header
     * problems; call {@link #checkHeader} once per file for that.
     */
    public static EvtxStats readChunks(byte[] data, int fromChunk, int toChunk, String displayPath,
                                       EventSink sink, ProblemSink problems) {
        return readChunks(data, fromChunk, toChunk, displayPath, new EventRecordHandler(displayPath, sink), problems);
    }

    static EvtxStats readChunks(byte[] data, int fromChunk, int toChunk, String displayPath,
                                RecordHandler handler, ProblemSink problems) {
        int declared = declaredChunks(data);
        ChunkReader reader = new ChunkReader();
        long records = 0;
        long skipped = 0;
        int chunks = 0;
        int bad = 0;
        int last = Math.min(toChunk, chunkCount(data));
        for (int i = Math.max(0, fromChunk); i < last; i++) {
            reader.read(data, i, declared, displayPath, handler, problems);
            records += reader.records();
            skipped += reader.skipped();
            chunks++;
            if (reader.bad()) {
                bad++;
            }
        }
        return new EvtxStats(records, skipped, chunks, bad);
    }

    /**
     * The chunks in use: the header's count when the header is sound; otherwise up to the last
     * chunk that is not all zeros (zero chunks at the end of a file are preallocated space, not
     * damage, whereas a zero chunk between used ones is reported).
     */
    private static int declaredChunks(byte[] data) {
        FileHeader header = FileHeader.parse(data);
        if (header.problem() == null) {
            return header.chunkCount();
        }
        int last = data.length - 1;
        while (last >= FileHeader.SIZE && data[last] == 0) {
            last--;
        }
        return last < FileHeader.SIZE ? 0 : (last - FileHeader.SIZE) / ChunkReader.CHUNK_SIZE + 1;
    }
}

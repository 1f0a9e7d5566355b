package io.longwatch.formats.evtx;

import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Reads the records of one 64 KiB chunk and reports what is wrong with it. Damage is handled
 * so that everything readable is still read:
 * <ul>
 *   <li>a chunk of zeros is reported (when the header counts it) and passed over;</li>
 *   <li>a bad chunk signature or header checksum, or an impossible free-space offset, is
 *       reported and the records are then found by scanning for the record signature;</li>
 *   <li>a bad records checksum is reported and the records are read anyway;</li>
 *   <li>a record whose size or size copy is wrong is reported, and reading resumes at the next
 *       record signature; a record whose BinXML is malformed is reported and skipped;</li>
 *   <li>a chunk cut short by the end of the file is reported and its complete records read.</li>
 * </ul>
 * Every loop advances by at least one byte per step within the chunk, so it always ends.
 * One instance per thread.
 */
final class ChunkReader {

    static final int CHUNK_SIZE = BinXmlParser.CHUNK_SIZE;
    private static final int HEADER_SIZE = BinXmlParser.CHUNK_HEADER_SIZE;
    private static final byte[] MAGIC = "ElfChnk\0".getBytes(StandardCharsets.ISO_8859_1);
    /** "**\0\0" read as a little-endian int. */
    private static final int RECORD_MAGIC = 0x00002a2a;
    private static final int RECORD_HEADER = 24;
    /** Compared against, never written. */
    private static final byte[] ZEROS = new byte[4096];

    private final BinXmlParser parser = new BinXmlParser();
    private final CRC32 crc = new CRC32();

    private long records;
    private long skipped;
    private boolean bad;

    long records() {
        return records;
    }

    long skipped() {
        return skipped;
    }

    boolean bad() {
        return bad;
    }

    /** Offset of chunk {@code index} in the file. */
    static long chunkOffset(int index) {
        return FileHeader.SIZE + (long) index * CHUNK_SIZE;
    }

    /**
     * Reads chunk {@code index}.
     *
     * @param declaredChunks how many chunks are in use (a zero chunk beyond them is not reported)
     */
    void read(byte[] data, int index, int declaredChunks, String path, RecordHandler handler, ProblemSink problems) {
        records = 0;
        skipped = 0;
        bad = false;
        long baseLong = chunkOffset(index);
        if (baseLong >= data.length) {
            return;
        }
        int base = (int) baseLong;
        int limit = (int) Math.min(data.length, baseLong + CHUNK_SIZE);
        String place = path + "#chunk " + index;
        if (!FileHeader.startsWith(data, base, MAGIC) && allZero(data, base, limit)) {
            if (index < declaredChunks) {
                chunkProblem(problems, place, "evtx.zero-chunk", "chunk is all zeros; nothing to recover");
            }
            return;
        }
        if (limit - base < CHUNK_SIZE) {
            chunkProblem(problems, place, "evtx.truncated", "file ends " + (limit - base)
                    + " bytes into this chunk (of " + CHUNK_SIZE + "); reading the complete records before the cut");
        }
        parser.startChunk(data, base, limit);
        int recordsEnd = limit;
        boolean scan = false;
        if (limit - base < HEADER_SIZE || !FileHeader.startsWith(data, base, MAGIC)) {
            chunkProblem(problems, place, "evtx.bad-chunk-header",
                    "chunk signature \"ElfChnk\" missing; scanning for records");
            scan = true;
        } else {
            crc.reset();
            crc.update(data, base, 120);
            crc.update(data, base + 128, HEADER_SIZE - 128);
            long stored = Le.u32(data, base + 124);
            if (crc.getValue() != stored) {
                chunkProblem(problems, place, "evtx.bad-checksum", String.format(
                        "chunk header checksum 0x%08x does not match its content (0x%08x); scanning for records",
                        stored, crc.getValue()));
                scan = true;
            }
            int freeSpace = Le.i32(data, base + 48);
            if (freeSpace < HEADER_SIZE || freeSpace > CHUNK_SIZE) {
                if (!scan) {
                    chunkProblem(problems, place, "evtx.bad-chunk-header", "free space offset 0x"
                            + Integer.toHexString(freeSpace) + " is impossible; scanning for records");
                }
                scan = true;
            } else if (!scan) {
                recordsEnd = Math.min(limit, base + freeSpace);
                if (base + freeSpace <= limit) {
                    crc.reset();
                    crc.update(data, base + HEADER_SIZE, freeSpace - HEADER_SIZE);
                    long storedData = Le.u32(data, base + 52);
                    if (crc.getValue() != storedData) {
                        chunkProblem(problems, place, "evtx.bad-checksum", String.format(
                                "records checksum 0x%08x does not match the records (0x%08x); reading them anyway",
                                storedData, crc.getValue()));
                    }
                }
            }
        }
        readRecords(data, base, limit, recordsEnd, scan, place, handler, problems);
    }

    private void readRecords(byte[] data, int base, int limit, int recordsEnd, boolean scan, String place,
                             RecordHandler handler, ProblemSink problems) {
        int p = base + HEADER_SIZE;
        while (p + RECORD_HEADER <= recordsEnd) {
            if (Le.i32(data, p) != RECORD_MAGIC) {
                if (allZero(data, p, recordsEnd)) {
                    return; // zero-filled slack after the last record
                }
                int next = nextRecord(data, p + 1, limit, recordsEnd);
                if (!scan) {
                    recordProblem(problems, place + " offset 0x" + Integer.toHexString(p - base), "evtx.bad-record",
                            "no record signature where a record should start; skipped "
                                    + ((next < 0 ? recordsEnd : next) - p) + " bytes to the next record");
                    skipped++;
                }
                if (next < 0) {
                    return;
                }
                p = next;
                continue;
            }
            int size = Le.i32(data, p + 4);
            long recordId = Le.i64(data, p + 8);
            if (!validRecord(data, p, size, limit)) {
                int next = nextRecord(data, p + 1, limit, recordsEnd);
                recordProblem(problems, place + " record " + recordId, "evtx.bad-record",
                        "record at chunk offset 0x" + Integer.toHexString(p - base) + " has size " + size
                                + (p + 4L + size > limit ? " running past the end of the chunk"
                                : " but its trailing size copy differs")
                                + "; resuming at the next record signature");
                skipped++;
                if (next < 0) {
                    return;
                }
                p = next;
                continue;
            }
            try {
                BxNode[] document = parser.document(p + RECORD_HEADER, p + size - 4);
                handler.record(recordId, document, parser);
                records++;
            } catch (MalformedEvtxException e) {
                handler.abandon();
                recordProblem(problems, place + " record " + recordId, "evtx.bad-binxml", e.getMessage());
                skipped++;
            }
            p += size;
        }
    }

    private static boolean validRecord(byte[] data, int p, int size, int limit) {
        return size >= RECORD_HEADER + 4 && size <= limit - p && Le.i32(data, p + size - 4) == size;
    }

    /** The next offset in {@code [from, recordsEnd)} holding a plausible record, or -1. */
    private static int nextRecord(byte[] data, int from, int limit, int recordsEnd) {
        for (int p = from; p + RECORD_HEADER <= recordsEnd; p++) {
            if (data[p] == 0x2a && data[p + 1] == 0x2a && data[p + 2] == 0 && data[p + 3] == 0
                    && validRecord(data, p, Le.i32(data, p + 4), limit)) {
                return p;
            }
        }
        return -1;
    }

    private static boolean allZero(byte[] data, int from, int to) {
        // Arrays.mismatch is vectorised; preallocated zero chunks make up much of many files
        for (int at = from; at < to; at += ZEROS.length) {
            int n = Math.min(ZEROS.length, to - at);
            if (Arrays.mismatch(data, at, at + n, ZEROS, 0, n) >= 0) {
                return false;
            }
        }
        return true;
    }

    private void chunkProblem(ProblemSink problems, String place, String kind, String message) {
        bad = true;
        problems.report(new Problem(Problem.Stage.INPUT, place, kind, message));
    }

    private void recordProblem(ProblemSink problems, String place, String kind, String message) {
        bad = true;
        problems.report(new Problem(Problem.Stage.RECORD, place, kind, message));
    }
}

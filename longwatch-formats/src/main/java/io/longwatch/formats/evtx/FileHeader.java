package io.longwatch.formats.evtx;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The 4096-byte file header ("ElfFile"). Only what the reader needs: whether it is sound, and how
 * many chunks it says the file holds. The chunks are found at fixed places whatever it says, so a
 * damaged header costs nothing but the count.
 *
 * @param problem why the header is not sound, or null
 * @param chunkCount chunks the header declares, or -1 when unknown
 */
record FileHeader(String problem, int chunkCount) {

    static final int SIZE = 4096;
    private static final byte[] MAGIC = "ElfFile\0".getBytes(StandardCharsets.ISO_8859_1);

    static FileHeader parse(byte[] data) {
        if (data.length < 128) {
            return new FileHeader("file is " + data.length + " bytes, shorter than the 128-byte file header", -1);
        }
        if (!startsWith(data, 0, MAGIC)) {
            return new FileHeader("file does not start with the EVTX signature \"ElfFile\"", -1);
        }
        int chunkCount = Le.u16(data, 42);
        CRC32 crc = new CRC32();
        crc.update(data, 0, 120);
        long stored = Le.u32(data, 124);
        if (crc.getValue() != stored) {
            return new FileHeader(String.format("file header checksum 0x%08x does not match its content (0x%08x)",
                    stored, crc.getValue()), chunkCount);
        }
        int major = Le.u16(data, 38);
        if (major != 3) {
            return new FileHeader("unknown format version " + major + "." + Le.u16(data, 36), chunkCount);
        }
        return new FileHeader(null, chunkCount);
    }

    static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

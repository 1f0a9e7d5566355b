package io.longwatch.formats.evtx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes small .evtx files from scratch, following the format description (file header, one chunk,
 * records, Binary XML tokens with inline names and inline template definitions), with valid
 * checksums. Lets tests reach token types and value types the real samples never use.
 */
final class SyntheticEvtx {

    private static final int HEADER = 4096;
    private static final int CHUNK = 0x10000;

    private final ByteBuffer chunk = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
    private long nextRecordId = 1;
    private long firstRecordId = 1;

    SyntheticEvtx() {
        chunk.position(512);
    }

    /** Starts a record; write its BinXML with the returned writer, then call {@link Bx#end()}. */
    Bx record() {
        int start = chunk.position();
        chunk.putInt(0x00002a2a).putInt(0).putLong(nextRecordId++).putLong(0x01d9_0000_0000_0000L);
        return new Bx(start);
    }

    /** The whole file: header, the chunk, with checksums. */
    byte[] build() {
        int free = chunk.position();
        byte[] c = chunk.array();
        ByteBuffer h = ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN);
        h.put(0, "ElfChnk\0".getBytes(StandardCharsets.ISO_8859_1));
        h.putLong(8, firstRecordId).putLong(16, nextRecordId - 1).putLong(24, firstRecordId).putLong(32, nextRecordId - 1);
        h.putInt(40, 128).putInt(44, 512).putInt(48, free);
        CRC32 crc = new CRC32();
        crc.update(c, 512, free - 512);
        h.putInt(52, (int) crc.getValue());
        crc.reset();
        crc.update(c, 0, 120);
        crc.update(c, 128, 512 - 128);
        h.putInt(124, (int) crc.getValue());

        ByteBuffer file = ByteBuffer.allocate(HEADER + CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        file.put("ElfFile\0".getBytes(StandardCharsets.ISO_8859_1));
        file.putLong(8, 0).putLong(16, 0).putLong(24, nextRecordId);
        file.putInt(32, 128).putShort(36, (short) 1).putShort(38, (short) 3).putShort(40, (short) 4096)
                .putShort(42, (short) 1);
        crc.reset();
        crc.update(file.array(), 0, 120);
        file.putInt(124, (int) crc.getValue());
        file.put(HEADER, c);
        return file.array();
    }

    /** A value of a template instance: type and raw bytes. */
    record Value(int type, byte[] bytes) {
        static Value string(String s) {
            return new Value(ValueType.STRING, s.getBytes(StandardCharsets.UTF_16LE));
        }

        static Value of(int type, ByteBuffer b) {
            return new Value(type, java.util.Arrays.copyOf(b.array(), b.position()));
        }
    }

    /** Writes Binary XML tokens at the chunk's current position. */
    final class Bx {
        private final int recordStart;
        private final List<Integer> templateStarts = new ArrayList<>();
        private boolean withDependency = true;

        Bx(int recordStart) {
            this.recordStart = recordStart;
        }

        Bx fragmentHeader() {
            chunk.put((byte) 0x0f).put((byte) 1).put((byte) 1).put((byte) 0);
            return this;
        }

        /** Element start tag with its name stored inline; {@code attributes} tells whether 0x41 is used. */
        Bx open(String name, boolean attributes) {
            chunk.put((byte) (attributes ? 0x41 : 0x01));
            if (withDependency) {
                chunk.putShort((short) -1);
            }
            chunk.putInt(0); // data size: not needed by readers that follow the tokens
            name(name);
            if (attributes) {
                chunk.putInt(0); // attribute list size
            }
            return this;
        }

        /** Attribute token (0x46 when more follow) and inline name; follow with a value token. */
        Bx attribute(String name, boolean more) {
            chunk.put((byte) (more ? 0x46 : 0x06));
            name(name);
            return this;
        }

        Bx closeStart() {
            chunk.put((byte) 0x02);
            return this;
        }

        Bx closeEmpty() {
            chunk.put((byte) 0x03);
            return this;
        }

        Bx end() {
            chunk.put((byte) 0x04);
            return this;
        }

        Bx text(String s) {
            chunk.put((byte) 0x05).put((byte) 0x01).putShort((short) s.length());
            chunk.put(s.getBytes(StandardCharsets.UTF_16LE));
            return this;
        }

        Bx cdata(String s) {
            chunk.put((byte) 0x07).putShort((short) s.length());
            chunk.put(s.getBytes(StandardCharsets.UTF_16LE));
            return this;
        }

        Bx charRef(int c) {
            chunk.put((byte) 0x08).putShort((short) c);
            return this;
        }

        Bx entityRef(String name) {
            chunk.put((byte) 0x09);
            name(name);
            return this;
        }

        Bx subst(int index, int type, boolean optional) {
            chunk.put((byte) (optional ? 0x0e : 0x0d)).putShort((short) index).put((byte) type);
            return this;
        }

        Bx eof() {
            chunk.put((byte) 0x00);
            return this;
        }

        /** Template instance whose definition follows inline; write its body, then {@link #values}. */
        Bx templateInline() {
            chunk.put((byte) 0x0c).put((byte) 1).putInt(0x1234);
            int definition = chunk.position() + 4;
            chunk.putInt(definition);
            templateStarts.add(chunk.position());
            chunk.putInt(0).put(new byte[16]).putInt(0); // next, GUID, data size (patched in values())
            return this;
        }

        /** Template instance referring back to a definition at {@code definition} (chunk offset). */
        Bx templateRef(int definition) {
            chunk.put((byte) 0x0c).put((byte) 1).putInt(0x1234).putInt(definition);
            templateStarts.add(-1); // nothing to patch when its values are written
            return this;
        }

        /** Chunk offset of the last inline template definition written. */
        int lastTemplate() {
            return templateStarts.get(templateStarts.size() - 1);
        }

        /** Pops the instance whose values come next; patches the data size of an inline definition. */
        private void endTemplateBody() {
            if (!templateStarts.isEmpty()) {
                int def = templateStarts.remove(templateStarts.size() - 1);
                if (def >= 0) {
                    chunk.putInt(def + 20, chunk.position() - def - 24);
                }
            }
        }

        /** Ends the template body (if inline) and writes the instance's values. */
        Bx values(Value... values) {
            endTemplateBody();
            chunk.putInt(values.length);
            for (Value v : values) {
                chunk.putShort((short) v.bytes().length).put((byte) v.type()).put((byte) 0);
            }
            for (Value v : values) {
                chunk.put(v.bytes());
            }
            return this;
        }

        /**
         * Like {@link #values}, plus a last value of type BinXML (0x21) whose tokens {@code nested}
         * writes in place (names are chunk offsets, so the bytes cannot be prepared elsewhere).
         */
        Bx valuesThenBinXml(Runnable nested, Value... values) {
            endTemplateBody();
            chunk.putInt(values.length + 1);
            for (Value v : values) {
                chunk.putShort((short) v.bytes().length).put((byte) v.type()).put((byte) 0);
            }
            int descriptor = chunk.position();
            chunk.putShort((short) 0).put((byte) ValueType.BINXML).put((byte) 0);
            for (Value v : values) {
                chunk.put(v.bytes());
            }
            int start = chunk.position();
            withDependency = false;
            nested.run();
            withDependency = true;
            chunk.putShort(descriptor, (short) (chunk.position() - start));
            return this;
        }

        /** Nested BinXML (for a 0x21 value): element starts there carry no dependency identifier. */
        Bx withoutDependency() {
            withDependency = false;
            return this;
        }

        Bx withDependency() {
            withDependency = true;
            return this;
        }

        int position() {
            return chunk.position();
        }

        /** Closes the record: padding to 8 bytes, size and size copy. */
        void finish() {
            while ((chunk.position() - recordStart + 4) % 8 != 0) {
                chunk.put((byte) 0);
            }
            int size = chunk.position() - recordStart + 4;
            chunk.putInt(size);
            chunk.putInt(recordStart + 4, size);
        }

        private void name(String name) {
            int offset = chunk.position() + 4;
            chunk.putInt(offset);
            chunk.putInt(0).putShort((short) 0).putShort((short) name.length());
            chunk.put(name.getBytes(StandardCharsets.UTF_16LE)).putShort((short) 0);
        }
    }
}

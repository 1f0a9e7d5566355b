package io.longwatch.formats.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every BinXML value type, from bytes written here with {@link ByteBuffer} (independently of the
 * decoder's own little-endian reads), rendered the way the evtx-crate JSON shows values.
 */
class ValueDecoderTest {

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static Object decode(ByteBuffer b, int type) {
        byte[] bytes = b.array();
        // decode from an offset inside a larger array, as values sit inside a chunk
        byte[] padded = new byte[bytes.length + 7];
        System.arraycopy(bytes, 0, padded, 3, bytes.length);
        return ValueDecoder.value(padded, 3, bytes.length, type);
    }

    @Test
    void integersOfEachWidthAreDecimal() {
        assertThat(decode(le(1).put((byte) -5), ValueType.INT8)).isEqualTo("-5");
        assertThat(decode(le(1).put((byte) 0xfb), ValueType.UINT8)).isEqualTo("251");
        assertThat(decode(le(2).putShort((short) -300), ValueType.INT16)).isEqualTo("-300");
        assertThat(decode(le(2).putShort((short) 65000), ValueType.UINT16)).isEqualTo("65000");
        assertThat(decode(le(4).putInt(-70000), ValueType.INT32)).isEqualTo("-70000");
        assertThat(decode(le(4).putInt(0xfffffff0), ValueType.UINT32)).isEqualTo("4294967280");
        assertThat(decode(le(8).putLong(-1234567890123L), ValueType.INT64)).isEqualTo("-1234567890123");
        assertThat(decode(le(8).putLong(-1L), ValueType.UINT64)).isEqualTo("18446744073709551615");
    }

    @Test
    void realsBooleansAndHexIntegers() {
        assertThat(decode(le(4).putFloat(1.5f), ValueType.REAL32)).isEqualTo("1.5");
        assertThat(decode(le(8).putDouble(-2.25), ValueType.REAL64)).isEqualTo("-2.25");
        assertThat(decode(le(8).putDouble(3.0), ValueType.REAL64)).isEqualTo("3");
        assertThat(decode(le(4).putInt(1), ValueType.BOOL)).isEqualTo("true");
        assertThat(decode(le(4).putInt(0), ValueType.BOOL)).isEqualTo("false");
        assertThat(decode(le(4).putInt(0x1fffff), ValueType.HEX_INT32)).isEqualTo("0x1fffff");
        assertThat(decode(le(8).putLong(0x8000000000000000L), ValueType.HEX_INT64)).isEqualTo("0x8000000000000000");
        assertThat(decode(le(8).putLong(0x3e7), ValueType.SIZE_T)).isEqualTo("0x3e7");
        assertThat(decode(le(4).putInt(0xabc), ValueType.SIZE_T)).isEqualTo("0xabc");
    }

    @Test
    void stringsAreTrimmedOfTerminatorsAndSurroundingSpace() {
        ByteBuffer s = le(20).put(" cmd.exe ".getBytes(StandardCharsets.UTF_16LE)).putShort((short) 0);
        assertThat(decode(s, ValueType.STRING)).isEqualTo("cmd.exe");
        ByteBuffer greek = le(6).put("αβγ".getBytes(StandardCharsets.UTF_16LE));
        assertThat(decode(greek, ValueType.STRING)).isEqualTo("αβγ");
        ByteBuffer ansi = le(5).put("abc".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 0).put((byte) 0);
        assertThat(decode(ansi, ValueType.ANSI_STRING)).isEqualTo("abc");
    }

    @Test
    void guidSidAndBinary() {
        // {5770385F-C22A-43E0-BF4C-06F5698FFBD9}: Data1..3 little-endian, Data4 as stored
        ByteBuffer g = le(16).putInt(0x5770385F).putShort((short) 0xC22A).putShort((short) 0x43E0)
                .put(new byte[] {(byte) 0xBF, 0x4C, 0x06, (byte) 0xF5, 0x69, (byte) 0x8F, (byte) 0xFB, (byte) 0xD9});
        assertThat(decode(g, ValueType.GUID)).isEqualTo("5770385F-C22A-43E0-BF4C-06F5698FFBD9");
        // S-1-5-21-1004336348-1177238915-682003330-512: revision, count, 6-byte big-endian authority
        ByteBuffer sid = le(8 + 16).put((byte) 1).put((byte) 4).put(new byte[] {0, 0, 0, 0, 0, 5})
                .putInt(21).putInt(1004336348).putInt(1177238915).putInt(682003330);
        assertThat(decode(sid, ValueType.SID)).isEqualTo("S-1-5-21-1004336348-1177238915-682003330");
        assertThat(decode(le(3).put(new byte[] {0x0a, (byte) 0xbc, 0x00}), ValueType.BINARY)).isEqualTo("0ABC00");
    }

    @Test
    void fileTimeAndSystemTimeAreIsoUtcWithMicroseconds() {
        Instant t = Instant.parse("2025-11-27T07:40:10.165324Z");
        long ticks = (t.getEpochSecond() + 11_644_473_600L) * 10_000_000L + t.getNano() / 100 + 7; // 700 ns dropped
        assertThat(decode(le(8).putLong(ticks), ValueType.FILETIME)).isEqualTo("2025-11-27T07:40:10.165324Z");
        ByteBuffer st = le(16).putShort((short) 2019).putShort((short) 3).putShort((short) 2).putShort((short) 19)
                .putShort((short) 17).putShort((short) 6).putShort((short) 22).putShort((short) 908);
        assertThat(decode(st, ValueType.SYSTEMTIME)).isEqualTo("2019-03-19T17:06:22.908000Z");
        assertThat(ValueDecoder.timeMicros(st.array(), 0, 16, ValueType.SYSTEMTIME))
                .isEqualTo(Instant.parse("2019-03-19T17:06:22.908Z").toEpochMilli() * 1000);
        ByteBuffer badMonth = le(16).putShort((short) 2019).putShort((short) 13);
        assertThat(decode(badMonth, ValueType.SYSTEMTIME)).isEqualTo(ValueDecoder.hex(badMonth.array(), 0, 16));
    }

    @Test
    void arraysBecomeLists() {
        ByteBuffer strings = le(10).put("ab".getBytes(StandardCharsets.UTF_16LE)).putShort((short) 0)
                .put("c".getBytes(StandardCharsets.UTF_16LE)).putShort((short) 0);
        assertThat(decode(strings, ValueType.ARRAY | ValueType.STRING)).isEqualTo(List.of("ab", "c"));
        ByteBuffer ints = le(8).putShort((short) 1).putShort((short) 2).putShort((short) -3).putShort((short) 4);
        assertThat(decode(ints, ValueType.ARRAY | ValueType.INT16)).isEqualTo(List.of("1", "2", "-3", "4"));
        ByteBuffer hex = le(8).putInt(0x10).putInt(0xff);
        assertThat(decode(hex, ValueType.ARRAY | ValueType.HEX_INT32)).isEqualTo(List.of("0x10", "0xff"));
        ByteBuffer sids = le(24).put((byte) 1).put((byte) 1).put(new byte[] {0, 0, 0, 0, 0, 5}).putInt(18)
                .put((byte) 1).put((byte) 1).put(new byte[] {0, 0, 0, 0, 0, 5}).putInt(19);
        assertThat(decode(sids, ValueType.ARRAY | ValueType.SID)).isEqualTo(List.of("S-1-5-18", "S-1-5-19"));
    }

    @Test
    void sizesThatDoNotFitTheTypeShowTheBytes() {
        assertThat(decode(le(3).put(new byte[] {1, 2, 3}), ValueType.INT32)).isEqualTo("010203");
        assertThat(decode(le(2).put(new byte[] {1, 2}), ValueType.GUID)).isEqualTo("0102");
        assertThat(decode(le(4).put(new byte[] {1, 9, 0, 0}), ValueType.SID)).isEqualTo("01090000");
        assertThat(decode(le(0), ValueType.NULL)).isNull();
        assertThat(decode(le(2).put(new byte[] {(byte) 0xde, (byte) 0xad}), 0x7e)).isEqualTo("DEAD");
    }
}

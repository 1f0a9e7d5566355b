package io.longwatch.formats.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each kind of damage named in the issue, made to a real 15-chunk Sysmon log: it is reported with
 * its place and kind, and every record outside the damage is still read. (Problem places name the
 * record header's identifier; events carry the System EventRecordID, which in this exported log
 * differs from it.)
 */
class EvtxDamageTest {

    static final String SAMPLE = "evtx/attack-samples/AutomatedTestingTools/PanacheSysmon_vs_AtomicRedTeam01.evtx";
    private static final int CHUNK = 0x10000;
    private static final int HEADER = 4096;

    private static byte[] intact;
    private static Read baseline;

    /** What one read gave. */
    record Read(List<Event> events, List<Problem> problems, EvtxStats stats) {
        Set<Long> ids() {
            Set<Long> ids = new LinkedHashSet<>();
            for (Event e : events) {
                ids.add(e.source().recordId());
            }
            return ids;
        }

        List<String> kinds() {
            return problems.stream().map(Problem::kind).toList();
        }
    }

    static Read read(byte[] data) {
        List<Event> events = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        EvtxStats stats = EvtxReader.read(data, "sample.evtx", events::add, problems::add);
        return new Read(events, problems, stats);
    }

    static Optional<byte[]> sample() throws IOException {
        Optional<Path> p = SharedData.resolve(SAMPLE);
        return p.isPresent() ? Optional.of(Files.readAllBytes(p.get())) : Optional.empty();
    }

    @BeforeAll
    static void load() throws IOException {
        Optional<byte[]> data = sample();
        Assumptions.assumeTrue(data.isPresent(), "LONGWATCH_DATA not found: skipping EVTX damage tests");
        intact = data.get();
        baseline = read(intact);
        assertThat(baseline.problems()).isEmpty();
        assertThat(baseline.stats().records()).isEqualTo(565);
    }

    private static int chunkRecords(int chunk) {
        return (int) EvtxReader.readChunks(intact, chunk, chunk + 1, "x", e -> { }, p -> { }).records();
    }

    private static byte[] copy() {
        return Arrays.copyOf(intact, intact.length);
    }

    @Test
    void badFileSignatureIsReportedAndAllChunksStillRead() {
        byte[] data = copy();
        System.arraycopy("BadFile!".getBytes(StandardCharsets.ISO_8859_1), 0, data, 0, 8);
        Read r = read(data);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("evtx.bad-header");
            assertThat(p.place()).isEqualTo("sample.evtx");
            assertThat(p.stage()).isEqualTo(Problem.Stage.INPUT);
        });
        assertThat(r.ids()).isEqualTo(baseline.ids());
    }

    @Test
    void badFileHeaderChecksumIsReported() {
        byte[] data = copy();
        data[60] ^= 0x55; // inside the unused part the checksum covers
        Read r = read(data);
        assertThat(r.kinds()).containsExactly("evtx.bad-header");
        assertThat(r.problems().get(0).message()).contains("checksum");
        assertThat(r.ids()).isEqualTo(baseline.ids());
    }

    @Test
    void chunkHeaderWithBadChecksumIsReportedAndItsRecordsStillRead() {
        byte[] data = copy();
        data[HEADER + 2 * CHUNK + 70] ^= 0x01;
        Read r = read(data);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("evtx.bad-checksum");
            assertThat(p.place()).isEqualTo("sample.evtx#chunk 2");
            assertThat(p.message()).contains("chunk header checksum");
        });
        assertThat(r.ids()).isEqualTo(baseline.ids());
        assertThat(r.stats().badChunks()).isEqualTo(1);
    }

    @Test
    void recordsChecksumMismatchIsReportedAndRecordsStillRead() {
        byte[] data = copy();
        int base = HEADER + 3 * CHUNK;
        int at = indexOf(data, "C\0:\0\\\0".getBytes(StandardCharsets.ISO_8859_1), base + 512, base + CHUNK);
        assertThat(at).isPositive();
        data[at] = 'D'; // a drive letter inside a record: parses fine, but the records CRC no longer matches
        Read r = read(data);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("evtx.bad-checksum");
            assertThat(p.place()).isEqualTo("sample.evtx#chunk 3");
            assertThat(p.message()).contains("records checksum");
        });
        assertThat(r.ids()).isEqualTo(baseline.ids());
    }

    @Test
    void truncatedFileIsReportedAndRecordsBeforeTheCutAreRead() {
        int cut = HEADER + 5 * CHUNK + 30_000;
        Read r = read(Arrays.copyOf(intact, cut));
        assertThat(r.kinds()).contains("evtx.truncated");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.place()).isEqualTo("sample.evtx#chunk 5"));
        int before = 0;
        for (int c = 0; c < 5; c++) {
            before += chunkRecords(c);
        }
        assertThat(r.events().size()).isGreaterThan(before).isLessThan(before + chunkRecords(5));
        // what was read is exactly the start of the intact file
        assertThat(new ArrayList<>(r.ids())).isEqualTo(new ArrayList<>(baseline.ids()).subList(0, r.events().size()));
        assertThat(r.events().get(r.events().size() - 1).toString())
                .isEqualTo(baseline.events().get(r.events().size() - 1).toString());
    }

    @Test
    void recordWithMalformedBinXmlIsReportedAndSkippedAlone() {
        byte[] data = copy();
        int first = HEADER + CHUNK + 512;
        int second = first + le32(data, first + 4);
        long id = le64(data, second + 8);
        data[second + 24] = 0x77; // not a BinXML token
        Read r = read(data);
        assertThat(r.kinds()).containsExactly("evtx.bad-checksum", "evtx.bad-binxml");
        assertThat(r.problems()).filteredOn(p -> p.kind().equals("evtx.bad-binxml")).singleElement().satisfies(p -> {
            assertThat(p.place()).isEqualTo("sample.evtx#chunk 1 record " + id);
            assertThat(p.stage()).isEqualTo(Problem.Stage.RECORD);
            assertThat(p.message()).contains("0x77");
        });
        Set<Long> expected = new LinkedHashSet<>(baseline.ids());
        expected.remove(baseline.events().get(chunkRecords(0) + 1).source().recordId());
        assertThat(r.ids()).isEqualTo(expected);
        assertThat(r.stats().skipped()).isEqualTo(1);
    }

    @Test
    void recordWithBadSizeIsReportedAndReadingResumesAtTheNextRecord() {
        byte[] data = copy();
        int p = HEADER + 4 * CHUNK + 512;
        for (int i = 0; i < 3; i++) {
            p += le32(data, p + 4);
        }
        long id = le64(data, p + 8);
        data[p + 6] = 0x7f; // size now runs far past the chunk
        Read r = read(data);
        assertThat(r.kinds()).containsExactly("evtx.bad-checksum", "evtx.bad-record");
        assertThat(r.problems()).filteredOn(pr -> pr.kind().equals("evtx.bad-record")).singleElement().satisfies(pr -> {
            assertThat(pr.place()).isEqualTo("sample.evtx#chunk 4 record " + id);
        });
        int index = 3;
        for (int c = 0; c < 4; c++) {
            index += chunkRecords(c);
        }
        Set<Long> expected = new LinkedHashSet<>(baseline.ids());
        expected.remove(baseline.events().get(index).source().recordId());
        assertThat(r.ids()).isEqualTo(expected);
    }

    @Test
    void chunkOfZerosIsReportedAndTheOtherChunksRead() {
        byte[] data = copy();
        Arrays.fill(data, HEADER + 3 * CHUNK, HEADER + 4 * CHUNK, (byte) 0);
        Read r = read(data);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("evtx.zero-chunk");
            assertThat(p.place()).isEqualTo("sample.evtx#chunk 3");
        });
        assertThat(r.events()).hasSize(565 - chunkRecords(3));
    }

    @Test
    void zeroedChunkHeaderStillGivesTheChunksRecordsByScanning() {
        byte[] data = copy();
        Arrays.fill(data, HEADER + 6 * CHUNK, HEADER + 6 * CHUNK + 512, (byte) 0);
        Read r = read(data);
        assertThat(r.kinds()).containsExactly("evtx.bad-chunk-header");
        assertThat(r.ids()).isEqualTo(baseline.ids());
    }

    @Test
    void notAnEvtxFileAtAllIsReportedWithoutEvents() {
        Read empty = read(new byte[0]);
        assertThat(empty.kinds()).containsExactly("evtx.bad-header", "evtx.truncated");
        assertThat(empty.events()).isEmpty();
        byte[] text = "{\"not\": \"evtx\"}\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        Read garbage = read(text);
        assertThat(garbage.kinds()).startsWith("evtx.bad-header");
        assertThat(garbage.kinds()).contains("evtx.bad-chunk-header");
        assertThat(garbage.events()).isEmpty();
    }

    @Test
    void unreadablePathIsReported(@org.junit.jupiter.api.io.TempDir Path dir) {
        List<Problem> problems = new ArrayList<>();
        EvtxStats stats = EvtxReader.read(dir, "a-directory.evtx", e -> { }, problems::add);
        assertThat(stats).isEqualTo(EvtxStats.EMPTY);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("input.unreadable");
            assertThat(p.place()).isEqualTo("a-directory.evtx");
        });
    }

    @Test
    void chunkRangesReadInParallelGiveTheSameEventsAsOneRead() throws Exception {
        int chunks = EvtxReader.chunkCount(intact);
        List<Event> first = new ArrayList<>();
        List<Event> second = new ArrayList<>();
        Thread t = new Thread(() -> EvtxReader.readChunks(intact, 0, chunks / 2, "sample.evtx", first::add, p -> { }));
        t.start();
        EvtxReader.readChunks(intact, chunks / 2, chunks, "sample.evtx", second::add, p -> { });
        t.join();
        List<String> combined = new ArrayList<>();
        first.forEach(e -> combined.add(e.toString()));
        second.forEach(e -> combined.add(e.toString()));
        assertThat(combined).isEqualTo(baseline.events().stream().map(Event::toString).toList());
    }

    static int indexOf(byte[] data, byte[] needle, int from, int to) {
        for (int i = from; i + needle.length <= to; i++) {
            if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    static int le32(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
    }

    static long le64(byte[] b, int off) {
        return (le32(b, off) & 0xffffffffL) | ((long) le32(b, off + 4)) << 32;
    }
}

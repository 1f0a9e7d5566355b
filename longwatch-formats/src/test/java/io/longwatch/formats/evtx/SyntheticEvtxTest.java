package io.longwatch.formats.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import io.longwatch.core.problem.Problem;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written from scratch by {@link SyntheticEvtx}, for what the real samples never contain:
 * character and entity references, CDATA, an optional substitution left null, element starts
 * without dependency identifier in a BinXML value, UserData, string arrays; and crafted damage:
 * a template that instantiates itself and elements nested far too deep.
 */
class SyntheticEvtxTest {

    private static final Instant TIME = Instant.parse("2024-02-29T23:59:58.123456Z");

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** {@code <Event><System>...</System> %6 </Event>} with a nested EventData and a UserData. */
    private static void richRecord(SyntheticEvtx file) {
        SyntheticEvtx.Bx bx = file.record();
        bx.fragmentHeader().templateInline().fragmentHeader();
        bx.open("Event", true).attribute("xmlns", false).text("http://schemas.microsoft.com/win/2004/08/events/event")
                .closeStart();
        bx.open("System", false).closeStart();
        bx.open("Provider", true).attribute("Name", false).subst(0, ValueType.STRING, false).closeEmpty();
        bx.open("EventID", true).attribute("Qualifiers", false).subst(1, ValueType.UINT16, true).closeStart()
                .subst(2, ValueType.UINT16, false).end();
        bx.open("TimeCreated", true).attribute("SystemTime", false).subst(3, ValueType.FILETIME, false).closeEmpty();
        bx.open("EventRecordID", false).closeStart().subst(4, ValueType.UINT64, false).end();
        bx.open("Computer", false).closeStart().subst(5, ValueType.STRING, false).end();
        bx.end(); // System
        bx.subst(7, ValueType.BINXML, false);
        bx.open("UserData", false).closeStart().open("Wrapper", false).closeStart();
        bx.open("Script", false).closeStart().cdata("if (a < b) {}").end();
        bx.open("Names", false).closeStart().subst(6, ValueType.ARRAY | ValueType.STRING, false).end();
        bx.end().end(); // Wrapper, UserData
        bx.end().eof(); // Event
        long ticks = (TIME.getEpochSecond() + 11_644_473_600L) * 10_000_000L + TIME.getNano() / 100;
        bx.valuesThenBinXml(() -> {
            bx.fragmentHeader();
            bx.open("EventData", false).closeStart();
            bx.open("Data", true).attribute("Name", false).text("Message").closeStart()
                    .text("x ").entityRef("amp").text(" y").charRef(65).end();
            bx.open("Data", false).closeStart().text("first").end();
            bx.open("Data", false).closeStart().text("second").end();
            bx.end().eof();
        },
                SyntheticEvtx.Value.string("Test-Provider"),
                new SyntheticEvtx.Value(ValueType.NULL, new byte[0]),
                SyntheticEvtx.Value.of(ValueType.UINT16, le(2).putShort((short) 4688)),
                SyntheticEvtx.Value.of(ValueType.FILETIME, le(8).putLong(ticks)),
                SyntheticEvtx.Value.of(ValueType.UINT64, le(8).putLong(77)),
                SyntheticEvtx.Value.string("HOST-1\0"),
                new SyntheticEvtx.Value(ValueType.ARRAY | ValueType.STRING, "a\0b\0".getBytes(
                        java.nio.charset.StandardCharsets.UTF_16LE)));
        bx.eof();
        bx.finish();
    }

    private static List<Event> read(byte[] data, List<Problem> problems) {
        List<Event> events = new ArrayList<>();
        EvtxReader.read(data, "synthetic.evtx", events::add, problems::add);
        return events;
    }

    @Test
    void everyTokenKindMapsToTheCanonicalFields() {
        SyntheticEvtx file = new SyntheticEvtx();
        richRecord(file);
        List<Problem> problems = new ArrayList<>();
        List<Event> events = read(file.build(), problems);
        assertThat(problems).isEmpty();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.get("Provider_Name")).isEqualTo("Test-Provider");
            assertThat(e.get("EventID")).isEqualTo("4688");
            assertThat(e.has("EventID_Qualifiers")).as("null optional substitution leaves the attribute out").isFalse();
            assertThat(e.get("TimeCreated_SystemTime")).isEqualTo("2024-02-29T23:59:58.123456Z");
            assertThat(e.get("EventRecordID")).isEqualTo("77");
            assertThat(e.get("Computer")).isEqualTo("HOST-1");
            assertThat(e.get("Message")).isEqualTo("x & yA");
            assertThat(e.get("Data")).isEqualTo(List.of("first", "second"));
            assertThat(e.get("Script")).isEqualTo("if (a < b) {}");
            assertThat(e.get("Names")).isEqualTo(List.of("a", "b"));
            assertThat(e.timeMicros()).isEqualTo(TIME.getEpochSecond() * 1_000_000L + TIME.getNano() / 1000);
            assertThat(e.host()).isEqualTo("HOST-1");
            assertThat(e.source().recordId()).isEqualTo(77);
            assertThat(e.source().path()).isEqualTo("synthetic.evtx");
        });
    }

    @Test
    void dumpRendersTheSameRecord(@TempDir Path dir) throws Exception {
        SyntheticEvtx file = new SyntheticEvtx();
        richRecord(file);
        Path path = dir.resolve("synthetic.evtx");
        Files.write(path, file.build());
        StringWriter json = new StringWriter();
        EvtxDump.dump(path, "jsonl", json, p -> { });
        assertThat(json.toString()).contains("\"EventID\":4688", "\"Message\":\"x & yA\"",
                "\"Data\":{\"#text\":[\"first\",\"second\"]}", "\"Names\":[\"a\",\"b\"]", "\"Script\":\"if (a < b) {}\"");
        StringWriter xml = new StringWriter();
        EvtxDump.dump(path, "xml", xml, p -> { });
        assertThat(xml.toString()).startsWith("Record 1\n<?xml").contains("<Data Name=\"Message\">x &amp; yA</Data>",
                "<Script>if (a &lt; b) {}</Script>", "<EventID>4688</EventID>");
    }

    @Test
    void templateThatInstantiatesItselfIsReportedAndTheNextRecordRead() {
        SyntheticEvtx file = new SyntheticEvtx();
        SyntheticEvtx.Bx bx = file.record();
        bx.fragmentHeader().templateInline().fragmentHeader();
        int self = bx.lastTemplate();
        bx.open("Event", false).closeStart();
        bx.templateRef(self).values(); // the template's body instantiates the template itself
        bx.end().eof();
        bx.values().eof();
        bx.finish();
        richRecord(file);
        assertFirstRecordBadAndSecondRead(file, "refers to itself");
    }

    @Test
    void elementsNestedTooDeepAreReportedNotOverflowed() {
        SyntheticEvtx file = new SyntheticEvtx();
        SyntheticEvtx.Bx bx = file.record();
        bx.fragmentHeader();
        for (int i = 0; i < 500; i++) {
            bx.open("E", false).closeStart();
        }
        for (int i = 0; i < 500; i++) {
            bx.end();
        }
        bx.eof();
        bx.finish();
        richRecord(file);
        assertFirstRecordBadAndSecondRead(file, "nested deeper than");
    }

    @Test
    void templateRepeatingOneLargeValueIsCutOffByTheWorkLimit() {
        SyntheticEvtx file = new SyntheticEvtx();
        SyntheticEvtx.Bx bx = file.record();
        bx.fragmentHeader().templateInline().fragmentHeader();
        bx.open("Event", false).closeStart().open("EventData", false).closeStart();
        for (int i = 0; i < 700; i++) {
            bx.open("Data", false).closeStart().subst(0, ValueType.STRING, false).end();
        }
        bx.end().end().eof();
        bx.values(SyntheticEvtx.Value.string("x".repeat(12_000))).eof();
        bx.finish();
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>();
        List<Event> events = read(file.build(), problems);
        assertThat(events).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("evtx.bad-binxml");
            assertThat(p.message()).contains("work limit");
        });
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    private static void assertFirstRecordBadAndSecondRead(SyntheticEvtx file, String why) {
        List<Problem> problems = new ArrayList<>();
        List<Event> events = read(file.build(), problems);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("evtx.bad-binxml");
            assertThat(p.place()).isEqualTo("synthetic.evtx#chunk 0 record 1");
            assertThat(p.message()).contains(why);
        });
        assertThat(events).singleElement().satisfies(e -> assertThat(e.get("Computer")).isEqualTo("HOST-1"));
    }
}

package io.longwatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import io.longwatch.core.time.Timestamps;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One Sysmon process-creation event written by hand in the three Windows layouts (evtx-crate,
 * NXLog-flattened, Winlogbeat) must reach rules with the same canonical fields.
 */
class WindowsLayoutsTest {

    /** System fields every shipper carries with the same value (Task/Opcode/Level/Keywords differ in form). */
    private static final List<String> SYSTEM = List.of("EventID", "Channel", "Provider_Name", "Computer",
            "EventRecordID", "Security_UserID", "Execution_ProcessID", "Execution_ThreadID", "Version");

    private static final List<String> EVENT_DATA = List.of("RuleName", "UtcTime", "ProcessGuid", "ProcessId",
            "Image", "FileVersion", "Description", "Product", "Company", "OriginalFileName", "CommandLine",
            "CurrentDirectory", "User", "LogonGuid", "LogonId", "TerminalSessionId", "IntegrityLevel", "Hashes",
            "ParentProcessGuid", "ParentProcessId", "ParentImage", "ParentCommandLine", "ParentUser");

    @Test
    void threeLayoutsOfOneRecordGiveIdenticalCanonicalFields() throws IOException {
        Event crate = read("sysmon1-evtx-crate.json", ReadOptions.defaults());
        Event flat = read("sysmon1-flattened.json", ReadOptions.defaults());
        Event beat = read("sysmon1-winlogbeat.json", ReadOptions.defaults());

        Map<String, Object> expected = canonical(crate);
        assertThat(expected).containsEntry("EventID", "1")
                .containsEntry("Provider_Name", "Microsoft-Windows-Sysmon")
                .containsEntry("Computer", "ws07.example.test")
                .containsEntry("Execution_ProcessID", "2944")
                .containsEntry("ProcessId", "6120")
                .containsEntry("Image", "C:\\Windows\\System32\\certutil.exe");
        assertThat(expected).doesNotContainValue(null);
        assertThat(canonical(flat)).isEqualTo(expected);
        assertThat(canonical(beat)).isEqualTo(expected);

        long time = Timestamps.parseMicros("2024-03-05T10:20:30.123456Z");
        for (Event e : List.of(crate, flat, beat)) {
            assertThat(e.timeMicros()).as(e.source().path()).isEqualTo(time);
            assertThat(e.host()).as(e.source().path()).isEqualTo("ws07.example.test");
            assertThat(e.source().recordId()).as(e.source().path()).isEqualTo(48211);
        }
        // The general System rule: attribute Y of child X -> X_Y.
        assertThat(crate.get("TimeCreated_SystemTime")).isEqualTo("2024-03-05T10:20:30.1234560Z");
        assertThat(crate.get("Provider_Guid")).isEqualTo("5770385F-C22A-43E0-BF4C-06F5698FFBD9");
        assertThat(crate.has("Correlation")).isTrue();
        assertThat(crate.get("Correlation")).isNull();
    }

    @Test
    void narrowInterestStillMaterialisesSystemFieldsInEveryLayout() throws IOException {
        ReadOptions narrow = ReadOptions.defaults().withInterest(FieldInterest.of(Set.of("CommandLine")));
        for (String fixture : List.of("sysmon1-evtx-crate.json", "sysmon1-flattened.json", "sysmon1-winlogbeat.json")) {
            Event e = read(fixture, narrow);
            assertThat(e.get("CommandLine")).as(fixture).asString().startsWith("certutil -urlcache");
            assertThat(e.get("EventID")).as(fixture).isEqualTo("1");
            assertThat(e.get("Channel")).as(fixture).isEqualTo("Microsoft-Windows-Sysmon/Operational");
            assertThat(e.get("Provider_Name")).as(fixture).isEqualTo("Microsoft-Windows-Sysmon");
            assertThat(e.get("Computer")).as(fixture).isEqualTo("ws07.example.test");
            assertThat(e.has("Image")).as(fixture + " Image not wanted").isFalse();
            assertThat(e.has("ParentCommandLine")).as(fixture).isFalse();
            assertThat(e.timeMicros()).as(fixture).isNotEqualTo(Event.NO_TIME);
        }
    }

    @Test
    void layoutIsRecognisedPerRecordWithinOneInput() throws IOException {
        String lines = oneLine("sysmon1-flattened.json") + "\n" + oneLine("sysmon1-winlogbeat.json") + "\n"
                + oneLine("sysmon1-evtx-crate.json") + "\n" + "{\"EventID\":\"x\",\"user\":{\"name\":\"bob\"}}\n";
        TestSupport t = TestSupport.read("mixed.jsonl", lines);
        assertThat(t.problems).isEmpty();
        assertThat(t.events).hasSize(4);
        for (int i = 0; i < 3; i++) {
            assertThat(t.events.get(i).get("CommandLine")).asString().startsWith("certutil");
            assertThat(t.events.get(i).get("Computer")).isEqualTo("ws07.example.test");
        }
        // No Channel/SourceName: not a Windows record, so generic paths.
        assertThat(t.events.get(3).get("user.name")).isEqualTo("bob");
        assertThat(t.events.get(3).source().line()).isEqualTo(4);
    }

    private static Map<String, Object> canonical(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String name : SYSTEM) {
            m.put(name, e.get(name));
        }
        for (String name : EVENT_DATA) {
            m.put(name, e.get(name));
        }
        return m;
    }

    private static Event read(String fixture, ReadOptions options) throws IOException {
        TestSupport t = TestSupport.read(InputUnit.ofBytes(fixture, bytes(fixture)), options);
        assertThat(t.problems).as(fixture).isEmpty();
        return t.only();
    }

    private static String oneLine(String fixture) throws IOException {
        return new String(bytes(fixture), java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\n\\s*", "");
    }

    static byte[] bytes(String fixture) throws IOException {
        try (InputStream in = WindowsLayoutsTest.class.getResourceAsStream("fixtures/" + fixture)) {
            assertThat(in).as(fixture).isNotNull();
            return in.readAllBytes();
        }
    }
}

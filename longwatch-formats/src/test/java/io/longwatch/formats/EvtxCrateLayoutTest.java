package io.longwatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evtx-crate layout's structural rules: #text, #attributes, unnamed Data, UserData. */
class EvtxCrateLayoutTest {

    @Test
    void eventIdWithQualifiersAndUnnamedDataItems() {
        Event e = TestSupport.read("svc.json", """
                {"Event": {"System": {
                    "Provider": {"#attributes": {"Name": "Service Control Manager", "EventSourceName": "SCM"}},
                    "EventID": {"#attributes": {"Qualifiers": 16384}, "#text": 7036},
                    "Channel": "System", "Computer": "dc1",
                    "TimeCreated": {"#attributes": {"SystemTime": "2024-01-01T00:00:00.000000Z"}},
                    "Correlation": {"#attributes": {"ActivityID": "{AAAA}"}}},
                  "EventData": {"Data": {"#text": ["Windows Update", "running"]}, "Binary": "7700"}}}
                """).only();
        assertThat(e.get("EventID")).isEqualTo("7036");
        assertThat(e.get("EventID_Qualifiers")).isEqualTo("16384");
        assertThat(e.get("Provider_Name")).isEqualTo("Service Control Manager");
        assertThat(e.get("Provider_EventSourceName")).isEqualTo("SCM");
        assertThat(e.get("Correlation_ActivityID")).isEqualTo("{AAAA}");
        assertThat(e.get("Data")).isEqualTo(List.of("Windows Update", "running"));
        assertThat(e.get("Binary")).isEqualTo("7700");
        assertThat(e.source().recordId()).isEqualTo(-1);
    }

    @Test
    void singleUnnamedDataIsAString() {
        Event e = TestSupport.read("one.json", """
                {"Event": {"System": {"EventID": 1, "Channel": "Application", "Computer": "pc",
                  "Provider": {"#attributes": {"Name": "App"}}}, "EventData": {"Data": "only value"}}}
                """).only();
        assertThat(e.get("Data")).isEqualTo("only value");
    }

    @Test
    void userDataFieldsKeepTheirNamesWithoutTheWrapper() {
        Event e = TestSupport.read("ud.json", """
                {"Event": {"System": {"EventID": 1102, "Channel": "Security", "Computer": "dc1",
                   "Provider": {"#attributes": {"Name": "Microsoft-Windows-Eventlog"}}},
                 "UserData": {"LogFileCleared": {"#attributes": {"xmlns": "http://manifests.microsoft.com/win/2004/08/windows/eventlog"},
                   "SubjectUserSid": "S-1-5-21-1", "SubjectUserName": "admin", "Detail": {"#text": "x", "#attributes": {"k": "v"}}}}}}
                """).only();
        assertThat(e.get("SubjectUserSid")).isEqualTo("S-1-5-21-1");
        assertThat(e.get("SubjectUserName")).isEqualTo("admin");
        assertThat(e.get("Detail")).isEqualTo("x");
        assertThat(e.has("xmlns")).isFalse();
        assertThat(e.has("LogFileCleared.SubjectUserSid")).isFalse();
        for (int i = 0; i < e.size(); i++) {
            assertThat(e.name(i)).doesNotContain("#");
        }
    }
}

package io.longwatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Zeek JSON logs through the JSON reader's zeek layout: log path, time, host, field names. */
class ZeekJsonTest {

    @Test
    void streamedLogsKeepTheirOwnPathAndIsoTimesParse() {
        TestSupport t = TestSupport.read("zeek-stream.json",
                "{\"_path\":\"dns\",\"_write_ts\":\"2020-09-10T16:30:40.000000Z\",\"ts\":\"2020-09-10T16:30:38.238535Z\","
                        + "\"uid\":\"C1\",\"id.orig_h\":\"10.0.0.1\",\"query\":\"example.com\",\"answers\":[\"93.184.216.34\"]}\n");
        Event e = t.only();
        assertThat(e.get("_path")).isEqualTo("dns");
        assertThat(e.timeMicros()).isEqualTo(1_599_755_438_238_535L);
        assertThat(e.get("answers")).isEqualTo(List.of("93.184.216.34"));
    }

    @Test
    void nestedIdObjectsGiveZeeksDottedNamesAndHostStaysNull() {
        TestSupport t = TestSupport.read("logs/http.2024-01-01-00-00-00.log",
                "{\"ts\":1599755438.238535,\"uid\":\"C2\",\"id\":{\"orig_h\":\"10.0.0.2\",\"resp_p\":80},"
                        + "\"host\":\"www.example.org\",\"uri\":\"/\"}\n");
        Event e = t.only();
        assertThat(e.get("id.orig_h")).isEqualTo("10.0.0.2");
        assertThat(e.get("id.resp_p")).isEqualTo("80");
        assertThat(e.get("host")).isEqualTo("www.example.org");
        assertThat(e.host()).as("the sensor is not in the log").isNull();
        assertThat(e.get("_path")).isEqualTo("http");
        assertThat(e.timeMicros()).isEqualTo(1_599_755_438_238_535L);
    }

    @Test
    void pathIsMaterialisedWhateverTheInterestAndOtherJsonIsNotZeek() {
        TestSupport t = TestSupport.read(InputUnit.ofBytes("dns.log",
                "{\"ts\":1.5,\"uid\":\"C3\",\"query\":\"q.example\",\"qtype_name\":\"A\"}\n".getBytes()),
                ReadOptions.defaults().withInterest(FieldInterest.of(Set.of("query"))));
        assertThat(t.only().get("_path")).isEqualTo("dns");
        assertThat(t.only().has("qtype_name")).isFalse();
        assertThat(t.only().timeMicros()).isEqualTo(1_500_000L);
        // JSON with a ts but nothing Zeek-like stays generic: no _path, host from its own field.
        Event other = TestSupport.read("app.log", "{\"ts\":1.5,\"host\":\"web01\",\"msg\":\"hi\"}\n").only();
        assertThat(other.has("_path")).isFalse();
        assertThat(other.host()).isEqualTo("web01");
    }

    @Test
    void logPathFromFileNames() {
        assertThat(io.longwatch.formats.zeek.ZeekLogPath.fromFileName("/var/log/zeek/conn.2024-01-01-00-00-00.log.gz"))
                .isEqualTo("conn");
        assertThat(io.longwatch.formats.zeek.ZeekLogPath.fromFileName("zeek/dns-week2.log.gz")).isEqualTo("dns");
        assertThat(io.longwatch.formats.zeek.ZeekLogPath.fromFileName("a.zip!/logs/smb_files.log")).isEqualTo("smb_files");
        assertThat(io.longwatch.formats.zeek.ZeekLogPath.fromFileName("C:\\logs\\x509.log")).isEqualTo("x509");
        assertThat(io.longwatch.formats.zeek.ZeekLogPath.fromFileName("-")).isNull();
    }
}

package io.longwatch.demo;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/**
 * What Winlogbeat 8 ships to Elasticsearch: ECS fields plus {@code winlog.*}, every event data
 * value a string, time in {@code @timestamp} with millisecond precision.
 */
final class WinlogbeatLayout implements RecordLayout {

    @Override
    public void write(JsonGenerator g, Host host, DemoEvent e, long recordId) throws IOException {
        Kind kind = e.kind;
        g.writeStartObject();
        g.writeStringField("@timestamp", DemoClock.isoMillis(e.timeMicros));
        g.writeObjectFieldStart("agent");
        g.writeStringField("type", "winlogbeat");
        g.writeStringField("version", "8.15.3");
        g.writeStringField("name", host.name());
        g.writeEndObject();
        g.writeObjectFieldStart("ecs");
        g.writeStringField("version", "8.0.0");
        g.writeEndObject();
        g.writeObjectFieldStart("host");
        g.writeStringField("name", host.computer().toLowerCase(java.util.Locale.ROOT));
        g.writeEndObject();
        g.writeObjectFieldStart("event");
        g.writeStringField("code", Integer.toString(kind.eventId));
        g.writeStringField("kind", "event");
        g.writeStringField("provider", kind.source.provider);
        g.writeEndObject();
        g.writeObjectFieldStart("log");
        g.writeStringField("level", "information");
        g.writeEndObject();
        g.writeObjectFieldStart("winlog");
        g.writeStringField("channel", kind.source.channel);
        g.writeStringField("computer_name", host.computer());
        g.writeStringField("event_id", Integer.toString(kind.eventId));
        g.writeStringField("provider_name", kind.source.provider);
        g.writeStringField("provider_guid", "{" + kind.source.providerGuid + "}");
        g.writeNumberField("record_id", recordId);
        g.writeStringField("api", "wineventlog");
        g.writeNumberField("version", kind.version);
        g.writeStringField("keywords", kind.source == Kind.Source.SECURITY
                ? (kind == Kind.LOGON_FAILED ? "Audit Failure" : "Audit Success") : "");
        g.writeObjectFieldStart("process");
        int pid = RecordLayout.executionPid(host, kind);
        g.writeNumberField("pid", pid);
        g.writeObjectFieldStart("thread");
        g.writeNumberField("id", pid + 4 + (int) (recordId % 97) * 4);
        g.writeEndObject();
        g.writeEndObject();
        if (kind.source == Kind.Source.SYSMON) {
            g.writeObjectFieldStart("user");
            g.writeStringField("identifier", Security.SYSTEM_SID);
            g.writeStringField("domain", "NT AUTHORITY");
            g.writeStringField("name", "SYSTEM");
            g.writeStringField("type", "Well Known Group");
            g.writeEndObject();
        }
        g.writeObjectFieldStart("event_data");
        String[] f = e.fields;
        for (int i = 0; i < f.length; i += 2) {
            g.writeStringField(f[i], f[i + 1]);
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }
}

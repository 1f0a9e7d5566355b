package io.longwatch.demo;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.Set;

/**
 * The JSON the evtx crate produces from an .evtx file: {@code Event.System} with attributes under
 * {@code #attributes}, {@code Event.EventData} by name; integer-typed data items are JSON numbers.
 */
final class EvtxJsonLayout implements RecordLayout {
    private static final Set<String> NUMERIC = Set.of("ProcessId", "ParentProcessId", "SourcePort", "DestinationPort",
            "TerminalSessionId", "SourceProcessId", "SourceThreadId", "TargetProcessId", "LogonType", "KeyLength",
            "QueryStatus", "PreAuthType");

    @Override
    public void write(JsonGenerator g, Host host, DemoEvent e, long recordId) throws IOException {
        Kind kind = e.kind;
        g.writeStartObject();
        g.writeObjectFieldStart("Event");
        g.writeObjectFieldStart("#attributes");
        g.writeStringField("xmlns", "http://schemas.microsoft.com/win/2004/08/events/event");
        g.writeEndObject();
        g.writeObjectFieldStart("System");
        g.writeObjectFieldStart("Provider");
        g.writeObjectFieldStart("#attributes");
        g.writeStringField("Name", kind.source.provider);
        g.writeStringField("Guid", kind.source == Kind.Source.SECURITY ? "{" + kind.source.providerGuid + "}"
                : kind.source.providerGuid);
        g.writeEndObject();
        g.writeEndObject();
        g.writeNumberField("EventID", kind.eventId);
        g.writeNumberField("Version", kind.version);
        g.writeNumberField("Level", kind.source == Kind.Source.SECURITY ? 0 : 4);
        g.writeNumberField("Task", kind.task);
        g.writeNumberField("Opcode", 0);
        g.writeStringField("Keywords", kind.keywords());
        g.writeObjectFieldStart("TimeCreated");
        g.writeObjectFieldStart("#attributes");
        g.writeStringField("SystemTime", DemoClock.systemTime(e.timeMicros));
        g.writeEndObject();
        g.writeEndObject();
        g.writeNumberField("EventRecordID", recordId);
        g.writeNullField("Correlation");
        g.writeObjectFieldStart("Execution");
        g.writeObjectFieldStart("#attributes");
        int pid = RecordLayout.executionPid(host, kind);
        g.writeNumberField("ProcessID", pid);
        g.writeNumberField("ThreadID", pid + 4 + (int) (recordId % 97) * 4);
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringField("Channel", kind.source.channel);
        g.writeStringField("Computer", host.computer());
        if (kind.source == Kind.Source.SYSMON) {
            g.writeObjectFieldStart("Security");
            g.writeObjectFieldStart("#attributes");
            g.writeStringField("UserID", Security.SYSTEM_SID);
            g.writeEndObject();
            g.writeEndObject();
        } else {
            g.writeNullField("Security");
        }
        g.writeEndObject();
        g.writeObjectFieldStart("EventData");
        String[] f = e.fields;
        for (int i = 0; i < f.length; i += 2) {
            if (NUMERIC.contains(f[i]) && RecordLayout.digits(f[i + 1])) {
                g.writeFieldName(f[i]);
                g.writeNumber(f[i + 1]);
            } else {
                g.writeStringField(f[i], f[i + 1]);
            }
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
    }
}

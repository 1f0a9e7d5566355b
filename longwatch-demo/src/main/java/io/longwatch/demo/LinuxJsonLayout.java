package io.longwatch.demo;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/**
 * Plain JSON from the Linux host's process-audit shipper: {@code @timestamp}, {@code host},
 * {@code event.category}/{@code event.type}, then flat Sysmon-for-Linux-like process fields.
 */
final class LinuxJsonLayout implements RecordLayout {

    @Override
    public void write(JsonGenerator g, Host host, DemoEvent e, long recordId) throws IOException {
        g.writeStartObject();
        g.writeStringField("@timestamp", DemoClock.isoMillis(e.timeMicros));
        g.writeStringField("host", host.computer());
        g.writeObjectFieldStart("event");
        g.writeStringField("category", "process");
        g.writeStringField("type", "start");
        g.writeNumberField("sequence", recordId);
        g.writeEndObject();
        String[] f = e.fields;
        for (int i = 0; i < f.length; i += 2) {
            if ((f[i].equals("ProcessId") || f[i].equals("ParentProcessId")) && RecordLayout.digits(f[i + 1])) {
                g.writeFieldName(f[i]);
                g.writeNumber(f[i + 1]);
            } else {
                g.writeStringField(f[i], f[i + 1]);
            }
        }
        g.writeEndObject();
    }
}

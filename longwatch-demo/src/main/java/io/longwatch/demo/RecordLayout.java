package io.longwatch.demo;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/** Writes one generated record as one JSON object in a log shipper's layout. */
sealed interface RecordLayout permits EvtxJsonLayout, WinlogbeatLayout, LinuxJsonLayout {

    void write(JsonGenerator g, Host host, DemoEvent e, long recordId) throws IOException;

    static RecordLayout of(Layout layout) {
        return switch (layout) {
            case EVTX_JSON -> new EvtxJsonLayout();
            case WINLOGBEAT -> new WinlogbeatLayout();
            case LINUX_JSON -> new LinuxJsonLayout();
        };
    }

    /** Execution ProcessID of the writing service: Sysmon's service or LSASS for Security, per host. */
    static int executionPid(Host host, Kind kind) {
        return kind.source == Kind.Source.SECURITY ? 660 + 4 * host.index() : 3100 + 8 * host.index();
    }

    static boolean digits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}

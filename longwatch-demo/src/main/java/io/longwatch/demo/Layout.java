package io.longwatch.demo;

/** The JSON shape a host's log shipper writes; several coexist to show the readers do not care. */
enum Layout {
    /** evtx-crate style: {@code {"Event":{"System":{...},"EventData":{...}}}}. */
    EVTX_JSON,
    /** Winlogbeat / ECS style: {@code winlog.*} with {@code @timestamp}. */
    WINLOGBEAT,
    /** Plain JSON from a Linux process-audit shipper: flat Sysmon-for-Linux-like fields. */
    LINUX_JSON
}

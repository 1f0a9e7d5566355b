package io.longwatch.analytics;

import io.longwatch.core.event.Event;
import io.longwatch.core.event.EventBuilder;
import io.longwatch.core.event.SourceRef;

/** Synthetic Zeek records for unit tests, with the Zeek reader's field names. */
final class Zeek {

    private static long line;

    private Zeek() {
    }

    static final long DAY = 86_400_000_000L;
    /** 2026-01-01T00:00:00Z in microseconds. */
    static final long T0 = 1_767_225_600_000_000L;

    static Event conn(long micros, String src, String dst, int port, String proto, double duration, long origBytes,
            String state) {
        EventBuilder b = new EventBuilder()
                .put(ZeekFields.PATH, "conn")
                .put(ZeekFields.ORIG_H, src)
                .put(ZeekFields.RESP_H, dst)
                .put(ZeekFields.RESP_P, Integer.toString(port))
                .put(ZeekFields.PROTO, proto)
                .put(ZeekFields.CONN_STATE, state)
                .put(ZeekFields.RESP_PKTS, "S0".equals(state) || "REJ".equals(state) ? "0" : "3");
        if (duration >= 0) {
            b.put(ZeekFields.DURATION, Double.toString(duration));
        }
        if (origBytes >= 0) {
            b.put(ZeekFields.ORIG_BYTES, Long.toString(origBytes));
        }
        return b.time(micros).host(src).build(new SourceRef("conn.log", ++line, -1));
    }

    static Event tcp(long micros, String src, String dst, int port, long origBytes) {
        return conn(micros, src, dst, port, "tcp", 0.5, origBytes, "SF");
    }

    static Event dns(long micros, String src, String query, String qtype, String rcode) {
        return new EventBuilder()
                .put(ZeekFields.PATH, "dns")
                .put(ZeekFields.ORIG_H, src)
                .put(ZeekFields.RESP_H, "10.0.0.53")
                .put(ZeekFields.RESP_P, "53")
                .put(ZeekFields.PROTO, "udp")
                .put(ZeekFields.QUERY, query)
                .put(ZeekFields.QTYPE_NAME, qtype)
                .put(ZeekFields.RCODE_NAME, rcode)
                .time(micros).host(src).build(new SourceRef("dns.log", ++line, -1));
    }

    static Event http(long micros, String src, String dst, String host, long bodyLength) {
        return new EventBuilder()
                .put(ZeekFields.PATH, "http")
                .put(ZeekFields.ORIG_H, src)
                .put(ZeekFields.RESP_H, dst)
                .put(ZeekFields.RESP_P, "80")
                .put(ZeekFields.METHOD, "POST")
                .put(ZeekFields.HOST, host)
                .put(ZeekFields.URI, "/gate.php")
                .put(ZeekFields.REQUEST_BODY_LEN, Long.toString(bodyLength))
                .time(micros).host(src).build(new SourceRef("http.log", ++line, -1));
    }
}

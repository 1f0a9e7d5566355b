package io.longwatch.analytics;

import io.longwatch.core.event.Event;

/**
 * The fields of one Zeek record the analytics use, pulled out of an {@link Event} once and parsed to
 * primitives. Mutable and reused by its run for every event (no per-event allocation).
 */
final class Flow {

    /** Zeek log types the analytics understand. */
    enum Type { CONN, DNS, HTTP, SSL, OTHER }

    Type type;
    Event event;
    String src;
    String dst;
    int dstPort;
    String proto;
    double durationSeconds;
    long origBytes;
    String connState;
    long respPackets;
    String query;
    String qtype;
    String rcode;
    String name;
    long requestBodyLength;

    /** Loads the event; false when it is not a Zeek network record (no addresses or time). */
    boolean load(Event e) {
        event = e;
        Object s = e.get(ZeekFields.ORIG_H);
        Object d = e.get(ZeekFields.RESP_H);
        if (!(s instanceof String src0) || !(d instanceof String dst0) || e.timeMicros() == Event.NO_TIME) {
            return false;
        }
        src = src0;
        dst = dst0;
        type = typeOf(e);
        dstPort = (int) number(e.get(ZeekFields.RESP_P), -1);
        proto = text(e.get(ZeekFields.PROTO));
        durationSeconds = -1;
        origBytes = -1;
        connState = null;
        respPackets = -1;
        query = null;
        qtype = null;
        rcode = null;
        name = null;
        requestBodyLength = -1;
        switch (type) {
            case CONN -> {
                durationSeconds = decimal(e.get(ZeekFields.DURATION));
                origBytes = number(e.get(ZeekFields.ORIG_BYTES), -1);
                connState = text(e.get(ZeekFields.CONN_STATE));
                respPackets = number(e.get(ZeekFields.RESP_PKTS), -1);
            }
            case DNS -> {
                query = text(e.get(ZeekFields.QUERY));
                qtype = text(e.get(ZeekFields.QTYPE_NAME));
                rcode = text(e.get(ZeekFields.RCODE_NAME));
                name = query;
            }
            case HTTP -> {
                name = text(e.get(ZeekFields.HOST));
                requestBodyLength = number(e.get(ZeekFields.REQUEST_BODY_LEN), -1);
            }
            case SSL -> name = text(e.get(ZeekFields.SERVER_NAME));
            default -> { }
        }
        if (name != null && (name.isEmpty() || name.equals("-"))) {
            name = null;
        }
        return true;
    }

    /**
     * Whether a connection attempt went unanswered: no reply to the SYN (S0, SH: SYN then FIN), rejected
     * (REJ), SYN then reset with no SYN-ACK (RSTOS0), or no reply packets at all (OTH, UDP, ICMP).
     * Mid-stream states (SHR, RSTRH: the responder's half only) say nothing about an attempt.
     */
    boolean failed() {
        if (connState == null) {
            return respPackets == 0;
        }
        return switch (connState) {
            case "S0", "REJ", "RSTOS0", "SH" -> true;
            case "OTH" -> respPackets <= 0;
            default -> false;
        };
    }

    /** DNS to a resolver: analysed through the names in dns.log, not as an address pair. */
    boolean isDns() {
        return dstPort == 53;
    }

    /** Protocol and port in one number: tcp ports as is, udp + 65,536, icmp + 131,072, other + 196,608. */
    int protoPort() {
        int p = dstPort & 0xffff;
        if (proto == null) {
            return 196_608 + p;
        }
        return switch (proto) {
            case "tcp" -> p;
            case "udp" -> 65_536 + p;
            case "icmp" -> 131_072 + p;
            default -> 196_608 + p;
        };
    }

    private static Type typeOf(Event e) {
        Object path = e.get(ZeekFields.PATH);
        if (path instanceof String p) {
            switch (p) {
                case "conn": return Type.CONN;
                case "dns": return Type.DNS;
                case "http": return Type.HTTP;
                case "ssl": return Type.SSL;
                default: return Type.OTHER;
            }
        }
        // No _path (a reader that does not set it): tell the log type by its characteristic fields.
        if (e.has(ZeekFields.CONN_STATE)) {
            return Type.CONN;
        }
        if (e.has(ZeekFields.QUERY)) {
            return Type.DNS;
        }
        if (e.has(ZeekFields.METHOD) || e.has(ZeekFields.URI)) {
            return Type.HTTP;
        }
        if (e.has(ZeekFields.SERVER_NAME)) {
            return Type.SSL;
        }
        return Type.OTHER;
    }

    private static String text(Object v) {
        if (v instanceof String s) {
            return s.isEmpty() || s.equals("-") ? null : s;
        }
        return v == null ? null : Event.asText(v);
    }

    /** A non-negative integer, or {@code absent} for missing, unset or malformed values. */
    static long number(Object v, long absent) {
        if (!(v instanceof String s) || s.isEmpty() || s.length() > 18) {
            return absent;
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return absent;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** A non-negative decimal such as {@code 12.0345} (or an integer), or -1. */
    static double decimal(Object v) {
        if (!(v instanceof String s) || s.isEmpty() || s.length() > 30) {
            return -1;
        }
        long whole = 0;
        long frac = 0;
        long scale = 1;
        boolean dot = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
            } else if (c >= '0' && c <= '9') {
                if (dot) {
                    if (scale < 1_000_000_000_000L) {
                        frac = frac * 10 + (c - '0');
                        scale *= 10;
                    }
                } else {
                    whole = whole * 10 + (c - '0');
                    if (whole > 1L << 50) {
                        return -1;
                    }
                }
            } else if (c == 'e' || c == 'E') {
                // Scientific notation from a JSON writer: rare, so the slow path is fine.
                return parseSlow(s);
            } else {
                return -1;
            }
        }
        return whole + (double) frac / scale;
    }

    private static double parseSlow(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) {
                return -1;
            }
        }
        try {
            double d = Double.parseDouble(s);
            return d >= 0 && Double.isFinite(d) ? d : -1;
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }
}

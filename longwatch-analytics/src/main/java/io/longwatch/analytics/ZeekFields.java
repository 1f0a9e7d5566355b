package io.longwatch.analytics;

import java.util.Set;

/** The Zeek field names the analytics read (the reader's contract, see the Zeek reader). */
final class ZeekFields {

    private ZeekFields() {
    }

    static final String PATH = "_path";
    static final String UID = "uid";
    static final String ORIG_H = "id.orig_h";
    static final String ORIG_P = "id.orig_p";
    static final String RESP_H = "id.resp_h";
    static final String RESP_P = "id.resp_p";
    static final String PROTO = "proto";
    static final String SERVICE = "service";
    static final String DURATION = "duration";
    static final String ORIG_BYTES = "orig_bytes";
    static final String RESP_BYTES = "resp_bytes";
    static final String ORIG_IP_BYTES = "orig_ip_bytes";
    static final String CONN_STATE = "conn_state";
    static final String RESP_PKTS = "resp_pkts";
    static final String QUERY = "query";
    static final String QTYPE_NAME = "qtype_name";
    static final String RCODE_NAME = "rcode_name";
    static final String HOST = "host";
    static final String METHOD = "method";
    static final String URI = "uri";
    static final String REQUEST_BODY_LEN = "request_body_len";
    static final String SERVER_NAME = "server_name";

    static final Set<String> ALL = Set.of(PATH, UID, ORIG_H, ORIG_P, RESP_H, RESP_P, PROTO, SERVICE, DURATION,
            ORIG_BYTES, RESP_BYTES, ORIG_IP_BYTES, CONN_STATE, RESP_PKTS, QUERY, QTYPE_NAME, RCODE_NAME, HOST, METHOD, URI,
            REQUEST_BODY_LEN, SERVER_NAME);
}

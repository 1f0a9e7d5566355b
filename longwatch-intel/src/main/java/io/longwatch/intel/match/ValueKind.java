package io.longwatch.intel.match;

import java.util.Locale;

/**
 * How an event field carries observables, as the field-type data file names it. Decides which
 * indicator tables a value is looked up in and how it is cut up first.
 */
enum ValueKind {
    /** An IPv4 or IPv6 address ({@code DestinationIp}, {@code id.resp_h}, {@code ::ffff:10.0.0.1} too). */
    ADDRESS("address"),
    /** An address or a host name, possibly with {@code :port} (an HTTP {@code Host} header, a Zeek {@code host}). */
    HOST("host"),
    /** A domain name ({@code QueryName}, {@code query}); also matches indicators for its parent domains. */
    DOMAIN("domain"),
    /** A full URL; its host is also looked up as a {@link #HOST}. */
    URL("url"),
    /** The path and query of a URL whose host is in another field of the same event (Zeek {@code uri}). */
    URL_PATH("url-path"),
    /** Mail addresses, bare or in {@code Name <a@b>} form, one or several. */
    EMAIL("email"),
    /** A hex digest, typed by its length (MD5, SHA-1, SHA-256, SHA-512). */
    HASH("hash"),
    /** An import hash (Sysmon {@code IMPHASH}, ECS {@code pe.imphash}). */
    IMPHASH("imphash"),
    /** A Sysmon hash list: {@code SHA1=..,MD5=..,SHA256=..,IMPHASH=..}. */
    HASH_LIST("hash-list"),
    /** A file path; its last segment is looked up as a file name. */
    FILE_PATH("file-path"),
    /** A file name without directory. */
    FILE_NAME("file-name"),
    /** A DNS answer list: tokens split at {@code ;}, {@code ,} and blanks, each looked up as a {@link #HOST}. */
    DNS_ANSWERS("dns-answers");

    private final String id;

    ValueKind(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static ValueKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ValueKind k : values()) {
            if (k.id.equals(t)) {
                return k;
            }
        }
        return null;
    }
}

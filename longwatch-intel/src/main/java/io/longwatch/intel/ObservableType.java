package io.longwatch.intel;

/**
 * What an indicator's value is, which decides how it is normalised and which event fields it is
 * compared with. Names follow the STIX cyber-observable types where one exists.
 */
public enum ObservableType {
    /** An IPv4 address or CIDR block ({@code ipv4-addr}). */
    IPV4("ipv4-addr"),
    /** An IPv6 address or CIDR block ({@code ipv6-addr}). */
    IPV6("ipv6-addr"),
    /** A domain name; also matches its subdomains ({@code domain-name}). */
    DOMAIN("domain-name"),
    /** A URL, compared normalised ({@code url}). */
    URL("url"),
    /** A mail address ({@code email-addr}). */
    EMAIL("email-addr"),
    /** File hashes ({@code file:hashes.'MD5'} and friends). */
    MD5("file"),
    SHA1("file"),
    SHA256("file"),
    SHA512("file"),
    /** Import hash of a PE file, as Sysmon reports it. */
    IMPHASH("file"),
    /** A file name without directory ({@code file:name}). */
    FILE_NAME("file"),
    /** Anything else a STIX pattern can say; evaluated by the pattern engine, not by the value index. */
    PATTERN(null);

    private final String stixType;

    ObservableType(String stixType) {
        this.stixType = stixType;
    }

    /** The STIX cyber-observable object type this maps to, or null for {@link #PATTERN}. */
    public String stixType() {
        return stixType;
    }
}

package io.longwatch.intel.text;

import io.longwatch.intel.ObservableType;
import java.util.Locale;

/**
 * Reads the type names feeds use: ours ({@code IPV4}, {@code FILE_NAME}), STIX's ({@code ipv4-addr},
 * {@code domain-name}, {@code file:hashes.'SHA-256'}), MISP's ({@code ip-dst}, {@code hostname},
 * {@code sha256}, {@code filename}) and common ones ({@code ip}, {@code hash}, {@code fqdn}).
 */
public final class TypeNames {

    private TypeNames() {
    }

    /**
     * The type a name means, or null when unknown. Names that do not fix the type ({@code ip},
     * {@code hash}) are resolved by looking at the value.
     */
    public static ObservableType resolve(String name, String value) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (n) {
            case "ipv4", "ipv4-addr", "ip4" -> ObservableType.IPV4;
            case "ipv6", "ipv6-addr", "ip6" -> ObservableType.IPV6;
            case "ip", "ip-src", "ip-dst", "ip-addr", "ipaddress", "ip-address", "address", "cidr" ->
                    value.indexOf(':') >= 0 ? ObservableType.IPV6 : ObservableType.IPV4;
            case "domain", "domain-name", "hostname", "host", "fqdn" -> ObservableType.DOMAIN;
            case "url", "uri-full" -> ObservableType.URL;
            case "email", "email-addr", "email-src", "email-dst", "email-reply-to", "mail", "e-mail" ->
                    ObservableType.EMAIL;
            case "md5", "file:hashes.md5", "file:hashes.'md5'" -> ObservableType.MD5;
            case "sha1", "sha-1", "file:hashes.sha1", "file:hashes.'sha-1'" -> ObservableType.SHA1;
            case "sha256", "sha-256", "file:hashes.sha256", "file:hashes.'sha-256'" -> ObservableType.SHA256;
            case "sha512", "sha-512", "file:hashes.sha512", "file:hashes.'sha-512'" -> ObservableType.SHA512;
            case "imphash" -> ObservableType.IMPHASH;
            case "filename", "file-name", "file", "file:name" -> ObservableType.FILE_NAME;
            case "hash", "filehash", "file-hash" -> hashByLength(value);
            default -> null;
        };
    }

    private static ObservableType hashByLength(String value) {
        return switch (value.strip().length()) {
            case 32 -> ObservableType.MD5;
            case 40 -> ObservableType.SHA1;
            case 64 -> ObservableType.SHA256;
            case 128 -> ObservableType.SHA512;
            default -> null;
        };
    }
}

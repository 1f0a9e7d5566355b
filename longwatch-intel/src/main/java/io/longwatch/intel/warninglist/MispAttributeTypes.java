package io.longwatch.intel.warninglist;

import com.fasterxml.jackson.databind.JsonNode;
import io.longwatch.intel.ObservableType;
import java.util.EnumSet;

/** Which indicator types a warning list's {@code matching_attributes} (MISP attribute types) cover. */
final class MispAttributeTypes {

    private MispAttributeTypes() {
    }

    static EnumSet<ObservableType> appliesTo(JsonNode matchingAttributes) {
        EnumSet<ObservableType> out = EnumSet.noneOf(ObservableType.class);
        if (!matchingAttributes.isArray() || matchingAttributes.isEmpty()) {
            out.addAll(EnumSet.allOf(ObservableType.class));
            out.remove(ObservableType.PATTERN);
            return out;
        }
        for (JsonNode a : matchingAttributes) {
            String t = a.asText();
            for (String part : t.split("\\|")) {
                switch (part) {
                    case "ip-src", "ip-dst", "ip" -> {
                        out.add(ObservableType.IPV4);
                        out.add(ObservableType.IPV6);
                    }
                    case "domain", "hostname" -> {
                        out.add(ObservableType.DOMAIN);
                        if (t.equals("domain|ip")) {
                            out.add(ObservableType.IPV4);
                            out.add(ObservableType.IPV6);
                        }
                    }
                    case "url", "uri", "link" -> out.add(ObservableType.URL);
                    case "email", "email-src", "email-dst", "target-email", "whois-registrant-email", "dns-soa-email",
                            "email-reply-to" -> out.add(ObservableType.EMAIL);
                    case "md5" -> out.add(ObservableType.MD5);
                    case "sha1" -> out.add(ObservableType.SHA1);
                    case "sha256" -> out.add(ObservableType.SHA256);
                    case "sha512" -> out.add(ObservableType.SHA512);
                    case "imphash" -> out.add(ObservableType.IMPHASH);
                    case "filename" -> out.add(ObservableType.FILE_NAME);
                    default -> { }
                }
            }
        }
        return out;
    }
}

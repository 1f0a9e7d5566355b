package io.longwatch.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The threat report a partner CERT might share about the campaign: a STIX 2.1 bundle with the
 * intrusion set, the campaign, its malware, and indicators for the C2, relay and staging
 * addresses and the Cobalt Strike domain. Two indicators are there to be ignored: one the
 * producer revoked (it named a content-delivery address by mistake) and one whose validity ended
 * before the month the demo covers. Identifiers derive from names, so the file never changes.
 */
final class CampaignIntel {

    /** File name under the demo directory's {@code intel/} folder. */
    static final String FILE = "partner-cert-report.stix21.json";

    private static final String CREATED = "2026-02-20T08:00:00.000Z";
    private static final String VALID_FROM = "2026-02-01T00:00:00Z";

    /** An indicator the bundle carries. */
    record Ioc(String name, String pattern, String validFrom, String validUntil, boolean revoked, String indicates) {
    }

    private CampaignIntel() {
    }

    /** The indicators, in bundle order. */
    static List<Ioc> indicators() {
        return List.of(
                new Ioc("Cobalt Strike team server", "[ipv4-addr:value = '" + Campaign.CS_C2 + "']", VALID_FROM, null,
                        false, "malware:Cobalt Strike"),
                new Ioc("Cobalt Strike C2 domain", "[domain-name:value = '" + Campaign.CS_DOMAIN + "']", VALID_FROM,
                        null, false, "malware:Cobalt Strike"),
                new Ioc("Sliver-like implant C2", "[ipv4-addr:value = '" + Campaign.IMPLANT_C2 + "']", VALID_FROM, null,
                        false, "malware:Sliver"),
                new Ioc("VShell listener", "[ipv4-addr:value = '" + Campaign.VSHELL_C2 + "']", VALID_FROM, null, false,
                        "malware:VShell"),
                new Ioc("Operator relay for GOST, FRP and iox tunnels",
                        "[ipv4-addr:value = '" + Campaign.RELAY + "']", VALID_FROM,
                        null, false, "tool:GOST"),
                new Ioc("Payload staging server", "[url:value = 'http://" + Campaign.STAGING_SERVER + "/s/upd.ps1']",
                        VALID_FROM, null, false, "tool:PowerShell download cradle"),
                new Ioc("Content-delivery address listed in error", "[ipv4-addr:value = '192.0.2.14']", VALID_FROM,
                        null, true, "malware:Cobalt Strike"),
                new Ioc("Old phishing landing page (expired)", "[domain-name:value = 'trade-statistics.example']",
                        "2024-01-01T00:00:00Z", "2024-06-30T00:00:00Z", false, "campaign"));
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        JsonFactory factory = new JsonFactory();
        try (JsonGenerator g = factory.createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("type", "bundle");
            g.writeStringField("id", id("bundle", "longwatch-demo-partner-report"));
            g.writeArrayFieldStart("objects");
            String identity = id("identity", "partner-cert");
            sdo(g, "identity", identity, "Partner National CERT (demo)");
            g.writeStringField("identity_class", "organization");
            g.writeEndObject();
            String set = id("intrusion-set", "tgr-sta-1030");
            sdo(g, "intrusion-set", set, "TGR-STA-1030 (demo)");
            g.writeArrayFieldStart("aliases");
            g.writeString("UNC6619 (demo)");
            g.writeEndArray();
            g.writeEndObject();
            String campaign = id("campaign", "ministry-reorganisation-lures");
            sdo(g, "campaign", campaign, "Ministry reorganisation lures, 2026 (demo)");
            g.writeEndObject();
            relationship(g, campaign, "attributed-to", set);
            for (String m : List.of("malware:Cobalt Strike", "malware:Sliver", "malware:VShell", "tool:GOST",
                    "tool:PowerShell download cradle")) {
                String type = m.substring(0, m.indexOf(':'));
                String name = m.substring(m.indexOf(':') + 1);
                String mid = id(type, name);
                sdo(g, type, mid, name);
                if (type.equals("malware")) {
                    g.writeBooleanField("is_family", true);
                }
                g.writeEndObject();
                relationship(g, set, "uses", mid);
            }
            for (Ioc ioc : indicators()) {
                String iid = id("indicator", ioc.name());
                sdo(g, "indicator", iid, ioc.name());
                g.writeArrayFieldStart("indicator_types");
                g.writeString("malicious-activity");
                g.writeEndArray();
                g.writeStringField("pattern", ioc.pattern());
                g.writeStringField("pattern_type", "stix");
                g.writeStringField("valid_from", ioc.validFrom());
                if (ioc.validUntil() != null) {
                    g.writeStringField("valid_until", ioc.validUntil());
                }
                if (ioc.revoked()) {
                    g.writeBooleanField("revoked", true);
                }
                g.writeNumberField("confidence", ioc.revoked() ? 10 : 85);
                g.writeEndObject();
                String target = ioc.indicates().equals("campaign") ? campaign
                        : id(ioc.indicates().substring(0, ioc.indicates().indexOf(':')),
                                ioc.indicates().substring(ioc.indicates().indexOf(':') + 1));
                relationship(g, iid, "indicates", target);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        return file;
    }

    private static void sdo(JsonGenerator g, String type, String id, String name) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", type);
        g.writeStringField("spec_version", "2.1");
        g.writeStringField("id", id);
        g.writeStringField("created", CREATED);
        g.writeStringField("modified", CREATED);
        g.writeStringField("name", name);
    }

    private static void relationship(JsonGenerator g, String from, String kind, String to) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "relationship");
        g.writeStringField("spec_version", "2.1");
        g.writeStringField("id", id("relationship", from + kind + to));
        g.writeStringField("created", CREATED);
        g.writeStringField("modified", CREATED);
        g.writeStringField("relationship_type", kind);
        g.writeStringField("source_ref", from);
        g.writeStringField("target_ref", to);
        g.writeEndObject();
    }

    /** A STIX identifier derived from a name (name-based UUID), so the bundle is the same on every run. */
    private static String id(String type, String name) {
        return type + "--" + UUID.nameUUIDFromBytes((type + ":" + name).getBytes(StandardCharsets.UTF_8));
    }
}

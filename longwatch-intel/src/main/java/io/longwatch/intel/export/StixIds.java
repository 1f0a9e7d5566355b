package io.longwatch.intel.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.UUID;

/**
 * Deterministic STIX identifiers (UUIDv5), so exporting the same findings twice yields the same
 * bundle: cyber-observables use the STIX 2.1 namespace over their ID-contributing properties in
 * canonical JSON (as the specification defines), Longwatch's own objects a Longwatch namespace over
 * a descriptive name.
 */
final class StixIds {

    /** The namespace STIX 2.1 (section 2.9) prescribes for deterministic SCO identifiers. */
    static final UUID SCO_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");
    /** Longwatch's namespace for the SDOs and SROs it writes (fixed once, never to change). */
    static final UUID LONGWATCH_NAMESPACE = UUID.fromString("6d1c9a43-5e0b-5c8e-9a39-2f0f6f1b7a10");

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private StixIds() {
    }

    /** {@code type--uuid5(Longwatch namespace, name)}. */
    static String object(String type, String name) {
        return type + "--" + uuid5(LONGWATCH_NAMESPACE, type + "|" + name);
    }

    /** {@code type--uuid5(STIX namespace, canonical JSON of the ID-contributing properties)}. */
    static String observable(String type, Map<String, ?> idContributing) {
        try {
            return type + "--" + uuid5(SCO_NAMESPACE, CANONICAL.writeValueAsString(idContributing));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + idContributing, e);
        }
    }

    /** A name-based UUID, version 5 (SHA-1), RFC 9562. */
    static UUID uuid5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 unavailable", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        h[6] = (byte) ((h[6] & 0x0F) | 0x50);
        h[8] = (byte) ((h[8] & 0x3F) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }
}

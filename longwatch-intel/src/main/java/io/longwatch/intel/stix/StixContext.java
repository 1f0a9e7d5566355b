package io.longwatch.intel.stix;

import com.fasterxml.jackson.databind.JsonNode;
import io.longwatch.intel.IntelContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The context of each object in a bundle, from the relationships around it: threat actors and
 * intrusion sets (actors), campaigns, malware and tools, attack patterns (as ATT&amp;CK ids when their
 * external references carry one), and the report that lists it. One hop further, a campaign's or
 * intrusion set's {@code attributed-to} adds actors, and an infrastructure object passes on what it
 * is tied to ({@code consists-of} an address: the malware it {@code controls}).
 */
final class StixContext {

    private final Map<String, JsonNode> objects;
    private final Map<String, List<String>> neighbours = new HashMap<>();
    private final Map<String, String> reportOf = new HashMap<>();

    StixContext(Map<String, JsonNode> objects, List<JsonNode> relationships) {
        this.objects = objects;
        for (JsonNode r : relationships) {
            String src = r.path("source_ref").asText("");
            String dst = r.path("target_ref").asText("");
            if (!src.isEmpty() && !dst.isEmpty()) {
                neighbours.computeIfAbsent(src, k -> new ArrayList<>()).add(dst);
                neighbours.computeIfAbsent(dst, k -> new ArrayList<>()).add(src);
            }
        }
        for (JsonNode o : objects.values()) {
            if (o.path("type").asText().equals("report")) {
                String name = o.path("name").asText(null);
                for (JsonNode ref : o.path("object_refs")) {
                    reportOf.putIfAbsent(ref.asText(), name);
                }
            }
        }
    }

    /** The context of one object (indicator or SCO), with its own external ATT&amp;CK references. */
    IntelContext of(String id, JsonNode self) {
        Set<String> actors = new LinkedHashSet<>();
        Set<String> campaigns = new LinkedHashSet<>();
        Set<String> malware = new LinkedHashSet<>();
        Set<String> attack = new LinkedHashSet<>();
        attackIds(self, attack);
        for (String n : neighbours.getOrDefault(id, List.of())) {
            JsonNode o = objects.get(n);
            if (o == null) {
                continue;
            }
            String type = o.path("type").asText();
            add(type, o, actors, campaigns, malware, attack);
            if (type.equals("campaign") || type.equals("intrusion-set") || type.equals("infrastructure")) {
                for (String m : neighbours.getOrDefault(n, List.of())) {
                    JsonNode second = objects.get(m);
                    if (second == null || m.equals(id)) {
                        continue;
                    }
                    String t2 = second.path("type").asText();
                    boolean viaCampaign = !type.equals("infrastructure")
                            && (t2.equals("threat-actor") || t2.equals("intrusion-set"));
                    boolean viaInfrastructure = type.equals("infrastructure")
                            && (t2.equals("malware") || t2.equals("tool") || t2.equals("threat-actor")
                                    || t2.equals("intrusion-set") || t2.equals("campaign"));
                    if (viaCampaign || viaInfrastructure) {
                        add(t2, second, actors, campaigns, malware, attack);
                    }
                }
            }
        }
        String report = reportOf.get(id);
        if (actors.isEmpty() && campaigns.isEmpty() && malware.isEmpty() && attack.isEmpty() && report == null) {
            return IntelContext.NONE;
        }
        return new IntelContext(List.copyOf(actors), List.copyOf(campaigns), List.copyOf(malware),
                List.copyOf(attack), report);
    }

    private static void add(String type, JsonNode o, Set<String> actors, Set<String> campaigns, Set<String> malware,
            Set<String> attack) {
        String name = o.path("name").asText("");
        switch (type) {
            case "threat-actor", "intrusion-set" -> addName(actors, name);
            case "campaign" -> addName(campaigns, name);
            case "malware", "tool" -> addName(malware, name);
            case "attack-pattern" -> {
                if (!attackIds(o, attack)) {
                    addName(attack, name);
                }
            }
            default -> { }
        }
    }

    private static void addName(Set<String> set, String name) {
        if (!name.isBlank()) {
            set.add(name);
        }
    }

    /** Adds the ATT&amp;CK ids among an object's external references; whether there was one. */
    private static boolean attackIds(JsonNode o, Set<String> attack) {
        boolean found = false;
        for (JsonNode ref : o.path("external_references")) {
            String src = ref.path("source_name").asText("");
            String ext = ref.path("external_id").asText("");
            if (src.startsWith("mitre") && !ext.isEmpty()) {
                attack.add(ext);
                found = true;
            }
        }
        return found;
    }
}

package io.longwatch.intel.misp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Context and confidence from MISP tags and galaxies: {@code misp-galaxy:threat-actor="APT28"} and
 * intrusion-set galaxies → actors; malware, tool, RAT, ransomware, backdoor, malpedia galaxies →
 * malware; attack-pattern galaxies → ATT&amp;CK ids ({@code T1566.001}, from the cluster's
 * {@code external_id} or its name); {@code misp:confidence-level} and {@code admiralty-scale}
 * tags → confidence.
 */
final class MispTags {

    private static final java.util.regex.Pattern ATTACK_ID = java.util.regex.Pattern.compile("\\bT\\d{4}(?:\\.\\d{3})?\\b");

    final Set<String> labels = new LinkedHashSet<>();
    final Set<String> actors = new LinkedHashSet<>();
    final Set<String> campaigns = new LinkedHashSet<>();
    final Set<String> malware = new LinkedHashSet<>();
    final Set<String> attack = new LinkedHashSet<>();
    int confidence = -1;

    MispTags copy() {
        MispTags t = new MispTags();
        t.labels.addAll(labels);
        t.actors.addAll(actors);
        t.campaigns.addAll(campaigns);
        t.malware.addAll(malware);
        t.attack.addAll(attack);
        t.confidence = confidence;
        return t;
    }

    /** Adds the {@code Tag} array and the {@code Galaxy} array of an event, object or attribute. */
    void addFrom(JsonNode node) {
        for (JsonNode tag : node.path("Tag")) {
            tag(tag.path("name").asText(""));
        }
        for (JsonNode galaxy : node.path("Galaxy")) {
            String type = galaxy.path("type").asText("");
            for (JsonNode cluster : galaxy.path("GalaxyCluster")) {
                String value = cluster.path("value").asText("");
                List<String> ids = new java.util.ArrayList<>();
                cluster.path("meta").path("external_id").forEach(e -> ids.add(e.asText()));
                galaxy(type, value, ids);
            }
        }
    }

    private void tag(String name) {
        if (name.isBlank()) {
            return;
        }
        labels.add(name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("misp-galaxy:")) {
            int eq = name.indexOf('=');
            if (eq > 0) {
                String type = name.substring("misp-galaxy:".length(), eq);
                String value = unquote(name.substring(eq + 1));
                galaxy(type, value, List.of());
            }
        } else if (lower.startsWith("misp:confidence-level=")) {
            confidence = switch (unquote(lower.substring(lower.indexOf('=') + 1))) {
                case "completely-confident" -> 100;
                case "usually-confident" -> 75;
                case "fairly-confident" -> 50;
                case "rarely-confident" -> 25;
                case "unconfident" -> 0;
                default -> confidence;
            };
        } else if (lower.startsWith("admiralty-scale:information-credibility=")) {
            confidence = switch (unquote(lower.substring(lower.indexOf('=') + 1))) {
                case "1" -> 100;
                case "2" -> 80;
                case "3" -> 60;
                case "4" -> 40;
                case "5" -> 20;
                default -> confidence;
            };
        }
    }

    private void galaxy(String type, String value, List<String> externalIds) {
        if (value.isBlank()) {
            return;
        }
        String t = type.toLowerCase(Locale.ROOT);
        if (t.contains("attack-pattern") || t.equals("mitre-enterprise-attack-attack-pattern")) {
            boolean found = false;
            for (String id : externalIds) {
                if (ATTACK_ID.matcher(id).matches()) {
                    attack.add(id);
                    found = true;
                }
            }
            if (!found) {
                Matcher m = ATTACK_ID.matcher(value);
                attack.add(m.find() ? m.group() : value);
            }
        } else if (t.equals("threat-actor") || t.contains("intrusion-set") || t.equals("microsoft-activity-group")) {
            actors.add(value);
        } else if (t.contains("malware") || t.contains("tool") || t.equals("malpedia") || t.equals("rat")
                || t.equals("ransomware") || t.equals("backdoor") || t.equals("botnet") || t.equals("stealer")) {
            malware.add(value);
        } else if (t.contains("campaign")) {
            campaigns.add(value);
        }
    }

    private static String unquote(String s) {
        String v = s.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}

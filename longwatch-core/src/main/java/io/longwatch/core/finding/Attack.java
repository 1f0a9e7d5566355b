package io.longwatch.core.finding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MITRE ATT&amp;CK references of a detector: technique ids ({@code T1059.001}), tactic ids
 * ({@code TA0002}), and group/software ids ({@code G0032}, {@code S0002}).
 */
public record Attack(List<String> techniques, List<String> tactics, List<String> other) {

    public static final Attack NONE = new Attack(List.of(), List.of(), List.of());

    // Enterprise ATT&CK tactic short names -> ids (both spellings Sigma rules use).
    private static final Map<String, String> TACTICS = Map.ofEntries(
            Map.entry("reconnaissance", "TA0043"),
            Map.entry("resource-development", "TA0042"),
            Map.entry("initial-access", "TA0001"),
            Map.entry("execution", "TA0002"),
            Map.entry("persistence", "TA0003"),
            Map.entry("privilege-escalation", "TA0004"),
            Map.entry("defense-evasion", "TA0005"),
            Map.entry("credential-access", "TA0006"),
            Map.entry("discovery", "TA0007"),
            Map.entry("lateral-movement", "TA0008"),
            Map.entry("collection", "TA0009"),
            Map.entry("exfiltration", "TA0010"),
            Map.entry("command-and-control", "TA0011"),
            Map.entry("impact", "TA0040"));

    public Attack {
        techniques = List.copyOf(techniques);
        tactics = List.copyOf(tactics);
        other = List.copyOf(other);
    }

    /** Reads ATT&amp;CK references from Sigma tags ({@code attack.t1059.001}, {@code attack.execution}). */
    public static Attack fromSigmaTags(List<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return NONE;
        }
        Set<String> techniques = new LinkedHashSet<>();
        Set<String> tactics = new LinkedHashSet<>();
        Set<String> other = new LinkedHashSet<>();
        for (String raw : tags) {
            if (raw == null) {
                continue;
            }
            String tag = raw.trim().toLowerCase(Locale.ROOT);
            if (!tag.startsWith("attack.")) {
                continue;
            }
            String v = tag.substring("attack.".length());
            if (v.matches("t\\d{4}(\\.\\d{3})?")) {
                techniques.add(v.toUpperCase(Locale.ROOT));
            } else if (v.matches("ta\\d{4}")) {
                tactics.add(v.toUpperCase(Locale.ROOT));
            } else if (v.matches("[gs]\\d{4}")) {
                other.add(v.toUpperCase(Locale.ROOT));
            } else {
                String id = TACTICS.get(v.replace('_', '-'));
                if (id != null) {
                    tactics.add(id);
                }
            }
        }
        return new Attack(new ArrayList<>(techniques), new ArrayList<>(tactics), new ArrayList<>(other));
    }
}

package io.longwatch.intel;

import java.util.List;

/**
 * What an indicator is about, from the objects around it in its source (STIX relationships, a MISP
 * event's galaxies and tags): the analyst's answer to "whose is this?".
 *
 * @param actors threat actors and intrusion sets (names)
 * @param campaigns campaigns (names)
 * @param malware malware and tools (names)
 * @param attack ATT&amp;CK technique ids ({@code T1071.001})
 * @param report title of the report or event the indicator came in, or null
 */
public record IntelContext(List<String> actors, List<String> campaigns, List<String> malware, List<String> attack,
        String report) {

    /** No context known. */
    public static final IntelContext NONE = new IntelContext(List.of(), List.of(), List.of(), List.of(), null);

    public IntelContext {
        actors = List.copyOf(actors);
        campaigns = List.copyOf(campaigns);
        malware = List.copyOf(malware);
        attack = List.copyOf(attack);
    }
}

package io.longwatch.sigma.parse;

import java.util.List;

/**
 * A named search in a rule's {@code detection} section: an OR over groups, each group an AND
 * of field items. A map gives one group; a list of maps gives one group per map; a list of plain
 * values gives one group with a single keyword item.
 *
 * @param name identifier name as used in the condition
 * @param anyOf the alternative groups (OR); each group's items are ANDed
 * @param line 1-based line of the identifier
 */
public record SearchIdentifier(String name, List<List<FieldItem>> anyOf, int line) {

    public SearchIdentifier {
        anyOf = anyOf.stream().map(List::copyOf).toList();
    }
}

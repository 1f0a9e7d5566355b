package io.longwatch.sigma.parse;

import java.util.List;

/**
 * Metadata of a Sigma document, as written.
 *
 * @param product logsource product or null
 * @param category logsource category or null
 * @param service logsource service or null
 */
public record RuleMeta(
        String id,
        String title,
        String status,
        String level,
        String description,
        String author,
        String date,
        String modified,
        List<String> tags,
        List<String> references,
        List<String> falsePositives,
        String product,
        String category,
        String service) {

    public RuleMeta {
        tags = List.copyOf(tags);
        references = List.copyOf(references);
        falsePositives = List.copyOf(falsePositives);
    }
}

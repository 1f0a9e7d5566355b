package io.longwatch.sigma.parse;

/**
 * The outcome of parsing one YAML document: a document, or the reason it cannot be used.
 *
 * @param document the document, or null on failure
 * @param ruleId the document's {@code id} when readable (also on failure), else null
 * @param errorKind stable problem kind on failure, else null
 * @param errorMessage message naming the rule part on failure, else null
 */
public record ParsedDocument(SigmaDocument document, String ruleId, String errorKind, String errorMessage) {

    static ParsedDocument ok(SigmaDocument d) {
        return new ParsedDocument(d, d.meta().id(), null, null);
    }

    static ParsedDocument failed(String ruleId, String kind, String message) {
        return new ParsedDocument(null, ruleId, kind, message);
    }

    public boolean failed() {
        return document == null;
    }
}

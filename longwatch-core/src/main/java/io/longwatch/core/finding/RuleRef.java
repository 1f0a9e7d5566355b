package io.longwatch.core.finding;

/**
 * What fired: a Sigma rule, an indicator or an analytic, identified well enough to look it up.
 *
 * @param id stable identifier (Sigma rule UUID, indicator id, analytic name)
 * @param title human title
 * @param level severity
 * @param status Sigma status ({@code stable}, {@code test}, ...) or null
 * @param path file the rule came from, or null for built-in detectors
 */
public record RuleRef(String id, String title, Level level, String status, String path) {
}

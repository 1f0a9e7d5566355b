package io.longwatch.demo;

/**
 * One rule file of the built-in pack.
 *
 * @param name path of the file inside the pack, with {@code /} separators (e.g. {@code windows/lw_x.yml})
 * @param yaml the file's text (UTF-8)
 */
public record RuleText(String name, String yaml) {
}

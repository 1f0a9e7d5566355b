package io.longwatch.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Longwatch rule pack: Sigma rules written by the project, from public descriptions, for the
 * tradecraft the demo campaign models. The sources live in {@code rules/longwatch/} at the repository
 * root and are packaged under {@code io/longwatch/demo/rules/}; this class reads them from the class
 * path whether that is a directory ({@code target/classes}) or a jar.
 */
public final class BuiltinRulePack {
    /** Class-path folder holding the pack. */
    public static final String RESOURCE_DIR = "io/longwatch/demo/rules/";
    private static final String ANCHOR = "/" + RESOURCE_DIR + "README.md";

    private BuiltinRulePack() {
    }

    /**
     * Every {@code .yml} rule of the pack, sorted by name.
     *
     * @throws IllegalStateException if the pack is missing from the class path (a broken build)
     * @throws UncheckedIOException  if a rule cannot be read
     */
    public static List<RuleText> rules() {
        URL anchor = BuiltinRulePack.class.getResource(ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("built-in rule pack not on the class path: missing " + ANCHOR);
        }
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean opened;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                    opened = false;
                }
                try {
                    return read(fs.provider().getPath(uri).getParent());
                } finally {
                    if (opened) {
                        fs.close();
                    }
                }
            }
            return read(Path.of(uri).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in rule pack: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad class-path location of the rule pack: " + anchor, e);
        }
    }

    /**
     * Writes the pack into {@code dir} (keeping its sub-folders) so it can be read, edited or passed
     * to {@code longwatch hunt --rules}.
     *
     * @return {@code dir}
     */
    public static Path copyTo(Path dir) {
        try {
            for (RuleText rule : rules()) {
                Path target = dir.resolve(rule.name());
                Files.createDirectories(target.getParent());
                Files.writeString(target, rule.yaml(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the rule pack to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<RuleText> read(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yml")).sorted()
                    .toList();
        }
        List<RuleText> rules = new ArrayList<>(files.size());
        for (Path p : files) {
            String name = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
            rules.add(new RuleText(name, Files.readString(p, StandardCharsets.UTF_8)));
        }
        rules.sort((a, b) -> a.name().compareTo(b.name()));
        return List.copyOf(rules);
    }
}

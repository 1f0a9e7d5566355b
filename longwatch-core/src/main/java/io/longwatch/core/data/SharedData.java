package io.longwatch.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the public corpora (SigmaHQ rules, EVTX recordings, OTRF JSON, ...) that tests and
 * benchmarks measure against. {@code LONGWATCH_DATA} wins; otherwise {@code ../shared/data}
 * relative to the project root (the build passes it as {@code LONGWATCH_DATA_DEFAULT}).
 */
public final class SharedData {

    private SharedData() {
    }

    /** The corpus root, if it exists. */
    public static Optional<Path> root() {
        for (String candidate : new String[] {
                System.getenv("LONGWATCH_DATA"),
                System.getProperty("longwatch.data"),
                System.getenv("LONGWATCH_DATA_DEFAULT"),
                "../shared/data",
                "../../shared/data"}) {
            if (candidate != null && !candidate.isBlank()) {
                Path p = Path.of(candidate).toAbsolutePath().normalize();
                if (Files.isDirectory(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** A sub-folder of the corpus root, if the root and the folder exist. */
    public static Optional<Path> resolve(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }
}

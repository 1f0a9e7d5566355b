package io.longwatch.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link DemoDataset#generate} wrote.
 *
 * @param dir    the dataset directory
 * @param files  the JSON-lines files, one per host and week ({@code .jsonl} or {@code .jsonl.gz}), in write order
 * @param events total records across all files
 * @param steps  the campaign's malicious records (ground truth), by time; also in {@code truth.json}
 */
public record DemoManifest(Path dir, List<Path> files, long events, List<DemoStep> steps) {

    public DemoManifest {
        files = List.copyOf(files);
        steps = List.copyOf(steps);
    }

    /** The ground-truth file written beside the data. */
    public Path truthFile() {
        return dir.resolve(DemoDataset.TRUTH_FILE);
    }
}

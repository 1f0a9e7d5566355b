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
 * @param networkFiles the network sensor's Zeek logs ({@code zeek/conn-weekN.log[.gz]}, {@code dns-...})
 * @param networkRecords records across the Zeek logs
 * @param network what the campaign looks like on the wire (ground truth for analytics and indicators)
 * @param intelFiles threat-intel feeds about the campaign ({@code intel/}, STIX 2.1)
 */
public record DemoManifest(Path dir, List<Path> files, long events, List<DemoStep> steps, List<Path> networkFiles,
        long networkRecords, NetworkTruth network, List<Path> intelFiles) {

    public DemoManifest {
        files = List.copyOf(files);
        steps = List.copyOf(steps);
        networkFiles = List.copyOf(networkFiles);
        intelFiles = List.copyOf(intelFiles);
    }

    /** The ground-truth file written beside the data. */
    public Path truthFile() {
        return dir.resolve(DemoDataset.TRUTH_FILE);
    }
}

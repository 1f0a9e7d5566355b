package io.longwatch.cli.bench;

import io.longwatch.core.problem.ProblemSink;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.Inputs;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus decompressed into memory once, so benchmarks measure parsing and detection, not disk or
 * inflate speed.
 */
final class InMemoryCorpus {

    final List<InputUnit> units = new ArrayList<>();
    long bytes;

    static InMemoryCorpus load(List<String> paths, ProblemSink problems) throws IOException {
        InMemoryCorpus c = new InMemoryCorpus();
        for (InputUnit u : Inputs.expand(paths, problems)) {
            byte[] data;
            try (InputStream in = u.open()) {
                data = in.readAllBytes();
            }
            c.units.add(InputUnit.ofBytes(u.displayPath(), data));
            c.bytes += data.length;
        }
        return c;
    }
}

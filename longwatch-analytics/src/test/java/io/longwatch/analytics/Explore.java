package io.longwatch.analytics;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.finding.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class Explore {
    @Test
    void all() throws Exception {
        Path root = SharedData.resolve("zeek/stratosphere").orElseThrow();
        String only = System.getProperty("only", "");
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches(only.isEmpty() ? ".*" : only)).sorted().toList()) {
                var events = ZeekLogs.folder(d, "conn", "dns", "http", "ssl");
                List<Finding> fs = Analyse.run(AnalyticsOptions.defaults().withThresholds(Thresholds.defaults().withBeaconMinScore(0.5)), events, 2);
                System.out.println("=== " + d.getFileName() + " events " + events.size() + " findings " + fs.size());
                fs.stream().limit(40).forEach(f -> System.out.println("  " + Analyse.describe(f)));
            }
        }
    }
}

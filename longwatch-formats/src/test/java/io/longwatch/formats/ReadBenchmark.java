package io.longwatch.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.longwatch.core.data.SharedData;
import io.longwatch.core.problem.ProblemLog;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Throughput of the JSON reader over the OTRF corpus held in memory, one thread. Run by hand:
 * {@code java -cp <test classpath> io.longwatch.formats.ReadBenchmark [runs [parse|all|hunt]]}. Prints the
 * median of the runs for: Jackson token walk only (baseline), interest=ALL, and a rule-like
 * interest of five fields.
 */
public final class ReadBenchmark {

    private static final Set<String> HUNT_FIELDS =
            Set.of("Image", "CommandLine", "ParentImage", "TargetObject", "TargetFilename");

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String only = args.length > 1 ? args[1] : "";
        List<byte[]> members = otrfJsonMembers();
        long totalBytes = 0;
        for (byte[] m : members) {
            totalBytes += m.length;
        }
        System.out.printf("OTRF in memory: %d members, %.1f MB%n", members.size(), totalBytes / 1e6);
        ReadOptions all = ReadOptions.defaults();
        ReadOptions hunt = all.withInterest(FieldInterest.of(HUNT_FIELDS));
        // Warm-up, then measured runs.
        readAll(members, all);
        readAll(members, hunt);
        tokenWalk(members);
        if (only.isEmpty() || only.equals("parse")) {
            report("parse-only (Jackson token walk)", members, totalBytes, runs, () -> tokenWalk(members));
        }
        if (only.isEmpty() || only.equals("all")) {
            report("interest=ALL", members, totalBytes, runs, () -> readAll(members, all));
        }
        if (only.isEmpty() || only.equals("hunt")) {
            report("interest=" + HUNT_FIELDS, members, totalBytes, runs, () -> readAll(members, hunt));
        }
    }

    /** The JSON members of the OTRF zips, expanded into memory (for benchmarks run by hand). */
    public static List<byte[]> otrfJsonMembers() throws IOException {
        Path dir = SharedData.resolve("windows-json/otrf")
                .orElseThrow(() -> new IllegalStateException("LONGWATCH_DATA not found"));
        List<byte[]> members = new ArrayList<>();
        for (InputUnit unit : Inputs.expand(List.of(dir.toString()), p -> { })) {
            if (unit.displayPath().endsWith(".json")) {
                try (InputStream in = unit.open()) {
                    members.add(in.readAllBytes());
                }
            }
        }
        return members;
    }

    private interface Run {
        long events() throws IOException;
    }

    /**
     * Medians over the runs, by wall-clock time and by this thread's CPU time: on a shared
     * machine the CPU figure is the one that says what the reader costs.
     */
    private static void report(String label, List<byte[]> members, long bytes, int runs, Run run) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        long events = 0;
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            events = run.events();
            wall[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        }
        double wallMedian = median(wall);
        double cpuMedian = median(cpu);
        System.out.printf("%s%n    %,d events, %.1f MB | wall median %.3f s = %,.0f events/s, %.1f MB/s"
                        + " | CPU median %.3f s = %,.0f events/s, %.1f MB/s | wall runs %s%n",
                label, events, bytes / 1e6, wallMedian, events / wallMedian, bytes / 1e6 / wallMedian,
                cpuMedian, events / cpuMedian, bytes / 1e6 / cpuMedian, Arrays.toString(wall));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long readAll(List<byte[]> members, ReadOptions options) {
        long[] count = {0};
        ProblemLog problems = new ProblemLog(1);
        for (int i = 0; i < members.size(); i++) {
            EventReaders.read(InputUnit.ofBytes("m" + i, members.get(i)), options, e -> count[0]++, problems);
        }
        return count[0];
    }

    /** Baseline: Jackson tokenises every line, decoding nothing; counts top-level objects. */
    private static long tokenWalk(List<byte[]> members) throws IOException {
        JsonFactory f = new JsonFactory();
        long objects = 0;
        for (byte[] b : members) {
            try (JsonParser p = f.createParser(b)) {
                int depth = 0;
                for (var t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t.isStructStart()) {
                        if (depth++ == 0) {
                            objects++;
                        }
                    } else if (t.isStructEnd()) {
                        depth--;
                    }
                }
            }
        }
        return objects;
    }
}

package io.longwatch.formats;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.problem.ProblemLog;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Read throughput of Zeek conn logs, one thread: every Stratosphere conn log (TSV, labelled TSV,
 * JSON) held in memory and read repeatedly until at least a million records per run. Run by hand:
 * {@code java -cp <test classpath> io.longwatch.formats.ZeekReadBenchmark [runs [minRecords]]}.
 * Prints the median of the runs for interest=ALL and for the five fields connection analytics read.
 */
public final class ZeekReadBenchmark {

    private static final Set<String> ANALYTICS_FIELDS =
            Set.of("id.orig_h", "id.resp_h", "id.resp_p", "orig_bytes", "resp_bytes");

    private ZeekReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long minRecords = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        Path dir = SharedData.resolve("zeek/stratosphere")
                .orElseThrow(() -> new IllegalStateException("LONGWATCH_DATA not found"));
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.getFileName().toString().contains("conn")).sorted().toList();
        }
        List<InputUnit> units = new ArrayList<>();
        long bytes = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            units.add(InputUnit.ofBytes(f.toString(), b));
            bytes += b.length;
        }
        ReadOptions all = ReadOptions.defaults();
        long perPass = read(units, all);
        int passes = (int) Math.max(1, (minRecords + perPass - 1) / perPass);
        System.out.printf("Zeek conn logs: %d files, %.1f MB, %d records per pass, %d passes per run%n",
                files.size(), bytes / 1e6, perPass, passes);
        ReadOptions five = all.withInterest(FieldInterest.of(ANALYTICS_FIELDS));
        report("all logs, interest=ALL", units, all, passes, runs);
        report("all logs, 5 analytics fields", units, five, passes, runs);
        List<InputUnit> tsv = new ArrayList<>();
        List<InputUnit> json = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            (Files.readString(files.get(i)).startsWith("#") ? tsv : json).add(units.get(i));
        }
        int tsvPasses = (int) Math.max(1, (minRecords + read(tsv, all) - 1) / read(tsv, all));
        int jsonPasses = (int) Math.max(1, (minRecords + read(json, all) - 1) / read(json, all));
        report("TSV only, interest=ALL", tsv, all, tsvPasses, runs);
        report("TSV only, 5 analytics fields", tsv, five, tsvPasses, runs);
        report("JSON only, interest=ALL", json, all, jsonPasses, runs);
        report("JSON only, 5 analytics fields", json, five, jsonPasses, runs);
    }

    private static void report(String label, List<InputUnit> units, ReadOptions options, int passes, int runs) {
        for (int w = 0; w < 2; w++) {
            read(units, options); // warm-up
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rates = new double[runs];
        double[] cpuRates = new double[runs];
        long records = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            records = 0;
            for (int p = 0; p < passes; p++) {
                records += read(units, options);
            }
            rates[r] = records / ((System.nanoTime() - t0) / 1e9);
            cpuRates[r] = records / ((threads.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        // On a shared machine wall time swings with the load; per CPU second is the steadier figure.
        System.out.printf("%-30s %,d records/run, median %,.0f records/s wall (max %,.0f), %,.0f per CPU second%n",
                label, records, rates[runs / 2], rates[runs - 1], cpuRates[runs / 2]);
    }

    private static long read(List<InputUnit> units, ReadOptions options) {
        long n = 0;
        ProblemLog problems = new ProblemLog(1);
        long[] sink = {0};
        for (InputUnit u : units) {
            n += EventReaders.read(u, options, e -> sink[0] += e.size(), problems).records();
        }
        if (problems.count(io.longwatch.core.problem.Problem.Stage.RECORD) > 0 || sink[0] == 0) {
            throw new IllegalStateException("benchmark input did not read cleanly");
        }
        return n;
    }
}

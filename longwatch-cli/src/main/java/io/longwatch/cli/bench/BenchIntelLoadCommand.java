package io.longwatch.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code longwatch bench intel-load}: generates a mixed feed (half a plain list, half a CSV; IPv4, IPv6,
 * CIDR, domains, URLs, emails, MD5/SHA-1/SHA-256, file names; one in ten defanged), then loads it in
 * a fresh JVM with the heap limit under test, several times, and prints seconds and heap (medians).
 */
@Command(name = "intel-load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Time loading a generated mixed indicator feed in a child JVM with a fixed heap; medians of the runs.",
            "Example: longwatch bench intel-load --count 1000000 --heap 1g --runs 3"
        })
public final class BenchIntelLoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", description = "Indicators to generate (default: ${DEFAULT-VALUE}).")
    int count = 1_000_000;

    @Option(names = "--heap", paramLabel = "SIZE", description = "Child JVM -Xmx (default: ${DEFAULT-VALUE}).")
    String heap = "1g";

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    @Option(names = "--warning-lists", paramLabel = "DIR",
            description = "Also load these MISP warning lists and flag the feed against them.")
    Path warningLists;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("longwatch-intel-bench");
        try {
            List<Path> files = generate(dir, count);
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            out.printf(Locale.ROOT, "feed     %,d indicators in %d files (%.1f MB) under %s%n", count, files.size(),
                    bytes / 1e6, dir);
            out.printf(Locale.ROOT, "jvm      -Xmx%s, %d runs%n", heap, runs);
            out.flush();
            List<Map<String, Double>> results = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                Map<String, Double> m = runChild(files);
                if (m == null) {
                    return 3;
                }
                results.add(m);
                out.printf(Locale.ROOT, "run %d    %.2f s load (CPU: %.2f s loader thread, %.2f s process), %.0f MB heap retained, %.0f MB peak, %,.0f indicators, "
                        + "%,.0f rejected%s%n", r + 1, m.get("seconds"), m.get("cpuSeconds"), m.get("processCpuSeconds"),
                        m.get("retainedMB"), m.get("peakMB"),
                        m.get("indicators"), m.get("rejected"),
                        warningLists == null ? "" : String.format(Locale.ROOT, " (+%.2f s warning lists)",
                                m.get("listSeconds")));
                out.flush();
            }
            out.printf(Locale.ROOT, "median   %.2f s load (%,.0f indicators/s; CPU %.2f s loader thread), %.0f MB heap "
                    + "retained, %.0f MB peak, limit -Xmx%s%n", median(results, "seconds"),
                    count / median(results, "seconds"), median(results, "cpuSeconds"),
                    median(results, "retainedMB"), median(results, "peakMB"), heap);
            return 0;
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private Map<String, Double> runChild(List<Path> files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.add("-XX:+UseParallelGC");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(IntelLoadProbe.class.getName());
        if (warningLists != null) {
            cmd.add("--warning-lists");
            cmd.add(warningLists.toString());
        }
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int rc = p.waitFor();
        if (rc != 0 || !output.startsWith("seconds=")) {
            spec.commandLine().getErr().println("longwatch bench intel-load: the child JVM failed (exit " + rc + "): "
                    + output);
            return null;
        }
        Map<String, Double> m = new HashMap<>();
        for (String kv : output.split(" ")) {
            int eq = kv.indexOf('=');
            m.put(kv.substring(0, eq), Double.parseDouble(kv.substring(eq + 1)));
        }
        return m;
    }

    private static double median(List<Map<String, Double>> results, String key) {
        double[] v = results.stream().mapToDouble(m -> m.get(key)).toArray();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** Writes count/2 values to a plain list and the rest to a CSV with type and labels columns. */
    static List<Path> generate(Path dir, int count) throws IOException {
        Path text = dir.resolve("mixed.txt");
        Path csv = dir.resolve("mixed.csv");
        SplittableRandom rnd = new SplittableRandom(42);
        String[] tlds = {"com", "net", "org", "io", "ru", "cn", "info", "xyz", "co.uk", "de"};
        String[] labels = {"c2", "c2;vshell", "phishing", "scanner", "loader;cobalt-strike", ""};
        int half = count / 2;
        try (BufferedWriter t = Files.newBufferedWriter(text); BufferedWriter c = Files.newBufferedWriter(csv)) {
            t.write("# generated mixed feed\n");
            c.write("value,type,labels\n");
            StringBuilder sb = new StringBuilder(160);
            for (int i = 0; i < count; i++) {
                sb.setLength(0);
                int kind = rnd.nextInt(10);
                String type = value(kind, i, rnd, tlds, sb);
                if (rnd.nextInt(10) == 0) {
                    defang(sb);
                }
                if (i < half) {
                    t.append(sb).append('\n');
                } else {
                    c.append(sb).append(',').append(type).append(',').append(labels[rnd.nextInt(labels.length)])
                            .append('\n');
                }
            }
        }
        return List.of(text, csv);
    }

    private static String value(int kind, int i, SplittableRandom rnd, String[] tlds, StringBuilder sb) {
        switch (kind) {
            case 0, 1 -> {
                sb.append(1 + rnd.nextInt(223)).append('.').append(rnd.nextInt(256)).append('.')
                        .append(rnd.nextInt(256)).append('.').append(rnd.nextInt(256));
                if (rnd.nextInt(20) == 0) {
                    sb.append("/24");
                }
                return "ip";
            }
            case 2 -> {
                sb.append("2001:db8:").append(Integer.toHexString(rnd.nextInt(65536))).append("::")
                        .append(Integer.toHexString(1 + rnd.nextInt(65535)));
                return "ipv6";
            }
            case 3, 4 -> {
                domain(i, rnd, tlds, sb);
                return "domain";
            }
            case 5 -> {
                sb.append(rnd.nextBoolean() ? "http://" : "https://");
                domain(i, rnd, tlds, sb);
                sb.append("/p").append(Integer.toString(rnd.nextInt(1 << 20), 36)).append("/gate.php?id=").append(i);
                return "url";
            }
            case 6 -> {
                sb.append("user").append(i).append('@');
                domain(i, rnd, tlds, sb);
                return "email";
            }
            case 7 -> {
                hex(rnd, 32, sb);
                return "md5";
            }
            case 8 -> {
                hex(rnd, rnd.nextBoolean() ? 40 : 64, sb);
                return sb.length() == 40 ? "sha1" : "sha256";
            }
            default -> {
                sb.append("tool").append(Integer.toString(i, 36)).append(rnd.nextBoolean() ? ".exe" : ".dll");
                return "filename";
            }
        }
    }

    private static void domain(int i, SplittableRandom rnd, String[] tlds, StringBuilder sb) {
        if (rnd.nextInt(3) == 0) {
            sb.append("cdn").append(rnd.nextInt(100)).append('.');
        }
        sb.append('x').append(Integer.toString(i * 7919 + rnd.nextInt(1000), 36)).append('.')
                .append(tlds[rnd.nextInt(tlds.length)]);
    }

    private static void hex(SplittableRandom rnd, int length, StringBuilder sb) {
        for (int j = 0; j < length; j++) {
            sb.append(Character.forDigit(rnd.nextInt(16), 16));
        }
    }

    /** Defangs the value in place the way reports do: hxxp and [.] */
    private static void defang(StringBuilder sb) {
        String s = sb.toString().replace("http", "hxxp");
        int dot = s.lastIndexOf('.');
        if (dot > 0 && s.indexOf('@') < 0 && s.indexOf(':') < 0 || s.startsWith("hxxp")) {
            s = s.substring(0, dot) + "[.]" + s.substring(dot + 1);
        }
        sb.setLength(0);
        sb.append(s);
    }
}

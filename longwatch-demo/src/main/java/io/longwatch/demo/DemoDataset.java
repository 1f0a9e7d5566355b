package io.longwatch.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGeneratorFactory;

/**
 * Generates Longwatch's built-in demo dataset: a made-up ministry network (eight workstations, a
 * domain controller, an Exchange server, a file server and a Linux web/jump host) over four weeks
 * from 2026-03-02, with office-hours benign activity and an espionage campaign woven through it.
 *
 * <p>Output, in {@code outDir}: one JSON-lines file per host per week (weeks 2 and 4 gzipped);
 * Windows hosts in the evtx-crate layout except the file server (Winlogbeat/ECS), the Linux host as
 * plain JSON; a Zeek sensor's {@code zeek/conn-weekN.log} and {@code dns-weekN.log} (weeks 2 and 4
 * gzipped); a partner CERT's STIX 2.1 report on the campaign in {@code intel/}; and {@code truth.json},
 * the campaign's records with their file and line, and its traffic as the sensor saw it.
 * The same seed always yields byte-identical files; no wall clock is read.
 */
public final class DemoDataset {
    /** Name of the ground-truth file written beside the data. */
    public static final String TRUTH_FILE = "truth.json";
    /** The seed {@code longwatch demo} uses unless told otherwise. */
    public static final long DEFAULT_SEED = 20260302L;

    private DemoDataset() {
    }

    /**
     * Writes the dataset into {@code outDir} (created if missing; existing demo files are overwritten).
     *
     * @throws UncheckedIOException if the directory or a file cannot be written
     */
    public static DemoManifest generate(Path outDir, long seed) {
        try {
            Files.createDirectories(outDir);
            List<Host> hosts = Ministry.all();
            List<HostLog> logs = new ArrayList<>(hosts.size());
            for (Host host : hosts) {
                logs.add(new HostLog(host, RandomGeneratorFactory.of("L64X128MixRandom")
                        .create(seed * 0x9E3779B97F4A7C15L + host.index())));
            }
            // Hosts are independent until the campaign ties them together, and each has its own
            // random generator, so benign activity and the files can be produced in parallel
            // without changing a byte of the output.
            ExecutorService pool = Executors.newFixedThreadPool(
                    Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
            try {
                List<Future<Boolean>> benign = new ArrayList<>();
                for (HostLog log : logs) {
                    benign.add(pool.submit(() -> benignActivity(log), Boolean.TRUE));
                }
                await(benign);
                Map<Host, HostLog> byHost = new LinkedHashMap<>();
                for (HostLog log : logs) {
                    byHost.put(log.host, log);
                }
                Campaign.inject(byHost);
                List<Future<DatasetWriter.HostOutput>> written = new ArrayList<>();
                for (HostLog log : logs) {
                    written.add(pool.submit(() -> DatasetWriter.write(outDir, log)));
                }
                List<Path> files = new ArrayList<>();
                List<DemoStep> steps = new ArrayList<>();
                long events = 0;
                for (DatasetWriter.HostOutput out : await(written)) {
                    files.addAll(out.files());
                    steps.addAll(out.steps());
                    events += out.events();
                }
                steps.sort(Comparator.comparingLong(DemoStep::timeMicros).thenComparing(DemoStep::id));
                NetworkSensor.Output sensor = NetworkSensor.observe(outDir, logs,
                        RandomGeneratorFactory.of("L64X128MixRandom").create(seed * 31 + 7));
                Path intel = CampaignIntel.write(outDir.resolve("intel"));
                DemoManifest manifest = new DemoManifest(outDir, files, events, steps, sensor.files(),
                        sensor.records(), sensor.truth(), List.of(intel));
                writeTruth(manifest, seed);
                return manifest;
            } finally {
                pool.shutdownNow();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo dataset to " + outDir + ": " + e.getMessage(), e);
        }
    }

    private static void benignActivity(HostLog log) {
        switch (log.host.role()) {
            case WORKSTATION -> WorkstationActivity.generate(log);
            case DOMAIN_CONTROLLER -> ServerActivity.domainController(log);
            case EXCHANGE -> ServerActivity.exchange(log);
            case FILE_SERVER -> ServerActivity.fileServer(log);
            case LINUX_JUMP -> LinuxActivity.generate(log);
        }
    }

    /** Waits for every task, in order; an I/O failure in one is rethrown as itself. */
    private static <T> List<T> await(List<Future<T>> tasks) throws IOException {
        List<T> results = new ArrayList<>(tasks.size());
        for (Future<T> task : tasks) {
            try {
                results.add(task.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while generating the demo dataset", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(cause);
            }
        }
        return results;
    }

    private static void writeTruth(DemoManifest m, long seed) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(Files.newOutputStream(m.truthFile()), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("dataset", "longwatch-demo");
            g.writeNumberField("seed", seed);
            g.writeStringField("start", DemoClock.isoMillis(DemoClock.START_MICROS));
            g.writeNumberField("days", DemoClock.DAYS);
            g.writeNumberField("events", m.events());
            g.writeArrayFieldStart("files");
            for (Path f : m.files()) {
                g.writeString(f.getFileName().toString());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("steps");
            for (DemoStep s : m.steps()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("description", s.description());
                g.writeStringField("attackTechnique", s.attackTechnique());
                g.writeStringField("host", s.host());
                g.writeStringField("file", s.file());
                g.writeNumberField("line", s.line());
                g.writeNumberField("timeMicros", s.timeMicros());
                g.writeStringField("time", DemoClock.isoMillis(s.timeMicros()));
                g.writeEndObject();
            }
            g.writeEndArray();
            writeNetworkTruth(g, m.network());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeNetworkTruth(JsonGenerator g, NetworkTruth n) throws IOException {
        g.writeObjectFieldStart("network");
        g.writeArrayFieldStart("channels");
        for (NetworkTruth.Channel c : n.channels()) {
            g.writeStartObject();
            g.writeStringField("kind", c.kind());
            g.writeStringField("source", c.source());
            g.writeStringField("destination", c.destination());
            g.writeArrayFieldStart("ports");
            for (int p : c.ports()) {
                g.writeNumber(p);
            }
            g.writeEndArray();
            g.writeNumberField("connections", c.connections());
            g.writeStringField("first", DemoClock.isoMillis(c.firstMicros()));
            g.writeStringField("last", DemoClock.isoMillis(c.lastMicros()));
            g.writeStringField("attackTechnique", c.technique());
            g.writeStringField("description", c.description());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("scans");
        for (NetworkTruth.Scan s : n.scans()) {
            g.writeStartObject();
            g.writeStringField("source", s.source());
            g.writeNumberField("targets", s.targets());
            g.writeNumberField("ports", s.ports());
            g.writeNumberField("probes", s.probes());
            g.writeStringField("first", DemoClock.isoMillis(s.firstMicros()));
            g.writeStringField("last", DemoClock.isoMillis(s.lastMicros()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}

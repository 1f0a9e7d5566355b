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
import java.util.random.RandomGeneratorFactory;

/**
 * Generates Longwatch's built-in demo dataset: a made-up ministry network (eight workstations, a
 * domain controller, an Exchange server, a file server and a Linux web/jump host) over four weeks
 * from 2026-03-02, with office-hours benign activity and an espionage campaign woven through it.
 *
 * <p>Output, in {@code outDir}: one JSON-lines file per host per week (weeks 2 and 4 gzipped);
 * Windows hosts in the evtx-crate layout except the file server (Winlogbeat/ECS), the Linux host as
 * plain JSON; and {@code truth.json}, the campaign's records with their file and line.
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
            Map<Host, HostLog> logs = new LinkedHashMap<>();
            for (Host host : Ministry.all()) {
                HostLog log = new HostLog(host, RandomGeneratorFactory.of("L64X128MixRandom")
                        .create(seed * 0x9E3779B97F4A7C15L + host.index()));
                switch (host.role()) {
                    case WORKSTATION -> WorkstationActivity.generate(log);
                    case DOMAIN_CONTROLLER -> ServerActivity.domainController(log);
                    case EXCHANGE -> ServerActivity.exchange(log);
                    case FILE_SERVER -> ServerActivity.fileServer(log);
                    case LINUX_JUMP -> LinuxActivity.generate(log);
                }
                logs.put(host, log);
            }
            Campaign.inject(logs);
            DatasetWriter writer = new DatasetWriter(outDir);
            for (HostLog log : logs.values()) {
                writer.write(log);
            }
            List<DemoStep> steps = new ArrayList<>(writer.steps);
            steps.sort(Comparator.comparingLong(DemoStep::timeMicros).thenComparing(DemoStep::id));
            DemoManifest manifest = new DemoManifest(outDir, writer.files, writer.events, steps);
            writeTruth(manifest, seed);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo dataset to " + outDir + ": " + e.getMessage(), e);
        }
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
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}

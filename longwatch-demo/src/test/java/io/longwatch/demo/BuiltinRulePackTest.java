package io.longwatch.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class BuiltinRulePackTest {
    private static final Pattern UUID_V4 =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Set<String> TACTICS = Set.of("reconnaissance", "resource-development", "initial-access",
            "execution", "persistence", "privilege-escalation", "defense-evasion", "credential-access", "discovery",
            "lateral-movement", "collection", "command-and-control", "exfiltration", "impact");
    private static final Pattern TECHNIQUE = Pattern.compile("attack\\.t\\d{4}(\\.\\d{3})?");
    private static final Set<String> CATEGORIES = Set.of("process_creation", "network_connection", "file_event",
            "pipe_created", "process_access", "registry_set", "image_load", "dns_query");
    private static final Set<String> MODIFIERS = Set.of("contains", "startswith", "endswith", "all", "windash", "re",
            "i", "cidr", "base64offset", "base64", "wide", "exists");
    private static final Set<String> LEVELS = Set.of("informational", "low", "medium", "high", "critical");

    @Test
    void packOnTheClassPathMatchesTheRepositoryFolder() throws IOException {
        List<RuleText> rules = BuiltinRulePack.rules();
        assertThat(rules).hasSizeBetween(18, 30);
        Path source = Path.of("..", "rules", "longwatch").toAbsolutePath().normalize();
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(source)) {
            walk.filter(p -> p.toString().endsWith(".yml"))
                    .forEach(p -> onDisk.add("longwatch/" + source.relativize(p).toString().replace('\\', '/')));
        }
        assertThat(rules).extracting(RuleText::name).containsExactlyElementsOf(onDisk);
        for (RuleText r : rules) {
            assertThat(r.yaml()).isEqualTo(Files.readString(source.getParent().resolve(r.name())));
        }
    }

    @Test
    void everyRuleIsValidSigmaWithTheRequiredKeys() {
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        Set<String> modifiersUsed = new TreeSet<>();
        Set<String> categoriesUsed = new TreeSet<>();
        for (RuleText rule : BuiltinRulePack.rules()) {
            Map<String, Object> r = load(rule);
            String where = rule.name();
            assertThat(r).as(where).containsKeys("title", "id", "status", "description", "references", "author", "date",
                    "tags", "logsource", "detection", "falsepositives", "level");
            assertThat(ids.add((String) r.get("id"))).as(where + " unique id").isTrue();
            assertThat(titles.add((String) r.get("title"))).as(where + " unique title").isTrue();
            assertThat((String) r.get("id")).as(where).matches(UUID_V4);
            assertThat(r.get("status")).as(where).isIn("experimental", "test");
            assertThat(r.get("level")).as(where).isIn(LEVELS);
            assertThat(r.get("author")).as(where).isEqualTo("Longwatch");
            assertThat((String) r.get("description")).as(where).hasSizeGreaterThan(120);
            assertThat(list(r, "references")).as(where).isNotEmpty()
                    .allSatisfy(u -> assertThat((String) u).startsWith("https://"));
            assertThat(list(r, "falsepositives")).as(where).isNotEmpty();
            checkTags(where, list(r, "tags"));
            categoriesUsed.add(checkLogsource(where, map(r, "logsource")));
            modifiersUsed.addAll(checkDetection(where, map(r, "detection")));
        }
        assertThat(categoriesUsed).contains("process_creation", "network_connection", "file_event", "pipe_created",
                "process_access", "registry_set", "dns_query", "security", "linux/process_creation");
        assertThat(modifiersUsed).contains("contains", "endswith", "startswith", "all", "windash", "re", "cidr",
                "base64offset");
    }

    @Test
    void copyToWritesEveryRule(@TempDir Path dir) throws IOException {
        Path out = BuiltinRulePack.copyTo(dir.resolve("pack"));
        for (RuleText r : BuiltinRulePack.rules()) {
            assertThat(Files.readString(out.resolve(r.name()), StandardCharsets.UTF_8)).isEqualTo(r.yaml());
        }
        try (Stream<Path> walk = Files.walk(out)) {
            assertThat(walk.filter(Files::isRegularFile).count()).isEqualTo(BuiltinRulePack.rules().size());
        }
    }

    @Test
    void readsThePackFromInsideAJar(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("demo.jar");
        Path classes = Path.of(BuiltinRulePack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.sorted().toList()) {
                String name = classes.relativize(p).toString().replace('\\', '/');
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    out.putNextEntry(new JarEntry(name + "/"));
                } else {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(p, out);
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> pack = loader.loadClass(BuiltinRulePack.class.getName());
            assertThat(pack.getProtectionDomain().getCodeSource().getLocation().toString()).endsWith("demo.jar");
            Method rules = pack.getMethod("rules");
            List<?> fromJar = (List<?>) rules.invoke(null);
            assertThat(fromJar).hasSameSizeAs(BuiltinRulePack.rules());
            List<String> names = new ArrayList<>();
            for (Object r : fromJar) {
                names.add(r.toString());
            }
            assertThat(names.get(0)).contains(BuiltinRulePack.rules().get(0).name());
            // a second call must work while nothing else holds the jar's file system open
            assertThat((List<?>) rules.invoke(null)).hasSameSizeAs(fromJar);
        }
    }

    private static void checkTags(String where, List<Object> tags) {
        int techniques = 0;
        int tactics = 0;
        for (Object o : tags) {
            String tag = (String) o;
            assertThat(tag).as(where).startsWith("attack.");
            if (TECHNIQUE.matcher(tag).matches()) {
                techniques++;
            } else if (TACTICS.contains(tag.substring("attack.".length()))) {
                tactics++;
            } else {
                fail(where + ": malformed ATT&CK tag " + tag);
            }
        }
        assertThat(techniques).as(where + " technique tags").isPositive();
        assertThat(tactics).as(where + " tactic tags").isPositive();
    }

    private static String checkLogsource(String where, Map<String, Object> ls) {
        Object product = ls.get("product");
        Object category = ls.get("category");
        Object service = ls.get("service");
        assertThat(product).as(where).isIn(null, "windows", "linux");
        if (service != null) {
            assertThat(service).as(where).isEqualTo("security");
            assertThat(product).as(where).isEqualTo("windows");
            return "security";
        }
        assertThat(category).as(where).isIn(CATEGORIES);
        return "linux".equals(product) ? "linux/" + category : (String) category;
    }

    /** Checks the detection and returns the modifiers it uses. */
    private static Set<String> checkDetection(String where, Map<String, Object> detection) {
        Object condition = detection.get("condition");
        assertThat(condition).as(where + " condition").isInstanceOf(String.class);
        Set<String> names = new TreeSet<>(detection.keySet());
        names.remove("condition");
        assertThat(names).as(where + " search identifiers").isNotEmpty();
        Matcher m = Pattern.compile("[A-Za-z_][A-Za-z0-9_*]*").matcher((String) condition);
        Set<String> referenced = new HashSet<>();
        while (m.find()) {
            String token = m.group();
            if (Set.of("and", "or", "not", "of", "all", "them").contains(token)) {
                continue;
            }
            Pattern glob = Pattern.compile(token.replace("*", ".*"));
            List<String> hits = names.stream().filter(n -> glob.matcher(n).matches()).toList();
            assertThat(hits).as(where + ": condition names " + token).isNotEmpty();
            referenced.addAll(hits);
        }
        assertThat(referenced).as(where + ": every search identifier is used").containsExactlyInAnyOrderElementsOf(names);
        Set<String> used = new TreeSet<>();
        for (String name : names) {
            Object search = detection.get(name);
            List<Object> maps = search instanceof List<?> l ? new ArrayList<>(l) : List.of(search);
            for (Object o : maps) {
                assertThat(o).as(where + "." + name).isInstanceOf(Map.class);
                for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                    String[] parts = ((String) e.getKey()).split("\\|");
                    assertThat(parts[0]).as(where + "." + name + " field").matches("[A-Za-z][A-Za-z0-9_.]*");
                    for (int i = 1; i < parts.length; i++) {
                        assertThat(parts[i]).as(where + "." + name + " modifier").isIn(MODIFIERS);
                        used.add(parts[i]);
                    }
                    if (List.of(parts).contains("re")) {
                        List<?> values = e.getValue() instanceof List<?> l ? l : List.of(e.getValue());
                        for (Object v : values) {
                            Pattern.compile((String) v);
                        }
                    }
                }
            }
        }
        return used;
    }

    private static Map<String, Object> load(RuleText rule) {
        Object doc = new Load(LoadSettings.builder().setLabel(rule.name()).build()).loadFromString(rule.yaml());
        assertThat(doc).as(rule.name()).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) doc;
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> r, String key) {
        assertThat(r.get(key)).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) r.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> r, String key) {
        assertThat(r.get(key)).as(key).isInstanceOf(List.class);
        return (List<Object>) r.get(key);
    }
}

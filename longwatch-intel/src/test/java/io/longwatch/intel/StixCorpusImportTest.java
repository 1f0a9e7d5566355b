package io.longwatch.intel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.longwatch.core.data.SharedData;
import io.longwatch.core.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Imports every public STIX bundle we have (81 vendor reports in STIX 2.0, the OASIS 2.1 examples and
 * threat reports): every indicator object is imported or rejected with a reason, none is lost.
 */
class StixCorpusImportTest {

    @Test
    void everyIndicatorOfTheCorporaIsImportedOrRejectedWithAReason() throws IOException {
        Optional<Path> unit42 = SharedData.resolve("intel/unit42-stix2-reports/report_json");
        Optional<Path> stix21 = SharedData.resolve("intel/stix21-examples");
        Assumptions.assumeTrue(unit42.isPresent() && stix21.isPresent(),
                "LONGWATCH_DATA not found: skipping STIX corpus import");
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(unit42.get(), stix21.get())) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("json-schemas"))
                        .sorted().forEach(files::add);
            }
        }
        // Count the entries independently of the loader: indicator objects and value-bearing SCOs.
        ObjectMapper mapper = new ObjectMapper();
        long indicatorObjects = 0;
        long scoObjects = 0;
        for (Path f : files) {
            JsonNode root = mapper.readTree(f.toFile());
            for (JsonNode o : root.path("objects").isArray() ? root.path("objects") : List.of(root)) {
                String t = o.path("type").asText();
                if (t.equals("indicator")) {
                    indicatorObjects++;
                } else if (List.of("ipv4-addr", "ipv6-addr", "domain-name", "url", "email-addr", "file").contains(t)) {
                    scoObjects++;
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        IntelSet set = IntelLoader.load(files, IntelLoadOptions.defaults(), problems::add);

        Map<String, Long> byFormat = new TreeMap<>();
        set.sources().forEach(s -> byFormat.merge(s.format(), 1L, Long::sum));
        System.out.printf("STIX corpus: %d files %s; entries seen %d (indicator objects %d, SCOs %d), parsed %d,"
                + " rejected %d; indicators %d%n", files.size(), byFormat, set.seen(), indicatorObjects, scoObjects,
                set.parsed(), set.rejected(), set.indicators().size());
        System.out.println("indicators per type: " + set.byType());
        System.out.println("rejected per kind: " + set.rejectedByKind());
        problems.forEach(p -> System.out.println("  " + p));

        assertThat(files).hasSizeGreaterThanOrEqualTo(81 + 7);
        assertThat(byFormat).containsOnlyKeys("stix");
        assertThat(set.seen()).isEqualTo(indicatorObjects + scoObjects);
        assertThat(set.parsed() + set.rejected()).isEqualTo(set.seen());
        for (SourceStats s : set.sources()) {
            assertThat(s.parsed() + s.rejected()).as(s.source()).isEqualTo(s.seen());
        }
        assertThat(problems.stream().filter(p -> p.stage() == Problem.Stage.RECORD)).hasSize((int) set.rejected());
        assertThat(problems.stream().filter(p -> p.stage() == Problem.Stage.INPUT)).isEmpty();
        long typed = set.indicators().stream().filter(i -> i.type() != ObservableType.PATTERN).count();
        assertThat(typed).isGreaterThan(2500);
        assertThat(set.byType()).containsKeys(ObservableType.SHA256, ObservableType.URL, ObservableType.DOMAIN,
                ObservableType.IPV4, ObservableType.PATTERN);
        // every indicator carries its STIX id, its source file and its pattern
        assertThat(set.indicators()).allSatisfy(i -> {
            assertThat(i.id()).matches("[a-z0-9-]+--[0-9a-f-]{36}");
            assertThat(files.stream().map(Path::toString)).contains(i.source());
        });
        // the relationships give context: 'indicates' campaigns and attack patterns
        assertThat(set.indicators().stream().filter(i -> !i.context().campaigns().isEmpty()).count())
                .isGreaterThan(500);
        assertThat(set.indicators().stream().filter(i -> !i.context().attack().isEmpty()).count()).isGreaterThan(100);
    }
}

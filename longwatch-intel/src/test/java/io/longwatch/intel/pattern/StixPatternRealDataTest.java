package io.longwatch.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.longwatch.core.data.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every pattern in the public STIX corpora parses, and its canonical form parses back to the same tree. */
class StixPatternRealDataTest {

    @Test
    void everyPatternInTheCorporaParses() throws IOException {
        Optional<Path> dir = SharedData.resolve("intel");
        Assumptions.assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping STIX pattern corpus test");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir.get())) {
            files = s.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("json-schemas")
                    && (p.toString().contains("stix21-examples") || p.toString().contains("unit42"))).toList();
        }
        ObjectMapper mapper = new ObjectMapper();
        int patterns = 0;
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            JsonNode root = mapper.readTree(f.toFile());
            JsonNode objects = root.path("objects");
            for (JsonNode o : objects.isArray() ? objects : List.of(root)) {
                if (!o.path("type").asText().equals("indicator")) {
                    continue;
                }
                String text = o.path("pattern").asText();
                patterns++;
                try {
                    StixPattern p = StixPattern.parse(text);
                    assertThat(StixPattern.parse(p.canonical()).root()).isEqualTo(p.root());
                } catch (StixPatternException e) {
                    failures.add(f.getFileName() + "#" + o.path("id").asText() + ": " + e.getMessage());
                }
            }
        }
        System.out.println("STIX patterns parsed: " + (patterns - failures.size()) + " of " + patterns);
        failures.forEach(System.out::println);
        assertThat(patterns).isGreaterThan(2000);
        assertThat(failures).isEmpty();
    }
}

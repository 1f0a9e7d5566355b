package io.longwatch.intel;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.time.Timestamps;
import io.longwatch.intel.pattern.StixPattern;
import io.longwatch.intel.text.CsvMapping;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Our own feeds with the awkward cases: defanged, revoked, expired, bad patterns, unknown types, versions. */
class FixtureImportTest {

    private final List<Problem> problems = new ArrayList<>();

    private static Path fixture(String name) {
        try {
            return Path.of(FixtureImportTest.class.getResource("/intel/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private IntelSet load(String name, IntelLoadOptions options) {
        return IntelLoader.load(List.of(fixture(name)), options, problems::add);
    }

    private static List<Indicator> withId(IntelSet set, String idSuffix) {
        return set.indicators().stream().filter(i -> i.id().endsWith(idSuffix)).toList();
    }

    private Map<String, String> rejectedKindByPlaceSuffix() {
        return problems.stream().filter(p -> p.stage() == Problem.Stage.RECORD)
                .collect(Collectors.toMap(p -> p.place().substring(p.place().lastIndexOf('#') + 1), Problem::kind,
                        (a, b) -> a + "," + b));
    }

    @Test
    void stixEdgeCases() {
        IntelSet set = load("edge-cases-stix21.json", IntelLoadOptions.defaults());
        SourceStats s = set.sources().get(0);
        assertThat(s.format()).isEqualTo("stix");
        // 11 indicator objects (one id twice) + 4 SCOs
        assertThat(s.seen()).isEqualTo(15);
        assertThat(s.parsed() + s.rejected()).isEqualTo(s.seen());

        Indicator c2 = withId(set, "000000000001").get(0);
        assertThat(c2.type()).isEqualTo(ObservableType.DOMAIN);
        assertThat(c2.value()).isEqualTo("update-check.example.com");
        assertThat(c2.pattern()).isEqualTo("[domain-name:value = 'update-check[.]example[.]com']");
        assertThat(c2.labels()).containsExactly("c2", "malicious-activity", "mitre-attack:command-and-control");
        assertThat(c2.confidence()).isEqualTo(85);
        assertThat(c2.validFromMicros()).isEqualTo(Timestamps.parseMicros("2025-01-01T00:00:00Z"));
        assertThat(c2.context().campaigns()).containsExactly("Ministry lures");
        assertThat(c2.context().actors()).containsExactly("TGR-STA-1030");
        assertThat(c2.context().malware()).containsExactly("Diaoyu");
        assertThat(c2.context().attack()).containsExactly("T1071.001");
        assertThat(c2.context().report()).isEqualTo("Longwatch fixture report");

        Indicator revoked = withId(set, "000000000002").get(0);
        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.value()).isEqualTo("198.51.100.7");
        assertThat(revoked.validAt(Timestamps.parseMicros("2025-06-01T00:00:00Z"))).isFalse();

        Indicator expired = withId(set, "000000000003").get(0);
        assertThat(expired.value()).isEqualTo("http://files.example.net/a.exe");
        assertThat(expired.validAt(Timestamps.parseMicros("2020-03-01T00:00:00Z"))).isTrue();
        assertThat(expired.validAt(Timestamps.parseMicros("2021-01-01T00:00:00Z"))).isFalse();
        assertThat(s.revoked()).isEqualTo(1);
        assertThat(s.expired()).isEqualTo(1);

        Indicator sequence = withId(set, "000000000006").get(0);
        assertThat(sequence.type()).isEqualTo(ObservableType.PATTERN);
        assertThat(sequence.value()).isEqualTo(sequence.pattern());

        List<Indicator> files = withId(set, "000000000007");
        assertThat(files).extracting(Indicator::type, Indicator::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ObservableType.MD5, "d41d8cd98f00b204e9800998ecf8427e"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.SHA1, "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.FILE_NAME, "loader.dll"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.FILE_NAME, "pic1.png"));

        assertThat(withId(set, "000000000009")).extracting(Indicator::value).containsExactly("new.example.org");
        assertThat(withId(set, "0000000000b1")).extracting(Indicator::type).containsExactly(ObservableType.IPV4);
        assertThat(withId(set, "0000000000b4")).extracting(Indicator::value)
                .containsExactly("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

        assertThat(rejectedKindByPlaceSuffix()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "indicator--00000000-0000-4000-8000-000000000004", "intel.pattern-syntax",
                "indicator--00000000-0000-4000-8000-000000000005", "intel.pattern-type",
                "indicator--00000000-0000-4000-8000-000000000008", "intel.bad-value",
                "indicator--00000000-0000-4000-8000-000000000009", "intel.stix-superseded",
                "domain-name--00000000-0000-4000-8000-0000000000b2", "intel.bad-value",
                "mutex--00000000-0000-4000-8000-0000000000b3", "intel.unsupported-type"));
        Problem syntax = problems.stream().filter(p -> p.kind().equals("intel.pattern-syntax")).findFirst().get();
        assertThat(syntax.message()).contains("column 34: expected an object path");
        assertThat(s.rejected()).isEqualTo(6);
    }

    @Test
    void patternIndicatorsParseAgainForTheEvaluator() throws Exception {
        IntelSet set = load("edge-cases-stix21.json", IntelLoadOptions.defaults());
        for (Indicator i : set.indicators()) {
            if (i.pattern() != null) {
                assertThat(StixPattern.parse(i.pattern()).text()).isEqualTo(i.pattern());
            }
        }
    }

    @Test
    void mispEvent() {
        IntelSet set = load("misp-event.json", IntelLoadOptions.defaults());
        SourceStats s = set.sources().get(0);
        assertThat(s.format()).isEqualTo("misp");
        assertThat(s.seen()).isEqualTo(11);
        assertThat(s.parsed()).isEqualTo(5);
        assertThat(s.rejected()).isEqualTo(6);

        Indicator ip = withId(set, "000000000001").get(0);
        assertThat(ip.type()).isEqualTo(ObservableType.IPV4);
        assertThat(ip.value()).isEqualTo("203.0.113.50");
        assertThat(ip.labels()).contains("tlp:amber", "misp-galaxy:malpedia=\"VShell\"");
        assertThat(ip.confidence()).isEqualTo(75);
        assertThat(ip.context().actors()).containsExactly("TGR-STA-1030");
        assertThat(ip.context().malware()).containsExactly("VShell");
        assertThat(ip.context().attack()).containsExactly("T1566.001");
        assertThat(ip.context().report()).isEqualTo("Phishing wave with ministry lures");
        assertThat(ip.validFromMicros()).isEqualTo(Timestamps.parseMicros("2025-02-01T00:00:00Z"));
        assertThat(ip.validUntilMicros()).isEqualTo(Timestamps.parseMicros("2025-04-01T00:00:00Z"));

        assertThat(withId(set, "000000000002")).extracting(Indicator::type, Indicator::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ObservableType.DOMAIN, "cdn-update.example.com"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.IPV4, "198.51.100.23"));
        assertThat(withId(set, "000000000003")).extracting(Indicator::type).containsExactly(
                ObservableType.FILE_NAME, ObservableType.SHA256);
        assertThat(withId(set, "00000000000a")).extracting(Indicator::value)
                .containsExactly("reorg@ministry-mail.example");
        assertThat(withId(set, "000000000009")).extracting(Indicator::validFromMicros).containsExactly(Event.NO_TIME);

        assertThat(problems).filteredOn(p -> p.stage() == Problem.Stage.RECORD).extracting(Problem::kind)
                .containsExactlyInAnyOrder("intel.misp-not-for-ids", "intel.misp-not-for-ids",
                        "intel.misp-not-for-ids", "intel.unsupported-type", "intel.bad-value", "intel.misp-deleted");
    }

    @Test
    void mispAttributesNotForDetectionCanBeTakenOnRequest() {
        IntelSet set = load("misp-event.json", IntelLoadOptions.defaults().withMispIncludeNonIds(true));
        assertThat(withId(set, "000000000005")).extracting(Indicator::value)
                .containsExactly("https://share.example.net/doc");
        assertThat(set.rejectedByKind()).doesNotContainKey("intel.misp-not-for-ids")
                .containsEntry("intel.unsupported-type", 3L);
    }

    @Test
    void mispFeedReadsTheManifestAndReportsMissingEvents() {
        IntelSet set = load("misp-feed", IntelLoadOptions.defaults());
        SourceStats s = set.sources().get(0);
        assertThat(s.format()).isEqualTo("misp-feed");
        assertThat(set.indicators()).extracting(Indicator::value).containsExactly(
                "https://login-portal.example.org/owa/", "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3");
        assertThat(set.indicators().get(0).context().report()).isEqualTo("Feed event one");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("intel.misp-feed-event");
            assertThat(p.place()).endsWith("#c0000000-0000-4000-8000-00000000f002");
        });
    }

    @Test
    void csvWithAColumnMapping() {
        IntelSet set = load("feed.csv", IntelLoadOptions.defaults()
                .withCsv(CsvMapping.parse("value=indicator,type=kind,labels=tags,confidence=confidence,"
                        + "valid_from=first_seen,valid_until=last_seen")));
        SourceStats s = set.sources().get(0);
        assertThat(s.seen()).isEqualTo(7);
        assertThat(s.parsed()).isEqualTo(4);
        assertThat(set.indicators()).extracting(Indicator::type, Indicator::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ObservableType.URL, "http://evil.example.com/gate.php"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.IPV4, "198.51.100.99"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.MD5, "44d88612fea8a8f36de82e1278abb02f"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.DOMAIN, "evil.example.com"));
        Indicator url = set.indicators().get(0);
        assertThat(url.labels()).containsExactly("c2", "vshell");
        assertThat(set.indicators().get(3).labels()).isSameAs(url.labels());
        assertThat(url.confidence()).isEqualTo(90);
        assertThat(url.validUntilMicros()).isEqualTo(Timestamps.parseMicros("2025-12-31T00:00:00Z"));
        assertThat(problems).extracting(Problem::place, Problem::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(fixture("feed.csv") + ":4", "intel.bad-value"),
                org.assertj.core.groups.Tuple.tuple(fixture("feed.csv") + ":6", "intel.unknown-type"),
                org.assertj.core.groups.Tuple.tuple(fixture("feed.csv") + ":9", "intel.bad-value"));
    }

    @Test
    void csvWithoutMappingGuessesTheColumnsFromTheHeader() {
        IntelSet set = load("feed.csv", IntelLoadOptions.defaults());
        // 'indicator' is a known value header, 'kind' a known type header, 'tags' a known label header
        assertThat(set.sources().get(0).parsed()).isEqualTo(4);
    }

    @Test
    void plainListDetectsTypesAndRefangs() {
        IntelSet set = load("feed.txt", IntelLoadOptions.defaults());
        assertThat(set.indicators()).extracting(Indicator::type, Indicator::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ObservableType.URL, "https://cdn.example.com/payload.bin"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.DOMAIN, "evil.example.org"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.IPV4, "203.0.113.0/24"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.IPV6, "2001:db8::1"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.IPV4, "8.8.8.8"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.EMAIL, "admin@evil-mail.example"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.MD5, "d41d8cd98f00b204e9800998ecf8427e"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.FILE_NAME, "svch0st.exe"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.FILE_NAME, "invoice.zip"));
        assertThat(problems).extracting(Problem::place, Problem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(fixture("feed.txt") + ":11", "intel.unknown-type"),
                org.assertj.core.groups.Tuple.tuple(fixture("feed.txt") + ":12", "intel.unknown-type"));
        // ids are derived from file name, type and value: stable across loads
        IntelSet again = IntelLoader.load(List.of(fixture("feed.txt")), IntelLoadOptions.defaults(), p -> { });
        assertThat(again.indicators()).extracting(Indicator::id)
                .containsExactlyElementsOf(set.indicators().stream().map(Indicator::id).toList());
        assertThat(set.indicators()).extracting(Indicator::id).doesNotHaveDuplicates();
        for (Indicator i : set.indicators()) {
            java.util.UUID u = java.util.UUID.fromString(i.id().substring("indicator--".length()));
            assertThat(u.version()).isEqualTo(8);
            assertThat(u.variant()).isEqualTo(2);
        }
    }

    @Test
    void foldersAreReadWholeAndMissingInputsReported() {
        IntelSet set = IntelLoader.load(List.of(fixture("edge-cases-stix21.json").getParent(), Path.of("/no/such")),
                IntelLoadOptions.defaults(), problems::add);
        assertThat(set.sources()).extracting(SourceStats::format)
                .containsExactly("stix", "csv", "text", "misp", "misp-feed");
        assertThat(problems).filteredOn(p -> p.stage() == Problem.Stage.INPUT).extracting(Problem::kind)
                .contains("intel.unreadable", "intel.misp-feed-event");
        assertThat(set.parsed() + set.rejected()).isEqualTo(set.seen());
    }
}

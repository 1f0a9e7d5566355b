package io.longwatch.intel.warninglist;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.problem.Problem;
import io.longwatch.intel.IntelLoadOptions;
import io.longwatch.intel.IntelLoader;
import io.longwatch.intel.IntelSet;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.ObservableType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public MISP warning lists load whole, and flag what they should. */
class WarningListsTest {

    private static final String PUBLIC_DNS_V4 = "List of known IPv4 public DNS resolvers";
    private static WarningLists real;
    private static final List<Problem> PROBLEMS = new ArrayList<>();
    private static long listFiles;

    @BeforeAll
    static void loadReal() throws IOException {
        Optional<Path> dir = SharedData.resolve("intel/misp-warninglists/lists");
        if (dir.isEmpty()) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir.get())) {
            listFiles = s.filter(p -> p.getFileName().toString().equals("list.json")).count();
        }
        long t0 = System.nanoTime();
        real = WarningLists.load(dir.get(), PROBLEMS::add);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Map<String, Integer> byMatching = new TreeMap<>();
        long entries = 0;
        for (WarningList l : real.lists()) {
            byMatching.merge(l.matching(), 1, Integer::sum);
            entries += l.entries();
        }
        System.out.printf("warning lists: %d of %d loaded in %d ms, %,d entries, by type %s%n", real.lists().size(),
                listFiles, ms, entries, byMatching);
        PROBLEMS.forEach(p -> System.out.println("  " + p));
    }

    private static void assumeData() {
        org.junit.jupiter.api.Assumptions.assumeTrue(real != null,
                "LONGWATCH_DATA not found: skipping MISP warning list tests");
    }

    @Test
    void everyListLoadsAndEveryMatchingTypeIsPresent() {
        assumeData();
        assertThat(real.lists()).hasSize((int) listFiles);
        assertThat(real.lists()).extracting(WarningList::matching)
                .contains("string", "hostname", "substring", "regex", "cidr");
        // whatever entries cannot be used are reported, list by list, with examples
        long skipped = real.lists().stream().mapToLong(WarningList::skipped).sum();
        assertThat(PROBLEMS.stream().filter(p -> p.kind().equals("intel.warninglist-entry")).count())
                .isEqualTo(real.lists().stream().filter(l -> l.skipped() > 0).count());
        assertThat(skipped).isLessThan(100);
    }

    @Test
    void publicResolversAreFlaggedWithTheListName() {
        assumeData();
        assertThat(real.listsFor(ObservableType.IPV4, "8.8.8.8")).contains(PUBLIC_DNS_V4);
        assertThat(real.listsFor(ObservableType.IPV4, "1.1.1.1")).contains(PUBLIC_DNS_V4);
        assertThat(real.listsFor(ObservableType.IPV6, "2001:4860:4860::8888"))
                .contains("List of known IPv6 public DNS resolvers");
        // a host name list covers subdomains; the lists apply only to the types they name
        assertThat(real.listsFor(ObservableType.DOMAIN, "www.google.com")).isNotEmpty();
        assertThat(real.listsFor(ObservableType.MD5, "8.8.8.8")).isEmpty();
    }

    @Test
    void cidrRangesFlagAddressesInside() {
        assumeData();
        // 8.8.4.4 is Google's second resolver; 8.8.8.0/24 is Google's; a private address is on the RFC lists
        assertThat(real.listsFor(ObservableType.IPV4, "8.8.4.4")).contains(PUBLIC_DNS_V4);
        assertThat(real.listsFor(ObservableType.IPV4, "10.1.2.3")).anyMatch(n -> n.contains("1918"));
    }

    @Test
    void regexListsUseRe2j() {
        assumeData();
        assertThat(real.listsFor(ObservableType.EMAIL, "abuse@example.org")).isNotEmpty();
        assertThat(real.listsFor(ObservableType.EMAIL, "ceo@example.org")).doesNotContain("Common contact e-mail");
    }

    @Test
    void importFlagsIndicatorsAndCountsThem(@TempDir Path tmp) throws IOException {
        assumeData();
        Path feed = tmp.resolve("feed.txt");
        Files.writeString(feed, "8.8.8.8\n1.1.1.1\n203.0.113.200\nwww.google.com\n");
        IntelSet set = IntelLoader.load(List.of(feed), IntelLoadOptions.defaults().withWarningLists(real), p -> { });
        Indicator google = set.indicators().get(0);
        assertThat(google.warningLists()).contains(PUBLIC_DNS_V4);
        assertThat(set.indicators().get(1).warningLists()).contains(PUBLIC_DNS_V4);
        assertThat(set.flaggedByList()).containsEntry(PUBLIC_DNS_V4, 2L);
        assertThat(set.sources().get(0).flagged()).isGreaterThanOrEqualTo(3);
        // flagged, never dropped
        assertThat(set.indicators()).hasSize(4);
    }

    @Test
    void smallListsOfEachKind(@TempDir Path tmp) throws IOException {
        write(tmp, "s", "string", "[\"ip-dst\"]", "[\"192.0.2.010\"]");
        write(tmp, "h", "hostname", "[\"domain\", \"url\"]", "[\".example.com\"]");
        write(tmp, "c", "cidr", "[\"ip-dst\"]", "[\"192.0.2.0/25\", \"2001:db8::/32\", \"garbage\"]");
        write(tmp, "u", "substring", "[\"url\"]", "[\"/wp-admin/\"]");
        write(tmp, "r", "regex", "[\"email-src\"]", "[\"/^noreply@/i\", \"/(unclosed/\"]");
        write(tmp, "x", "weird", "[]", "[\"a\"]");
        List<Problem> problems = new ArrayList<>();
        WarningLists w = WarningLists.load(tmp, problems::add);
        assertThat(w.lists()).extracting(WarningList::id).containsExactly("c", "h", "r", "s", "u");
        assertThat(w.listsFor(ObservableType.IPV4, "192.0.2.10")).containsExactlyInAnyOrder("list c", "list s");
        assertThat(w.listsFor(ObservableType.IPV4, "192.0.2.200")).isEmpty();
        assertThat(w.listsFor(ObservableType.IPV6, "2001:db8::5")).containsExactly("list c");
        assertThat(w.listsFor(ObservableType.DOMAIN, "a.b.example.com")).containsExactly("list h");
        assertThat(w.listsFor(ObservableType.DOMAIN, "example.com.evil.net")).isEmpty();
        assertThat(w.listsFor(ObservableType.URL, "https://shop.example.com/wp-admin/x"))
                .containsExactly("list h", "list u");
        assertThat(w.listsFor(ObservableType.EMAIL, "NoReply@bank.example")).containsExactly("list r");
        assertThat(problems).extracting(Problem::kind).containsExactlyInAnyOrder("intel.warninglist-entry",
                "intel.warninglist-entry", "intel.warninglist-type");
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("garbage"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("(unclosed"));
    }

    private static void write(Path root, String id, String type, String attrs, String list) throws IOException {
        Path d = Files.createDirectories(root.resolve(id));
        Files.writeString(d.resolve("list.json"), "{\"name\": \"list " + id + "\", \"type\": \"" + type
                + "\", \"matching_attributes\": " + attrs + ", \"list\": " + list + "}");
    }
}

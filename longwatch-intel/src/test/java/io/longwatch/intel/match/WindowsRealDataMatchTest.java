package io.longwatch.intel.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.formats.EventReaders;
import io.longwatch.formats.InputUnit;
import io.longwatch.formats.Inputs;
import io.longwatch.formats.ReadOptions;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.IntelContext;
import io.longwatch.intel.ObservableType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Indicators written by this test from values that occur in real Windows logs (OTRF flattened JSON
 * lines and the Sigma regression samples in evtx-crate layout) match exactly the records that hold
 * them in a field of the right type, counted here independently (Jackson, no Longwatch reader, no
 * index); values that occur only inside longer values match nothing.
 */
class WindowsRealDataMatchTest {

    // The fields of each type, as this test states them (the spec side of the comparison).
    static final List<String> ADDRESS_FIELDS = List.of("SourceIp", "DestinationIp", "IpAddress", "SourceAddress",
            "DestAddress", "ClientAddress", "DestinationAddress", "Address");
    static final List<String> HOST_FIELDS = List.of("SourceHostname", "DestinationHostname");
    static final List<String> PATH_FIELDS = List.of("Image", "ParentImage", "ImageLoaded", "TargetFilename",
            "SourceImage", "TargetImage", "NewProcessName", "ParentProcessName", "ProcessName", "Application", "Device");

    /** An indicator and this test's own idea of which raw records it should match. */
    record Case(Indicator indicator, Predicate<RawRecord> expected) {
    }

    static Indicator ind(ObservableType type, String value) {
        return new Indicator("test--" + type + "--" + value, type, value, null, "WindowsRealDataMatchTest", List.of(),
                -1, Event.NO_TIME, Event.NO_TIME, false, IntelContext.NONE, List.of());
    }

    @Test
    void otrfFlattenedJsonLines() throws Exception {
        Optional<Path> dir = SharedData.resolve("windows-json/otrf");
        assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping OTRF indicator matching");
        RawRecord.Source raw = RawRecord.zippedJsonLines(dir.get());
        List<Case> cases = List.of(
                ipCase("172.18.39.102", 32),
                ipCase("172.18.39.5", 32),
                ipCase("10.10.10.0", 24),
                ipCase("fe80::3816:b2ee:1b9b:324b", 128),
                domainCase("microsoft.com"),
                domainCase("HFDC01.shire.com"),
                md5Case("36354d9b5b0a58a4b9a19103852c00a2"),
                fileNameCase("wmiprvse.exe"));
        List<Indicator> substringsOnly = List.of(
                ind(ObservableType.IPV4, "172.18.39.10"),
                ind(ObservableType.DOMAIN, "soft.com"),
                ind(ObservableType.FILE_NAME, "miprvse.exe"));
        check(List.of(dir.get().toString()), raw, cases, substringsOnly, true);
    }

    @Test
    void sigmaRegressionEvtxCrateJson() throws Exception {
        Optional<Path> dir = SharedData.resolve("sigma/regression_data");
        assumeTrue(dir.isPresent(), "LONGWATCH_DATA not found: skipping regression-data indicator matching");
        RawRecord.Source raw = RawRecord.evtxCrateDocuments(dir.get());
        List<Case> cases = List.of(
                md5Case("0C0A46AAA84E8689D9EE731E6799283B"),
                fileNameCase("reg.exe"),
                fileNameCase("certutil.exe"));
        List<Indicator> substringsOnly = List.of(ind(ObservableType.FILE_NAME, "eg.exe"));
        check(RawRecord.jsonFiles(dir.get()), raw, cases, substringsOnly, false);
    }

    static void check(List<String> inputs, RawRecord.Source raw, List<Case> cases, List<Indicator> substringsOnly,
            boolean comparePlaces) throws Exception {
        // Expected, counted from the raw records.
        Map<String, Set<String>> expected = new HashMap<>();
        for (Case c : cases) {
            expected.put(c.indicator().id(), new HashSet<>());
        }
        long[] inside = new long[substringsOnly.size()];
        raw.forEach(r -> {
            for (Case c : cases) {
                if (c.expected().test(r)) {
                    expected.get(c.indicator().id()).add(r.place());
                }
            }
            String lower = null;
            for (int i = 0; i < inside.length; i++) {
                if (lower == null) {
                    lower = r.raw().toLowerCase(Locale.ROOT);
                }
                if (lower.contains(substringsOnly.get(i).value().toLowerCase(Locale.ROOT))) {
                    inside[i]++;
                }
            }
        });
        for (Case c : cases) {
            assertThat(expected.get(c.indicator().id())).as("the data holds %s", c.indicator().value()).isNotEmpty();
        }
        for (int i = 0; i < inside.length; i++) {
            assertThat(inside[i]).as("%s occurs inside longer values", substringsOnly.get(i).value()).isPositive();
        }

        // Actual: the Longwatch reader and the intel detector.
        List<Indicator> all = new ArrayList<>();
        cases.forEach(c -> all.add(c.indicator()));
        all.addAll(substringsOnly);
        ProblemLog problems = new ProblemLog(10);
        IntelDetector detector = IntelDetector.compile(all, MatchOptions.DEFAULTS, problems);
        assertThat(detector.index().rejected()).isZero();
        IntelRun run = detector.newRun();
        List<Finding> findings = new ArrayList<>();
        ReadOptions options = ReadOptions.forDetectors(List.of(detector));
        for (InputUnit u : Inputs.expand(inputs, problems)) {
            EventReaders.read(u, options, e -> run.accept(e, findings::add), problems);
        }
        Map<String, Set<String>> actual = new HashMap<>();
        for (Finding f : findings) {
            String place = f.source().path() + ":" + f.source().line();
            assertThat(actual.computeIfAbsent(f.rule().id(), k -> new HashSet<>()).add(place))
                    .as("one finding per indicator and record: %s", place).isTrue();
        }
        for (Case c : cases) {
            Set<String> want = expected.get(c.indicator().id());
            Set<String> got = actual.getOrDefault(c.indicator().id(), Set.of());
            System.out.printf("intel match %-40s expected %,7d records, matched %,7d%n", c.indicator().value(),
                    want.size(), got.size());
            if (comparePlaces) {
                Set<String> missed = new java.util.TreeSet<>(want);
                missed.removeAll(got);
                Set<String> extra = new java.util.TreeSet<>(got);
                extra.removeAll(want);
                assertThat(missed).as("records holding %s but not matched", c.indicator().value()).isEmpty();
                assertThat(extra).as("records matched by %s but not holding it", c.indicator().value()).isEmpty();
            } else {
                assertThat(got).as("records matching %s", c.indicator().value()).hasSameSizeAs(want);
            }
        }
        for (Indicator neg : substringsOnly) {
            assertThat(actual.get(neg.id())).as("substring-only %s", neg.value()).isNull();
        }
    }

    // ---- this test's own reading of each type --------------------------------------------------

    static Case ipCase(String address, int prefix) {
        ObservableType type = address.contains(":") ? ObservableType.IPV6 : ObservableType.IPV4;
        String value = prefix == (type == ObservableType.IPV4 ? 32 : 128) ? address : address + "/" + prefix;
        byte[] net = literal(address);
        return new Case(ind(type, value), r -> {
            for (String token : addressTokens(r)) {
                byte[] b = literal(token);
                if (b != null && b.length == net.length && samePrefix(b, net, prefix)) {
                    return true;
                }
            }
            return false;
        });
    }

    static List<String> addressTokens(RawRecord r) {
        List<String> out = new ArrayList<>();
        for (String f : ADDRESS_FIELDS) {
            if (r.fields().get(f) != null) {
                out.add(r.fields().get(f).trim());
            }
        }
        for (String f : HOST_FIELDS) {
            if (r.fields().get(f) != null) {
                out.add(r.fields().get(f).trim());
            }
        }
        out.addAll(answerTokens(r));
        return out;
    }

    static List<String> answerTokens(RawRecord r) {
        String qr = r.fields().get("QueryResults");
        return qr == null ? List.of() : List.of(qr.split("[;,\\s]+"));
    }

    static Case domainCase(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return new Case(ind(ObservableType.DOMAIN, domain), r -> {
            List<String> names = new ArrayList<>(answerTokens(r));
            for (String f : List.of("QueryName", "SourceHostname", "DestinationHostname")) {
                if (r.fields().get(f) != null) {
                    names.add(r.fields().get(f));
                }
            }
            for (String n : names) {
                String v = n.trim().toLowerCase(Locale.ROOT);
                if (v.equals(d) || v.endsWith("." + d)) {
                    return true;
                }
            }
            return false;
        });
    }

    static Case md5Case(String md5) {
        return new Case(ind(ObservableType.MD5, md5), r -> {
            for (String f : List.of("Hashes", "Hash")) {
                String v = r.fields().get(f);
                if (v != null) {
                    for (String part : v.split(",")) {
                        if (part.trim().equalsIgnoreCase("MD5=" + md5)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
    }

    static Case fileNameCase(String name) {
        return new Case(ind(ObservableType.FILE_NAME, name), r -> {
            for (String f : PATH_FIELDS) {
                String v = r.fields().get(f);
                if (v != null) {
                    String last = v.trim().substring(Math.max(v.trim().lastIndexOf('\\'), v.trim().lastIndexOf('/')) + 1);
                    if (last.equalsIgnoreCase(name)) {
                        return true;
                    }
                }
            }
            String original = r.fields().get("OriginalFileName");
            return original != null && original.trim().equalsIgnoreCase(name);
        });
    }

    private static final Pattern IP_CHARS = Pattern.compile("[0-9a-fA-F:.]+");
    private static final Pattern DOTTED = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Map<String, byte[]> LITERALS = new ConcurrentHashMap<>();
    private static final byte[] NOT_AN_ADDRESS = new byte[0];

    /** The address bytes of an IP literal (java.net, no name lookup), or null. */
    static byte[] literal(String s) {
        byte[] b = LITERALS.computeIfAbsent(s, WindowsRealDataMatchTest::parseLiteral);
        return b == NOT_AN_ADDRESS ? null : b;
    }

    private static byte[] parseLiteral(String s) {
        if (s.isEmpty() || !IP_CHARS.matcher(s).matches() || !(s.contains(".") || s.contains(":"))) {
            return NOT_AN_ADDRESS;
        }
        if (!s.contains(":") && !DOTTED.matcher(s).matches()) {
            return NOT_AN_ADDRESS;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return NOT_AN_ADDRESS;
        }
    }

    static boolean samePrefix(byte[] a, byte[] b, int bits) {
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >>> (i % 8);
            if ((a[i / 8] & mask) != (b[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}

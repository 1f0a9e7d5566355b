package io.longwatch.formats.evtx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.longwatch.core.data.SharedData;
import io.longwatch.core.event.Event;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemLog;
import io.longwatch.core.time.Timestamps;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every .evtx in evtx/attack-samples against Debian's python-evtx (python3-evtx, run with
 * {@code /usr/bin/python3}): the same record count per file, and the same canonical fields for a
 * sample of records (every {@value #EVERY}th record and the last one of each file) flattened from
 * python-evtx's XML by {@code python_evtx_fields.py}; records are matched by their position in the file.
 *
 * <p>Normalisation, because python-evtx formats some values differently from evtx-crate (whose
 * forms the reader follows): surrounding whitespace is ignored; an empty value equals a null one
 * (XML text cannot tell them apart); CR LF equals LF and other control characters are dropped
 * (python-evtx's XML loses them); GUIDs are compared without braces and case; {@code 0x} hex
 * numbers by value (python-evtx zero-pads them); booleans without case ({@code True}); binary as
 * bytes (python-evtx writes base64, evtx-crate hex); string arrays as lists (python-evtx writes
 * {@code <string>} items); times as instants within 2 µs (python-evtx converts FILETIME through a
 * float and is off by one or two microseconds in about half the records; the reader's exact conversion
 * matches evtx-crate in {@link EvtxRegressionDataTest}).
 */
class EvtxPythonComparisonTest {

    static final int EVERY = 4;
    private static final Pattern GUID = Pattern.compile("\\{?[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}}?");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z?");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern UPPER_HEX = Pattern.compile("([0-9A-F][0-9A-F])+");
    private static final Pattern STRING_ITEM = Pattern.compile("<string>(.*?)</string>", Pattern.DOTALL);

    @Test
    void countsAndSampledFieldsAgreeWithPythonEvtx() throws Exception {
        Optional<Path> root = SharedData.resolve("evtx/attack-samples");
        Assumptions.assumeTrue(root.isPresent(), "LONGWATCH_DATA not found: skipping python-evtx comparison");
        Assumptions.assumeTrue(PythonEvtx.available(),
                "python3-evtx not installed (/usr/bin/python3 -c 'import Evtx' fails): skipping python-evtx comparison");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root.get())) {
            files = s.filter(p -> p.toString().endsWith(".evtx")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(200);

        Map<String, Long> pythonCounts = new HashMap<>();
        Map<String, Map<Long, Map<String, Object>>> pythonSamples = new HashMap<>();
        int pythonErrors = runPython(files, pythonCounts, pythonSamples);

        ProblemLog problems = new ProblemLog(10);
        List<String> countMismatches = new ArrayList<>();
        List<String> fieldMismatches = new ArrayList<>();
        Map<String, Integer> mismatchByField = new TreeMap<>();
        Set<String> filesSampled = new HashSet<>();
        long ourTotal = 0;
        long pythonTotal = 0;
        long sampled = 0;
        long fieldsCompared = 0;
        for (Path file : files) {
            String key = file.toString();
            List<Event> events = new ArrayList<>();
            EvtxStats stats = EvtxReader.read(file, key, events::add, problems);
            long expected = pythonCounts.getOrDefault(key, -1L);
            ourTotal += stats.records();
            pythonTotal += Math.max(0, expected);
            if (stats.records() != expected) {
                countMismatches.add(key + ": " + stats.records() + " records, python-evtx " + expected);
            }
            for (Map.Entry<Long, Map<String, Object>> sample : pythonSamples.getOrDefault(key, Map.of()).entrySet()) {
                int index = sample.getKey().intValue();
                Event event = index < events.size() ? events.get(index) : null;
                String where = file.getFileName() + " record #" + index;
                if (event == null) {
                    fieldMismatches.add(where + ": record missing");
                    continue;
                }
                sampled++;
                filesSampled.add(key);
                for (Map.Entry<String, Object> f : sample.getValue().entrySet()) {
                    fieldsCompared++;
                    if (!event.has(f.getKey()) || !same(f.getValue(), event.get(f.getKey()))) {
                        if (mismatchByField.merge(f.getKey(), 1, Integer::sum) == 1) {
                            System.out.println("first mismatch of " + f.getKey() + ": " + where + " <"
                                    + escape(event.get(f.getKey())) + "> vs python-evtx <" + escape(f.getValue()) + ">");
                        }
                        fieldMismatches.add(where + ": " + f.getKey() + " = <" + escape(event.get(f.getKey()))
                                + "> but python-evtx has <" + escape(f.getValue()) + ">");
                    }
                }
                for (int i = 0; i < event.size(); i++) {
                    if (!sample.getValue().containsKey(event.name(i))) {
                        if (mismatchByField.merge("+" + event.name(i), 1, Integer::sum) == 1) {
                            System.out.println("first extra field " + event.name(i) + ": " + where + " <"
                                    + escape(event.value(i)) + "> python-evtx fields " + sample.getValue().keySet());
                        }
                        fieldMismatches.add(where + ": extra field " + event.name(i) + " = " + event.value(i));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "python-evtx comparison: %d files, %d records (python-evtx %d); "
                        + "%d records sampled from %d files, %d fields compared, %d mismatches %s; "
                        + "%d python-evtx render errors; reader problems %d%n",
                files.size(), ourTotal, pythonTotal, sampled, filesSampled.size(), fieldsCompared,
                fieldMismatches.size(), mismatchByField, pythonErrors,
                problems.count(Problem.Stage.RECORD) + problems.count(Problem.Stage.INPUT));
        assertThat(countMismatches).as("record counts differing from python-evtx").isEmpty();
        assertThat(sampled).as("records sampled").isGreaterThanOrEqualTo(1000);
        assertThat(filesSampled).as("files sampled").hasSize(files.size());
        assertThat(fieldMismatches).as("fields differing from python-evtx").isEmpty();
    }

    /** Runs the python side; returns how many sampled records python-evtx could not render. */
    private static int runPython(List<Path> files, Map<String, Long> counts,
                                 Map<String, Map<Long, Map<String, Object>>> samples) throws Exception {
        Process p = PythonEvtx.start("python_evtx_fields.py", files, Integer.toString(EVERY));
        int errors = 0;
        try (JsonParser parser = new JsonFactory().createParser(p.getInputStream())) {
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                @SuppressWarnings("unchecked")
                Map<String, Object> line = (Map<String, Object>) EvtxCrateJson.value(parser);
                String file = (String) line.get("file");
                if (line.containsKey("count")) {
                    counts.put(file, Long.parseLong((String) line.get("count")));
                } else if (line.containsKey("error")) {
                    errors++;
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fields = (Map<String, Object>) line.get("fields");
                    samples.computeIfAbsent(file, k -> new LinkedHashMap<>())
                            .put(Long.parseLong((String) line.get("index")), fields);
                }
            }
        }
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("python-evtx finished").isTrue();
        assertThat(p.exitValue()).as("python-evtx exit status").isZero();
        return errors;
    }

    /** CR LF as LF (XML parsing turns one into the other) and no other control characters (python-evtx drops them). */
    private static String withoutControls(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 || c == '\n' || c == '\t') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String escape(Object value) {
        String s = String.valueOf(value);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Whether python-evtx's text {@code want} and the reader's value {@code got} are the same value
     * once formatting is set aside (see the class comment).
     */
    static boolean same(Object want, Object got) {
        if (want instanceof String w && w.strip().startsWith("<string>")) {
            want = stringArray(w);
            got = got instanceof String g ? List.of(g) : got;
        }
        if (want instanceof List<?> wl && got instanceof List<?> gl) {
            if (wl.size() != gl.size()) {
                return false;
            }
            for (int i = 0; i < wl.size(); i++) {
                if (!same(wl.get(i), gl.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (want instanceof List<?> || got instanceof List<?>) {
            return false;
        }
        String w = text(want);
        String g = text(got);
        if (w.equals(g)) {
            return true;
        }
        if (GUID.matcher(w).matches() && GUID.matcher(g).matches()) {
            return unbraced(w).equalsIgnoreCase(unbraced(g));
        }
        if (HEX.matcher(w).matches() && HEX.matcher(g).matches()) {
            return new BigInteger(w.substring(2), 16).equals(new BigInteger(g.substring(2), 16));
        }
        if (TIME.matcher(w).matches() && TIME.matcher(g).matches()) {
            return Math.abs(Timestamps.parseMicros(w) - Timestamps.parseMicros(g)) <= 2;
        }
        if (w.equalsIgnoreCase(g) && (g.equals("true") || g.equals("false"))) {
            return true;
        }
        if (UPPER_HEX.matcher(g).matches()) {
            try {
                return ValueDecoder.hex(Base64.getDecoder().decode(w), 0, g.length() / 2).equals(g)
                        && Base64.getDecoder().decode(w).length == g.length() / 2;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }

    /** python-evtx shows a string array as {@code <string>a</string>} lines. */
    private static List<String> stringArray(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = STRING_ITEM.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String unbraced(String guid) {
        return guid.replace("{", "").replace("}", "");
    }

    /** Surrounding whitespace ignored, null as empty, CR LF as LF, other control characters dropped. */
    private static String text(Object value) {
        return value == null ? "" : withoutControls(value.toString()).strip();
    }
}

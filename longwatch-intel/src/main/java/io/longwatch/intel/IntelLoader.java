package io.longwatch.intel;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.intel.misp.MispEventReader;
import io.longwatch.intel.misp.MispFeedReader;
import io.longwatch.intel.stix.StixBundleReader;
import io.longwatch.intel.text.CsvReader;
import io.longwatch.intel.text.PlainListReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Loads indicators from feeds: STIX 2.0/2.1 bundles, MISP events and feed folders, CSV with a column
 * mapping, plain lists. Folders are read recursively in name order (a folder with a
 * {@code manifest.json} is a MISP feed); {@code .gz} files are decompressed. Nothing is dropped
 * silently: every entry that is not imported, and every file that cannot be read, is reported to the
 * problem sink with its place and a stable kind ({@code intel.pattern-syntax}, {@code intel.unknown-type},
 * {@code intel.bad-value}, ...).
 */
public final class IntelLoader {

    private IntelLoader() {
    }

    /**
     * Loads every input.
     *
     * @param inputs files and folders
     * @param options formats, CSV mapping, warning lists
     * @param problems receives every rejected entry and unreadable input
     * @return the indicators and per-source counts
     */
    public static IntelSet load(List<Path> inputs, IntelLoadOptions options, ProblemSink problems) {
        ImportCollector out = new ImportCollector(problems, options.warningLists(), options.nowMicros());
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(200_000_000).build());
        mapper.getFactory().enable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION);
        for (Path input : inputs) {
            for (Path p : expand(input, problems)) {
                loadOne(p, options, mapper, out);
            }
        }
        return out.result();
    }

    private static List<Path> expand(Path input, ProblemSink problems) {
        if (!Files.exists(input)) {
            problems.report(Problem.Stage.INPUT, input.toString(), "intel.unreadable", "no such file or folder");
            return List.of();
        }
        if (!Files.isDirectory(input) || MispFeedReader.isFeed(input)) {
            return List.of(input);
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(input)) {
            for (Path p : s.sorted().toList()) {
                if (!p.getFileName().toString().startsWith(".")) {
                    out.addAll(expand(p, problems));
                }
            }
        } catch (IOException e) {
            problems.report(Problem.Stage.INPUT, input.toString(), "intel.unreadable", "cannot list folder: " + e);
        }
        return out;
    }

    private static void loadOne(Path p, IntelLoadOptions options, ObjectMapper mapper, ImportCollector out) {
        String place = p.toString();
        try {
            if (Files.isDirectory(p)) {
                String source = out.beginSource(place, "misp-feed");
                MispFeedReader.read(p, mapper, source, options.mispIncludeNonIds(), out);
                return;
            }
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
            IntelLoadOptions.Format format = options.format();
            if (format == IntelLoadOptions.Format.AUTO) {
                format = bare.endsWith(".json") ? null
                        : bare.endsWith(".jsonl") || bare.endsWith(".ndjson") ? IntelLoadOptions.Format.STORE
                        : bare.endsWith(".csv") || bare.endsWith(".tsv") ? IntelLoadOptions.Format.CSV
                        : IntelLoadOptions.Format.TEXT;
            }
            if (format == null || format == IntelLoadOptions.Format.STIX || format == IntelLoadOptions.Format.MISP) {
                loadJson(p, place, format, options, mapper, out);
                return;
            }
            try (BufferedReader in = reader(p)) {
                if (format == IntelLoadOptions.Format.STORE) {
                    readStore(place, in, mapper, out);
                } else if (format == IntelLoadOptions.Format.CSV) {
                    String source = out.beginSource(place, "csv");
                    var csv = options.csv();
                    if (bare.endsWith(".tsv") && csv.delimiter() == ',') {
                        csv = new io.longwatch.intel.text.CsvMapping(csv.value(), csv.type(), csv.labels(),
                                csv.confidence(), csv.validFrom(), csv.validUntil(), '\t', csv.header());
                    }
                    CsvReader.read(place, p.getFileName().toString(), source, csv, in, out);
                } else {
                    String source = out.beginSource(place, "text");
                    PlainListReader.read(place, p.getFileName().toString(), source, in, out);
                }
            }
        } catch (IOException | RuntimeException e) {
            out.problem(Problem.Stage.INPUT, place, "intel.unreadable", "cannot read: " + e.getMessage());
        }
    }

    private static void loadJson(Path p, String place, IntelLoadOptions.Format format, IntelLoadOptions options,
            ObjectMapper mapper, ImportCollector out) throws IOException {
        JsonNode root;
        try (InputStream in = stream(p)) {
            root = mapper.readTree(in);
        } catch (IOException e) {
            out.problem(Problem.Stage.INPUT, place, "intel.json-malformed", "not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        if (root == null || root.isMissingNode()) {
            out.problem(Problem.Stage.INPUT, place, "intel.json-malformed", "empty JSON file");
            return;
        }
        boolean misp = format == IntelLoadOptions.Format.MISP
                || (format == null && MispEventReader.looksLikeMisp(root));
        boolean stix = format == IntelLoadOptions.Format.STIX || (format == null && looksLikeStix(root));
        if (misp) {
            String source = out.beginSource(place, "misp");
            MispEventReader.read(place, root, source, options.mispIncludeNonIds(), out);
        } else if (stix) {
            String source = out.beginSource(place, "stix");
            StixBundleReader.read(place, root, source, out);
        } else {
            out.problem(Problem.Stage.INPUT, place, "intel.unknown-format",
                    "JSON that is neither a STIX bundle/object nor a MISP event (no 'type'/'objects', no 'Event')");
        }
    }

    private static void readStore(String place, BufferedReader in, ObjectMapper mapper, ImportCollector out)
            throws IOException {
        out.beginSource(place, "store");
        String line;
        long lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            out.seen();
            try {
                out.accept(IndicatorJson.read(mapper.readTree(line)));
                out.parsed();
            } catch (IOException | IllegalArgumentException e) {
                out.reject(place + ":" + lineNo, "intel.store-record", "not an indicator record: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
        }
    }

    private static boolean looksLikeStix(JsonNode root) {
        JsonNode first = root.isArray() && !root.isEmpty() ? root.get(0) : root;
        String type = first.path("type").asText("");
        return type.equals("bundle") || (!type.isEmpty() && first.path("id").asText("").startsWith(type + "--"));
    }

    private static InputStream stream(Path p) throws IOException {
        InputStream in = Files.newInputStream(p);
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static BufferedReader reader(Path p) throws IOException {
        return new BufferedReader(new InputStreamReader(stream(p), StandardCharsets.UTF_8), 1 << 16);
    }
}

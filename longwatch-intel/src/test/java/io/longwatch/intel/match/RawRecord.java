package io.longwatch.intel.match;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A log record read the plain way, with Jackson and no Longwatch reader, so tests can count by
 * themselves which records hold a value: top-level fields of flattened (OTRF) lines, or the
 * {@code Event.EventData} items of evtx-crate documents.
 *
 * @param place {@code archive.zip!/member:line} for zipped JSON lines, {@code file#n} for documents
 * @param fields field name to value text
 * @param raw the record's text (for substring checks)
 */
record RawRecord(String place, Map<String, String> fields, String raw) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Something that hands out raw records one by one (the corpora are too large to hold). */
    @FunctionalInterface
    interface Source {
        void forEach(Consumer<RawRecord> sink) throws IOException;
    }

    /** Every line of every {@code .json} member of every zip under {@code dir}. */
    static Source zippedJsonLines(Path dir) {
        return out -> zippedJsonLines(dir, out);
    }

    /** Every evtx-crate document of every {@code .json} file under {@code dir} (EventData items as fields). */
    static Source evtxCrateDocuments(Path dir) {
        return out -> evtxCrateDocuments(dir, out);
    }

    private static void zippedJsonLines(Path dir, Consumer<RawRecord> out) throws IOException {
        List<Path> zips;
        try (Stream<Path> s = Files.walk(dir)) {
            zips = s.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        for (Path zip : zips) {
            try (ZipFile zf = new ZipFile(zip.toFile())) {
                for (Enumeration<? extends ZipEntry> en = zf.entries(); en.hasMoreElements(); ) {
                    ZipEntry e = en.nextElement();
                    if (e.isDirectory() || !e.getName().endsWith(".json")) {
                        continue;
                    }
                    try (InputStream in = zf.getInputStream(e);
                         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                        int lineNo = 0;
                        for (String line = r.readLine(); line != null; line = r.readLine()) {
                            lineNo++;
                            if (line.isBlank()) {
                                continue;
                            }
                            JsonNode n;
                            try {
                                n = JSON.readTree(line);
                            } catch (IOException bad) {
                                continue;
                            }
                            out.accept(new RawRecord(zip + "!/" + e.getName() + ":" + lineNo, scalars(n), line));
                        }
                    }
                }
            }
        }
    }

    /** Every record of every Zeek TSV log under {@code dir} (any file with a {@code #fields} header). */
    static Source zeekTsv(Path dir) {
        return out -> {
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                String[] fields = null;
                int lineNo = 0;
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.ISO_8859_1)) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        lineNo++;
                        if (line.startsWith("#fields\t")) {
                            fields = line.substring("#fields\t".length()).split("\t", -1);
                            continue;
                        }
                        if (line.startsWith("#") || fields == null || line.isEmpty()) {
                            continue;
                        }
                        String[] values = line.split("\t", -1);
                        Map<String, String> m = new HashMap<>();
                        for (int i = 0; i < Math.min(fields.length, values.length); i++) {
                            if (!values[i].equals("-") && !values[i].equals("(empty)")) {
                                m.put(fields[i], values[i]);
                            }
                        }
                        out.accept(new RawRecord(f + ":" + lineNo, m, line));
                    }
                }
            }
        };
    }

    /** The {@code .json} files under {@code dir}, sorted. */
    static List<String> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).map(Path::toString).sorted().toList();
        }
    }

    private static void evtxCrateDocuments(Path dir, Consumer<RawRecord> out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            try (JsonParser p = JSON.getFactory().createParser(f.toFile());
                 MappingIterator<JsonNode> it = JSON.readValues(p, JsonNode.class)) {
                int n = 0;
                while (it.hasNext()) {
                    JsonNode doc = it.next();
                    n++;
                    out.accept(new RawRecord(f.getFileName() + "#" + n, scalars(doc.path("Event").path("EventData")),
                            doc.toString()));
                }
            }
        }
    }

    private static Map<String, String> scalars(JsonNode n) {
        Map<String, String> m = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                m.put(e.getKey(), e.getValue().asText());
            }
        }
        return m;
    }
}

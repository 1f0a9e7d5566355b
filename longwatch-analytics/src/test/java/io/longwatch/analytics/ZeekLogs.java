package io.longwatch.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.longwatch.core.event.Event;
import io.longwatch.core.event.EventBuilder;
import io.longwatch.core.event.SourceRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Test-side loader of Zeek logs (TSV with a {@code #fields} header, or JSON lines) into events with the
 * Zeek reader's field names, so the analytics can be measured on the real captures independently of
 * the product's reader. Labels columns ({@code label}, {@code detailedlabel}) are kept as fields.
 */
final class ZeekLogs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ZeekLogs() {
    }

    /** Every Zeek log under a folder (conn, dns, http, ssl, including {@code .labeled} copies), sorted by path. */
    static List<Event> folder(Path dir, String... types) {
        List<Event> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                for (String type : types) {
                    if (name.equals(type + ".log") || name.equals(type + ".log.labeled")) {
                        out.addAll(read(f, type));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Event> read(Path file, String type) {
        List<Event> out = new ArrayList<>();
        EventBuilder b = new EventBuilder();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String[] fields = null;
            String path = type;
            String line;
            long no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    if (line.startsWith("#fields\t")) {
                        fields = line.substring(8).split("\t");
                        for (int i = 0; i < fields.length; i++) {
                            fields[i] = fields[i].intern();
                        }
                    } else if (line.startsWith("#path\t")) {
                        path = line.substring(6).trim();
                    }
                    continue;
                }
                b.put(ZeekFields.PATH, path);
                if (line.startsWith("{")) {
                    JsonNode node = JSON.readTree(line);
                    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> e = it.next();
                        JsonNode v = e.getValue();
                        if (v.isArray()) {
                            List<String> list = new ArrayList<>();
                            v.forEach(x -> list.add(x.asText()));
                            b.put(e.getKey().intern(), list);
                        } else if (!v.isNull()) {
                            b.put(e.getKey().intern(), v.isNumber() ? v.numberValue().toString() : v.asText());
                        }
                    }
                    // JSON numbers: keep the decimal form Zeek wrote for ts and duration.
                    if (node.has("ts")) {
                        b.put("ts", node.get("ts").asText());
                    }
                    if (node.has("duration")) {
                        b.put(ZeekFields.DURATION, node.get("duration").asText());
                    }
                } else if (fields != null) {
                    String[] cols = line.split("\t", -1);
                    for (int i = 0; i < fields.length && i < cols.length; i++) {
                        String v = cols[i];
                        if (!v.equals("-") && !v.equals("(empty)")) {
                            b.put(fields[i], v);
                        }
                    }
                }
                Event probe = b.build(new SourceRef(file.toString(), no, -1));
                String ts = probe.getText("ts");
                if (ts == null) {
                    continue;
                }
                // Rebuild with the event time from ts (seconds, fractional).
                for (int i = 0; i < probe.size(); i++) {
                    b.put(probe.name(i), probe.value(i));
                }
                b.time(Math.round(Double.parseDouble(ts) * 1_000_000L));
                b.host(probe.getText(ZeekFields.ORIG_H));
                out.add(b.build(new SourceRef(file.toString(), no, -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

package io.longwatch.intel.misp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.longwatch.core.problem.Problem;
import io.longwatch.intel.ImportCollector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a MISP feed folder: {@code manifest.json} (event uuid → summary) and one {@code <uuid>.json}
 * per event. An event the manifest lists but the folder lacks, or that cannot be parsed, is reported
 * ({@code intel.misp-feed-event}) and the rest is read.
 */
public final class MispFeedReader {

    private MispFeedReader() {
    }

    /** Whether a folder is a MISP feed (it holds a {@code manifest.json}). */
    public static boolean isFeed(Path folder) {
        return Files.isRegularFile(folder.resolve("manifest.json"));
    }

    /**
     * Reads the feed's events in manifest order.
     *
     * @return the number of events read
     */
    public static int read(Path folder, ObjectMapper mapper, String source, boolean includeNonIds,
            ImportCollector out) throws IOException {
        Path manifestFile = folder.resolve("manifest.json");
        JsonNode manifest = mapper.readTree(manifestFile.toFile());
        int events = 0;
        Iterator<Map.Entry<String, JsonNode>> it = manifest.fields();
        while (it.hasNext()) {
            String uuid = it.next().getKey();
            Path eventFile = folder.resolve(uuid + ".json");
            if (!uuid.matches("[0-9a-fA-F-]{1,64}") || !Files.isRegularFile(eventFile)) {
                out.problem(Problem.Stage.INPUT, manifestFile + "#" + uuid, "intel.misp-feed-event",
                        "the manifest lists event " + uuid + " but " + uuid + ".json is not in the feed");
                continue;
            }
            JsonNode event;
            try {
                event = mapper.readTree(eventFile.toFile());
            } catch (IOException e) {
                out.problem(Problem.Stage.INPUT, eventFile.toString(), "intel.misp-feed-event",
                        "feed event is not valid JSON: " + e.getMessage());
                continue;
            }
            events += MispEventReader.read(eventFile.toString(), event, source, includeNonIds, out);
        }
        return events;
    }
}

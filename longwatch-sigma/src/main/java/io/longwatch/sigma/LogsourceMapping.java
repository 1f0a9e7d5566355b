package io.longwatch.sigma;

import io.longwatch.sigma.mapping.ProductMapping;
import io.longwatch.sigma.mapping.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Log-source routing and field mapping, in data form: which Windows channels and EventIDs, or
 * which Zeek logs ({@code _path}), a rule's {@code logsource} means, and how its field names
 * translate for each source. Products without a mapping file (linux, macos, cloud, ...) have no
 * channel constraint: their rules run only on events that no mapped product claims (no Windows
 * Channel, no Zeek _path). Immutable.
 */
public final class LogsourceMapping {

    private static final String[] DEFAULT_RESOURCES = {
        "io/longwatch/sigma/mapping/windows.yml", "io/longwatch/sigma/mapping/zeek.yml"};

    private final Map<String, ProductMapping> products;

    private LogsourceMapping(Map<String, ProductMapping> products) {
        this.products = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(products)); // keeps file order
    }

    /** The built-in mapping (SigmaHQ taxonomy for Windows; Zeek logs by {@code _path}). */
    public static LogsourceMapping defaults() {
        Map<String, ProductMapping> m = new LinkedHashMap<>();
        for (String res : DEFAULT_RESOURCES) {
            try (InputStream in = LogsourceMapping.class.getClassLoader().getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + res);
                }
                ProductMapping pm = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), res);
                m.put(pm.product(), pm);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new LogsourceMapping(m);
    }

    /**
     * Loads a mapping file (format of the built-in {@code windows.yml}); it replaces the
     * built-in mapping of its product and keeps the others.
     *
     * @throws IllegalArgumentException when the file is malformed, naming the part
     * @throws UncheckedIOException when the file cannot be read
     */
    public static LogsourceMapping load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read log-source mapping " + file + ": " + e.getMessage(), e);
        }
        ProductMapping pm = parse(text, file.toString());
        Map<String, ProductMapping> m = new LinkedHashMap<>(defaults().products);
        m.put(pm.product(), pm);
        return new LogsourceMapping(m);
    }

    private static ProductMapping parse(String yaml, String place) {
        Object data = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        if (!(data instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(place + ": mapping file is not a YAML mapping");
        }
        return ProductMapping.fromData(map, place);
    }

    /**
     * The event fields, other than the Windows {@code Channel}, that mapped products name their
     * sources in (Zeek's {@code _path}). An event with such a field belongs to that product.
     */
    public List<String> channelFields() {
        List<String> out = new ArrayList<>();
        for (ProductMapping pm : products.values()) {
            String f = pm.channelField();
            if (!f.equals(Route.WINDOWS_CHANNEL) && !out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The routes (one per variant) a log source maps to. */
    public List<Route> routes(Logsource logsource) {
        ProductMapping pm = logsource.product() == null ? null : products.get(logsource.product());
        if (pm == null) {
            String label = logsource.product() == null ? "no product" : logsource.product();
            return List.of(new Route(Route.Kind.NON_WINDOWS, null, List.of(), List.of(), Map.of(), Map.of(), label, true));
        }
        return pm.routes(logsource.category(), logsource.service());
    }
}

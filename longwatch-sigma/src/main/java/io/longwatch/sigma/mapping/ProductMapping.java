package io.longwatch.sigma.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mapping data of one product with channels: service -> channels and category -> variants,
 * plus the event field the channels are read from ({@code channelField}: {@code Channel} for
 * Windows, {@code _path} for Zeek) and field renames for every rule of the product
 * ({@code fields}). Read from a YAML file in the format of {@code mapping/windows.yml}.
 */
public final class ProductMapping {

    /** One category variant as written in the data file. */
    record Variant(String service, List<String> eventIds, Map<String, List<String>> conditions,
            Map<String, String> fields) {
    }

    private final String product;
    private final String channelField;
    private final Map<String, String> productFields;
    private final Map<String, List<String>> services;
    private final Map<String, List<Variant>> categories;

    private ProductMapping(String product, String channelField, Map<String, String> productFields,
            Map<String, List<String>> services, Map<String, List<Variant>> categories) {
        this.product = product;
        this.channelField = channelField;
        this.productFields = productFields;
        this.services = services;
        this.categories = categories;
    }

    public String product() {
        return product;
    }

    /** The event field this product's channels are read from ({@code Channel}, {@code _path}). */
    public String channelField() {
        return channelField;
    }

    /** Parses the data form (already loaded as plain YAML data). */
    public static ProductMapping fromData(Map<?, ?> data, String place) {
        String product = str(data.get("product"), place, "product").toLowerCase(Locale.ROOT);
        String channelField = data.get("channelField") == null ? Route.WINDOWS_CHANNEL : data.get("channelField").toString();
        Map<String, String> productFields = renames(data.get("fields"));
        Map<String, List<String>> services = new LinkedHashMap<>();
        if (data.get("services") instanceof Map<?, ?> s) {
            for (Map.Entry<?, ?> e : s.entrySet()) {
                services.put(e.getKey().toString().toLowerCase(Locale.ROOT), strings(e.getValue()));
            }
        }
        Map<String, List<Variant>> categories = new LinkedHashMap<>();
        if (data.get("categories") instanceof Map<?, ?> c) {
            for (Map.Entry<?, ?> e : c.entrySet()) {
                List<Variant> variants = new ArrayList<>();
                if (!(e.getValue() instanceof List<?> list)) {
                    throw new IllegalArgumentException(place + ": category " + e.getKey() + " must be a list of variants");
                }
                for (Object o : list) {
                    if (!(o instanceof Map<?, ?> v)) {
                        throw new IllegalArgumentException(place + ": category " + e.getKey() + " holds a non-mapping variant");
                    }
                    String service = str(v.get("service"), place, "category " + e.getKey() + " service").toLowerCase(Locale.ROOT);
                    if (!services.containsKey(service)) {
                        throw new IllegalArgumentException(place + ": category " + e.getKey() + " names unknown service " + service);
                    }
                    Map<String, List<String>> conds = new LinkedHashMap<>();
                    if (v.get("conditions") instanceof Map<?, ?> cm) {
                        cm.forEach((k, val) -> conds.put(k.toString(), strings(val)));
                    }
                    Map<String, String> fields = new LinkedHashMap<>(productFields);
                    fields.putAll(renames(v.get("fields")));
                    variants.add(new Variant(service, strings(v.get("eventIds")), conds, fields));
                }
                categories.put(e.getKey().toString().toLowerCase(Locale.ROOT), variants);
            }
        }
        return new ProductMapping(product, channelField, productFields, services, categories);
    }

    private static Map<String, String> renames(Object data) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (data instanceof Map<?, ?> fm) {
            fm.forEach((k, val) -> fields.put(k.toString(), val.toString()));
        }
        return fields;
    }

    /** The routes for a category and/or service of this product. */
    public List<Route> routes(String category, String service) {
        List<Route> out = new ArrayList<>();
        if (category != null) {
            List<Variant> variants = categories.get(category);
            if (variants != null) {
                for (Variant v : variants) {
                    if (service == null || service.equals(v.service())) {
                        out.add(new Route(Route.Kind.CHANNELS, channelField, services.get(v.service()), v.eventIds(), v.conditions(),
                                v.fields(), category + "/" + v.service(), true));
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        if (service != null && services.containsKey(service)) {
            out.add(new Route(Route.Kind.CHANNELS, channelField, services.get(service), List.of(), Map.of(), productFields,
                    (category == null ? "" : category + "/") + service, category == null || categories.containsKey(category)));
            return out;
        }
        boolean mapped = category == null && service == null;
        out.add(new Route(Route.Kind.ANY_OF_PRODUCT, channelField, List.of(), List.of(), Map.of(), productFields,
                product + (category == null ? "" : "/" + category) + (service == null ? "" : "/" + service), mapped));
        return out;
    }

    private static String str(Object o, String place, String what) {
        if (o == null) {
            throw new IllegalArgumentException(place + ": missing " + what);
        }
        return o.toString();
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            for (Object x : l) {
                out.add(String.valueOf(x));
            }
        } else if (o != null) {
            out.add(o.toString());
        }
        return out;
    }
}

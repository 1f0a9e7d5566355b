package io.longwatch.intel.warninglist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.intel.IndicatorValues;
import io.longwatch.intel.ObservableType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * MISP warning lists (known-benign values: public resolvers, top sites, cloud ranges), compiled for
 * lookup: exact strings and host names in hash maps (a host name entry also covers its subdomains),
 * CIDR blocks as sorted ranges, substrings in one Aho-Corasick automaton, regexes with re2j (linear
 * time, so no list can hang the import). Immutable and thread-safe once loaded.
 */
public final class WarningLists {

    /** No lists: nothing is ever flagged. */
    public static final WarningLists NONE = new WarningLists(List.of(), Map.of(), Map.of(), List.of(), null,
            Map.of(), List.of());

    private final List<WarningList> lists;
    private final Map<String, int[]> exact;
    private final Map<String, int[]> hosts;
    private final List<Indexed<CidrRanges>> cidrs;
    private final Trie substrings;
    private final Map<String, int[]> substringOwners;
    private final List<Indexed<Pattern>> regexes;

    private record Indexed<T>(int list, T matcher) {
    }

    private WarningLists(List<WarningList> lists, Map<String, int[]> exact, Map<String, int[]> hosts,
            List<Indexed<CidrRanges>> cidrs, Trie substrings, Map<String, int[]> substringOwners,
            List<Indexed<Pattern>> regexes) {
        this.lists = List.copyOf(lists);
        this.exact = exact;
        this.hosts = hosts;
        this.cidrs = cidrs;
        this.substrings = substrings;
        this.substringOwners = substringOwners;
        this.regexes = regexes;
    }

    /**
     * Loads every {@code list.json} under a folder (the MISP layout {@code lists/<id>/list.json}).
     * A list that cannot be read, or an entry that cannot be used, is reported (stage RULE, kinds
     * {@code intel.warninglist-unreadable}, {@code intel.warninglist-type}, {@code intel.warninglist-entry})
     * and the rest still loads.
     */
    public static WarningLists load(Path folder, ProblemSink problems) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.getFileName().toString().equals("list.json")).sorted().toList();
        }
        Loader loader = new Loader(problems);
        ObjectMapper mapper = new ObjectMapper();
        for (Path f : files) {
            JsonNode root;
            try {
                root = mapper.readTree(f.toFile());
            } catch (IOException e) {
                problems.report(Problem.Stage.RULE, f.toString(), "intel.warninglist-unreadable",
                        "warning list is not valid JSON: " + e.getMessage());
                continue;
            }
            String id = f.getParent() == null ? f.toString() : f.getParent().getFileName().toString();
            loader.add(f.toString(), id, root);
        }
        return loader.build();
    }

    /** The lists that loaded, in folder order. */
    public List<WarningList> lists() {
        return lists;
    }

    /**
     * The names of the lists a normalised value of this type is on; an empty list (no allocation)
     * when it is on none.
     */
    public List<String> listsFor(ObservableType type, String value) {
        if (lists.isEmpty()) {
            return List.of();
        }
        List<String> out = null;
        out = addAll(out, exact.get(value), type);
        switch (type) {
            case DOMAIN -> out = hostLookup(out, value, type);
            case URL -> {
                String host = IndicatorValues.urlHost(value);
                if (host != null) {
                    out = hostLookup(out, host, type);
                    out = addAll(out, exact.get(host), type);
                }
            }
            case EMAIL -> out = hostLookup(out, value.substring(value.indexOf('@') + 1), type);
            case IPV4, IPV6 -> out = cidrLookup(out, value, type);
            default -> { }
        }
        if (substrings != null && (type == ObservableType.DOMAIN || type == ObservableType.URL
                || type == ObservableType.EMAIL || type == ObservableType.IPV4)) {
            for (Emit e : substrings.parseText(value.toLowerCase(Locale.ROOT))) {
                out = addAll(out, substringOwners.get(e.getKeyword()), type);
            }
        }
        for (Indexed<Pattern> r : regexes) {
            if (lists.get(r.list()).appliesTo().contains(type) && r.matcher().matcher(value).find()) {
                out = add(out, r.list());
            }
        }
        return out == null ? List.of() : List.copyOf(out);
    }

    private List<String> hostLookup(List<String> out, String host, ObservableType type) {
        if (hosts.isEmpty()) {
            return out;
        }
        String h = host;
        while (true) {
            out = addAll(out, hosts.get(h), type);
            int dot = h.indexOf('.');
            if (dot < 0) {
                return out;
            }
            h = h.substring(dot + 1);
        }
    }

    private List<String> cidrLookup(List<String> out, String value, ObservableType type) {
        if (cidrs.isEmpty()) {
            return out;
        }
        int slash = value.indexOf('/');
        String addr = slash < 0 ? value : value.substring(0, slash);
        long v4 = -1;
        long[] v6 = null;
        if (type == ObservableType.IPV4) {
            long block = IndicatorValues.ipv4Block(addr);
            if (block < 0) {
                return out;
            }
            v4 = block >>> 6;
        } else {
            v6 = CidrRanges.ipv6(addr);
            if (v6 == null) {
                return out;
            }
        }
        for (Indexed<CidrRanges> c : cidrs) {
            if (lists.get(c.list()).appliesTo().contains(type)
                    && (v6 == null ? c.matcher().containsV4(v4) : c.matcher().containsV6(v6))) {
                out = add(out, c.list());
            }
        }
        return out;
    }

    private List<String> addAll(List<String> out, int[] owners, ObservableType type) {
        if (owners != null) {
            for (int i : owners) {
                if (lists.get(i).appliesTo().contains(type)) {
                    out = add(out, i);
                }
            }
        }
        return out;
    }

    private List<String> add(List<String> out, int list) {
        List<String> o = out == null ? new ArrayList<>(2) : out;
        String name = lists.get(list).name();
        if (!o.contains(name)) {
            o.add(name);
        }
        return o;
    }

    /** Builds the lookup structures list by list. */
    private static final class Loader {
        private final ProblemSink problems;
        private final List<WarningList> lists = new ArrayList<>();
        private final Map<String, int[]> exact = new HashMap<>();
        private final Map<String, int[]> hosts = new HashMap<>();
        private final List<Indexed<CidrRanges>> cidrs = new ArrayList<>();
        private final Map<String, int[]> substringOwners = new HashMap<>();
        private final List<Indexed<Pattern>> regexes = new ArrayList<>();

        Loader(ProblemSink problems) {
            this.problems = problems;
        }

        void add(String place, String id, JsonNode root) {
            String name = root.path("name").asText(id);
            String matching = root.path("type").asText("string");
            EnumSet<ObservableType> applies = MispAttributeTypes.appliesTo(root.path("matching_attributes"));
            int index = lists.size();
            int entries = 0;
            int skipped = 0;
            CidrRanges.Builder cidr = new CidrRanges.Builder();
            List<String> badExamples = new ArrayList<>();
            for (JsonNode e : root.path("list")) {
                String entry = e.asText().strip();
                if (entry.isEmpty()) {
                    continue;
                }
                boolean ok = switch (matching) {
                    case "string" -> put(exact, normalise(entry), index);
                    case "hostname" -> put(hosts, hostKey(entry), index);
                    case "substring" -> put(substringOwners, entry.toLowerCase(Locale.ROOT), index);
                    case "cidr" -> cidr.add(entry);
                    case "regex" -> addRegex(entry, index);
                    default -> false;
                };
                if (ok) {
                    entries++;
                } else {
                    skipped++;
                    if (badExamples.size() < 3) {
                        badExamples.add(entry);
                    }
                }
            }
            if (!List.of("string", "hostname", "substring", "cidr", "regex").contains(matching)) {
                problems.report(Problem.Stage.RULE, place, "intel.warninglist-type",
                        "warning list '" + name + "' has unknown type '" + matching + "': not loaded");
                return;
            }
            if (skipped > 0) {
                problems.report(Problem.Stage.RULE, place, "intel.warninglist-entry", "warning list '" + name + "' ("
                        + matching + "): " + skipped + " entries unusable, e.g. " + badExamples);
            }
            if (matching.equals("cidr")) {
                CidrRanges r = cidr.build();
                if (!r.isEmpty()) {
                    cidrs.add(new Indexed<>(index, r));
                }
            }
            lists.add(new WarningList(id, name, matching, applies, entries, skipped));
        }

        private boolean addRegex(String entry, int index) {
            String body = entry;
            int flags = 0;
            int last = entry.lastIndexOf('/');
            if (entry.startsWith("/") && last > 0) {
                body = entry.substring(1, last);
                if (entry.substring(last + 1).indexOf('i') >= 0) {
                    flags |= Pattern.CASE_INSENSITIVE;
                }
            }
            try {
                regexes.add(new Indexed<>(index, Pattern.compile(body, flags)));
                return true;
            } catch (PatternSyntaxException ex) {
                return false;
            }
        }

        private static String normalise(String entry) {
            String ip = IndicatorValues.normalize(ObservableType.IPV4, entry);
            if (ip == null && entry.indexOf(':') >= 0) {
                ip = IndicatorValues.normalize(ObservableType.IPV6, entry);
            }
            return ip != null ? ip : entry.toLowerCase(Locale.ROOT);
        }

        private static String hostKey(String entry) {
            String h = entry.toLowerCase(Locale.ROOT);
            if (h.startsWith("*.")) {
                h = h.substring(2);
            } else if (h.startsWith(".")) {
                h = h.substring(1);
            }
            return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        }

        private static boolean put(Map<String, int[]> map, String key, int index) {
            if (key.isEmpty()) {
                return false;
            }
            int[] owners = map.get(key);
            if (owners == null) {
                map.put(key, new int[] {index});
            } else if (owners[owners.length - 1] != index) {
                int[] grown = java.util.Arrays.copyOf(owners, owners.length + 1);
                grown[owners.length] = index;
                map.put(key, grown);
            }
            return true;
        }

        WarningLists build() {
            Trie trie = null;
            if (!substringOwners.isEmpty()) {
                Trie.TrieBuilder b = Trie.builder();
                for (String k : substringOwners.keySet()) {
                    b.addKeyword(k);
                }
                trie = b.build();
            }
            return new WarningLists(lists, exact, hosts, cidrs, trie, substringOwners, regexes);
        }
    }
}

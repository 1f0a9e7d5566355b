package io.longwatch.sigma.compile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule variants one kind of event (a channel and EventID) can match, with the prefilter
 * built for exactly them: per field one automaton over the variants' trigger literals. Variants
 * without triggers are always evaluated. Immutable.
 */
public final class Bucket {

    private final CompiledVariant[] variants;
    private final int[] untriggered;
    private final int[] scanFields;
    private final LiteralAutomaton[] automata;
    private final AnchoredLiterals[] anchored;
    private final int id;

    /** @param id this bucket's number among its router's buckets, 0 up */
    Bucket(List<CompiledVariant> list, int id) {
        this.id = id;
        List<CompiledVariant> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(CompiledVariant::ruleIndex));
        this.variants = sorted.toArray(CompiledVariant[]::new);
        List<Integer> always = new ArrayList<>();
        Map<Integer, FieldTriggers> byField = new LinkedHashMap<>();
        for (int i = 0; i < variants.length; i++) {
            List<Trigger> t = variants[i].triggers();
            if (t == null) {
                always.add(i);
                continue;
            }
            for (Trigger tr : t) {
                byField.computeIfAbsent(tr.field(), k -> new FieldTriggers()).add(tr, i);
            }
        }
        this.untriggered = always.stream().mapToInt(Integer::intValue).toArray();
        this.scanFields = new int[byField.size()];
        this.automata = new LiteralAutomaton[byField.size()];
        this.anchored = new AnchoredLiterals[byField.size()];
        int k = 0;
        for (Map.Entry<Integer, FieldTriggers> e : byField.entrySet()) {
            FieldTriggers ft = e.getValue();
            scanFields[k] = e.getKey();
            automata[k] = ft.anywhere.isEmpty() ? null : new LiteralAutomaton(ft.anywhere,
                    ft.anywhereOwners.stream().mapToInt(Integer::intValue).toArray());
            anchored[k] = ft.isAnchoredEmpty() ? null : new AnchoredLiterals(ft.starts, ft.startOwners, ft.ends,
                    ft.endOwners, ft.wholes, ft.wholeOwners);
            k++;
        }
    }

    /** One field's trigger literals by where they must sit, with the variants owning them. */
    private static final class FieldTriggers {
        final List<String> anywhere = new ArrayList<>();
        final List<Integer> anywhereOwners = new ArrayList<>();
        final List<String> starts = new ArrayList<>();
        final List<Integer> startOwners = new ArrayList<>();
        final List<String> ends = new ArrayList<>();
        final List<Integer> endOwners = new ArrayList<>();
        final List<String> wholes = new ArrayList<>();
        final List<Integer> wholeOwners = new ArrayList<>();

        void add(Trigger t, int owner) {
            switch (t.anchor()) {
                case ANYWHERE -> {
                    anywhere.add(t.literal());
                    anywhereOwners.add(owner);
                }
                case START -> {
                    starts.add(t.literal());
                    startOwners.add(owner);
                }
                case END -> {
                    ends.add(t.literal());
                    endOwners.add(owner);
                }
                case WHOLE -> {
                    wholes.add(t.literal());
                    wholeOwners.add(owner);
                }
            }
        }

        boolean isAnchoredEmpty() {
            return starts.isEmpty() && ends.isEmpty() && wholes.isEmpty();
        }
    }

    /** Variants, ordered by rule index. */
    public CompiledVariant[] variants() {
        return variants;
    }

    /** Local indices of variants evaluated on every event of the bucket. */
    public int[] untriggered() {
        return untriggered;
    }

    /** Field ids whose values are checked for trigger literals, parallel to the two arrays below. */
    public int[] scanFields() {
        return scanFields;
    }

    /** Per scanned field: the automaton over its literals that may sit anywhere, or null. */
    public LiteralAutomaton[] automata() {
        return automata;
    }

    /** Per scanned field: its literals anchored at the start, the end or the whole value, or null. */
    public AnchoredLiterals[] anchored() {
        return anchored;
    }

    public int size() {
        return variants.length;
    }

    /** This bucket's number, below its router's {@link Router#bucketCount()}: lets matchers keep per-bucket state in arrays. */
    public int id() {
        return id;
    }
}

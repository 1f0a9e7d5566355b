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

    Bucket(List<CompiledVariant> list) {
        List<CompiledVariant> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(CompiledVariant::ruleIndex));
        this.variants = sorted.toArray(CompiledVariant[]::new);
        List<Integer> always = new ArrayList<>();
        Map<Integer, List<String>> lits = new LinkedHashMap<>();
        Map<Integer, List<Integer>> owners = new LinkedHashMap<>();
        for (int i = 0; i < variants.length; i++) {
            List<Trigger> t = variants[i].triggers();
            if (t == null) {
                always.add(i);
                continue;
            }
            for (Trigger tr : t) {
                lits.computeIfAbsent(tr.field(), k -> new ArrayList<>()).add(tr.literal());
                owners.computeIfAbsent(tr.field(), k -> new ArrayList<>()).add(i);
            }
        }
        this.untriggered = always.stream().mapToInt(Integer::intValue).toArray();
        this.scanFields = new int[lits.size()];
        this.automata = new LiteralAutomaton[lits.size()];
        int k = 0;
        for (Map.Entry<Integer, List<String>> e : lits.entrySet()) {
            scanFields[k] = e.getKey();
            automata[k] = new LiteralAutomaton(e.getValue(),
                    owners.get(e.getKey()).stream().mapToInt(Integer::intValue).toArray());
            k++;
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

    /** Field ids whose lower-cased values are scanned, parallel to {@link #automata()}. */
    public int[] scanFields() {
        return scanFields;
    }

    public LiteralAutomaton[] automata() {
        return automata;
    }

    public int size() {
        return variants.length;
    }
}

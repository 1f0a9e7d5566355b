package io.longwatch.analytics;

import java.util.HashMap;

/** A run's names: each distinct text normalised, split and checked against the allow list once. */
final class NameTable {

    private final AllowList allow;
    /** Bit marking a name key (below {@link HostTable#OTHER}, above every IPv4 key). */
    static final long NAME = 1L << 61;

    private final HashMap<String, Name> byText = new HashMap<>();
    /** Name key -> normalised name, for rendering findings. */
    final LongMap<String> texts = new LongMap<>();

    NameTable(AllowList allow) {
        this.allow = allow;
    }

    Name get(String text) {
        Name n = byText.get(text);
        if (n == null) {
            String norm = DomainNames.normalise(text);
            n = new Name(NAME | (LongSet.hash(norm) & (NAME - 1)), norm, DomainNames.registrable(norm),
                    allow.allowsDomain(norm));
            byText.put(text, n);
            texts.put(n.key(), norm);
        }
        return n;
    }
}

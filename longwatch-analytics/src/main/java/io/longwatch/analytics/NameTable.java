package io.longwatch.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** A run's names: each distinct text normalised, split and checked against the allow list once. */
final class NameTable {

    private final AllowList allow;
    private final HashMap<String, Name> byText = new HashMap<>();
    private final List<Name> byId = new ArrayList<>();

    NameTable(AllowList allow) {
        this.allow = allow;
    }

    Name get(String text) {
        Name n = byText.get(text);
        if (n == null) {
            String norm = DomainNames.normalise(text);
            n = new Name(byId.size(), norm, DomainNames.registrable(norm), allow.allowsDomain(norm));
            byText.put(text, n);
            byId.add(n);
        }
        return n;
    }

    Name byId(int id) {
        return byId.get(id);
    }
}

package io.longwatch.sigma.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Assigns dense ids to the field names compiled rules read. Used only while compiling. */
public final class FieldTable {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** The id of a field name, assigning one on first use. Names are interned. */
    public int id(String name) {
        Integer id = ids.get(name);
        if (id == null) {
            id = names.size();
            ids.put(name, id);
            names.add(name.intern());
        }
        return id;
    }

    /** Field names by id. */
    public String[] names() {
        return names.toArray(String[]::new);
    }

    public int size() {
        return names.size();
    }
}

package io.longwatch.sigma.eval;

import io.longwatch.core.event.Event;
import io.longwatch.sigma.ir.FieldAccess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Per-thread view of the current event for condition nodes. Field positions and lower-cased
 * values are computed lazily, at most once per field and event (tracked with an event stamp, so
 * nothing is cleared or allocated between events except lower-cased strings themselves).
 */
public final class EventContext implements FieldAccess {

    /** Reports evaluation problems (once per owner, e.g. per regex). */
    public interface ProblemReporter {
        void report(Object owner, String rulePlace, String kind, String message);
    }

    private final String[] names;
    private final Map<String, Integer> ids;
    private final NameCache nameCache = new NameCache();
    private final int[] seen;
    private final int[] present;
    private final int[] index;
    private final int[] spacedIndex;
    private final int[] lowerSeen;
    private final String[] lowerOne;
    private final String[][] lowerMany;
    private final ProblemReporter reporter;
    private Event event;
    private int stamp;
    private boolean spaced;
    private String rulePlace = "";

    private int allStamp = -1;
    private String[] allValues = new String[64];
    private String[] allLowers = new String[64];
    private String[] allNames = new String[64];
    private int allCount;
    private char[] scratch = new char[256];

    public EventContext(String[] names, ProblemReporter reporter) {
        this.names = names;
        this.ids = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            ids.put(names[i], i);
        }
        this.seen = new int[names.length];
        this.present = new int[names.length];
        this.index = new int[names.length];
        this.spacedIndex = new int[names.length];
        this.lowerSeen = new int[names.length];
        this.lowerOne = new String[names.length];
        this.lowerMany = new String[names.length][];
        this.reporter = reporter;
    }

    /**
     * Starts a new event: one pass over its field names records where each field the rules read
     * sits (one hash lookup per event field), so later lookups are array reads.
     */
    public void reset(Event e) {
        this.event = e;
        stamp++;
        if (stamp == 0) {
            java.util.Arrays.fill(seen, 0);
            java.util.Arrays.fill(lowerSeen, 0);
            java.util.Arrays.fill(present, 0);
            allStamp = -1;
            stamp = 1;
        }
        boolean anySpaced = false;
        for (int i = 0, n = e.size(); i < n; i++) {
            String name = e.name(i);
            int info = nameCache.get(name);
            if (info == NameCache.MISSING) {
                info = describe(name);
                nameCache.put(name, info);
            }
            int id = info >> 1;
            if (id >= 0 && present[id] != stamp) {
                present[id] = stamp;
                index[id] = i;
            }
            anySpaced |= (info & 1) != 0;
        }
        spaced = anySpaced;
    }

    /** What {@link #reset} needs to know of an event field name: rule field id (or -1) and whether it holds a space. */
    private int describe(String name) {
        Integer id = ids.get(name);
        return ((id == null ? -1 : id) << 1) | (name.indexOf(' ') >= 0 ? 1 : 0);
    }

    public Event event() {
        return event;
    }

    /** Names the rule being evaluated, for problem reports. */
    public void rule(String place) {
        this.rulePlace = place;
    }

    private int slot(int field) {
        if (present[field] == stamp) {
            return index[field];
        }
        if (seen[field] != stamp) {
            seen[field] = stamp;
            spacedIndex[field] = hasSpacedNames() ? indexIgnoringSpaces(names[field]) : -1;
        }
        return spacedIndex[field];
    }

    /**
     * Some providers (Windows Defender, ...) name EventData items with spaces ("Threat Name");
     * Sigma rules write them without ("ThreatName"). Known from {@link #reset}'s pass over the names.
     */
    private boolean hasSpacedNames() {
        return spaced;
    }

    private int indexIgnoringSpaces(String wanted) {
        for (int i = 0, n = event.size(); i < n; i++) {
            String name = event.name(i);
            if (name.indexOf(' ') >= 0 && equalsIgnoringSpaces(name, wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean equalsIgnoringSpaces(String spacedName, String wanted) {
        int j = 0;
        for (int i = 0; i < spacedName.length(); i++) {
            char c = spacedName.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (j >= wanted.length() || wanted.charAt(j) != c) {
                return false;
            }
            j++;
        }
        return j == wanted.length();
    }

    private Object raw(int field) {
        int i = slot(field);
        return i < 0 ? null : event.value(i);
    }

    @Override
    public int state(int field) {
        int i = slot(field);
        if (i < 0) {
            return ABSENT;
        }
        return event.value(i) == null ? NULL : PRESENT;
    }

    @Override
    public int count(int field) {
        Object v = raw(field);
        if (v instanceof String) {
            return 1;
        }
        if (v instanceof List<?> l) {
            return l.size();
        }
        return 0;
    }

    /** The field's single text value (first element of a list), or null. */
    public String text(int field) {
        return count(field) > 0 ? value(field, 0) : null;
    }

    @Override
    public String value(int field, int i) {
        Object v = raw(field);
        if (v instanceof String s) {
            return s;
        }
        Object e = ((List<?>) v).get(i);
        return e == null ? "" : e.toString();
    }

    @Override
    public String lower(int field, int i) {
        Object v = raw(field);
        if (v instanceof String s) {
            if (lowerSeen[field] != stamp) {
                lowerSeen[field] = stamp;
                lowerOne[field] = s.toLowerCase(Locale.ROOT);
            }
            return lowerOne[field];
        }
        List<?> l = (List<?>) v;
        if (lowerSeen[field] != stamp) {
            lowerSeen[field] = stamp;
            String[] arr = new String[l.size()];
            for (int k = 0; k < arr.length; k++) {
                Object e = l.get(k);
                arr[k] = e == null ? "" : e.toString().toLowerCase(Locale.ROOT);
            }
            lowerMany[field] = arr;
        }
        return lowerMany[field][i];
    }

    @Override
    public long eventTimeMicros() {
        return event.timeMicros();
    }

    private void fillAll() {
        if (allStamp == stamp) {
            return;
        }
        allStamp = stamp;
        allCount = 0;
        for (int i = 0, n = event.size(); i < n; i++) {
            Object v = event.value(i);
            if (v instanceof String s) {
                addAll(event.name(i), s);
            } else if (v instanceof List<?> l) {
                for (Object e : l) {
                    if (e != null) {
                        addAll(event.name(i), e.toString());
                    }
                }
            }
        }
    }

    private void addAll(String name, String value) {
        if (allCount == allValues.length) {
            allValues = java.util.Arrays.copyOf(allValues, allCount * 2);
            allLowers = java.util.Arrays.copyOf(allLowers, allCount * 2);
            allNames = java.util.Arrays.copyOf(allNames, allCount * 2);
        }
        allNames[allCount] = name;
        allValues[allCount] = value;
        allLowers[allCount] = null;
        allCount++;
    }

    @Override
    public int allCount() {
        fillAll();
        return allCount;
    }

    @Override
    public String allValue(int i) {
        return allValues[i];
    }

    @Override
    public String allLower(int i) {
        String l = allLowers[i];
        if (l == null) {
            l = allValues[i].toLowerCase(Locale.ROOT);
            allLowers[i] = l;
        }
        return l;
    }

    @Override
    public String allName(int i) {
        return allNames[i];
    }

    @Override
    public char[] scratch(int length) {
        if (scratch.length < length) {
            scratch = new char[Math.max(length, scratch.length * 2)];
        }
        return scratch;
    }

    @Override
    public void evaluationProblem(Object owner, String kind, String what) {
        reporter.report(owner, rulePlace, kind, what);
    }
}

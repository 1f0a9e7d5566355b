package io.longwatch.sigma.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aho-Corasick automaton over {@code char}, built once, matched without allocation (literal sets
 * whose shortest member is long use a skipping {@link SkipScanner} instead). Each
 * pattern carries an int payload; {@link #scan} reports the payloads of all patterns occurring in
 * a text. Transitions are stored as sorted ranges in flat arrays (binary search), the root has a
 * dense table for the first 256 characters, and each state's output already includes the
 * outputs of its suffix states.
 */
public final class LiteralAutomaton {

    /** Receives payloads of patterns found. */
    public interface Hits {
        void hit(int payload);
    }

    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final int[] fail;
    private final int[] outStart;
    private final int[] outPayload;
    private final int[] rootDense;
    /** Character class of each char below 256 (0: no pattern uses it). */
    private final int[] latinClass;
    /** Row width of {@link #dfa}: the number of character classes rounded up to a power of two. */
    private final int classes;
    /** log2 of {@link #classes}: a row base becomes its state by a shift (a division costs tens of cycles). */
    private final int classShift;
    /**
     * Full transition table for chars below 256, indexed by row base (state * classes) + class;
     * each entry holds the target's row base shifted left by one, low bit set when the target
     * state has output. Lets the scan loop take one load per character.
     */
    private final int[] dfa;
    /** Class of each char below 256 after lower-casing it (so the scan needs no case branch). */
    private final int[] rawClass;

    private final SkipScanner skipper;
    /** A skipping scanner that may beat the automaton on some texts, or null; see {@link #trialSkipping}. */
    private final SkipScanner trialSkipper;
    private final int shortest;
    /** Per state: its index among the states with output, or -1; see {@link #scan(char[], int, Hits, int[], int)}. */
    private final int[] outputIndex;
    private final int outputStates;

    /** Builds from patterns (non-empty) and their payloads. */
    public LiteralAutomaton(List<String> patterns, int[] payloads) {
        int min = Integer.MAX_VALUE;
        for (String p : patterns) {
            min = Math.min(min, p.length());
        }
        this.shortest = min;
        SkipScanner skip = min >= SkipScanner.MIN_LENGTH && min != Integer.MAX_VALUE
                ? new SkipScanner(patterns, payloads) : null;
        if (skip != null && skip.selective()) {
            skipper = skip;
            trialSkipper = null;
            outputIndex = null;
            outputStates = 0;
            edgeStart = null;
            edgeChar = null;
            edgeTarget = null;
            fail = null;
            outStart = null;
            outPayload = null;
            rootDense = null;
            latinClass = null;
            classes = 0;
            classShift = 0;
            dfa = null;
            rawClass = null;
            return;
        }
        skipper = null;
        trialSkipper = skip != null && skip.worthTrying() ? skip : null;
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> outs = new ArrayList<>();
        trie.add(new TreeMap<>());
        outs.add(new ArrayList<>());
        for (int p = 0; p < patterns.size(); p++) {
            String s = patterns.get(p);
            int state = 0;
            for (int i = 0; i < s.length(); i++) {
                Integer next = trie.get(state).get(s.charAt(i));
                if (next == null) {
                    next = trie.size();
                    trie.add(new TreeMap<>());
                    outs.add(new ArrayList<>());
                    trie.get(state).put(s.charAt(i), next);
                }
                state = next;
            }
            if (!outs.get(state).contains(payloads[p])) {
                outs.get(state).add(payloads[p]);
            }
        }
        int n = trie.size();
        int[] failLinks = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : trie.get(0).values()) {
            failLinks[child] = 0;
            queue.add(child);
        }
        List<Integer> order = new ArrayList<>();
        while (!queue.isEmpty()) {
            int s = queue.poll();
            order.add(s);
            for (Map.Entry<Character, Integer> e : trie.get(s).entrySet()) {
                int t = e.getValue();
                int f = failLinks[s];
                Integer g;
                while ((g = trie.get(f).get(e.getKey())) == null && f != 0) {
                    f = failLinks[f];
                }
                failLinks[t] = g != null && g != t ? g : 0;
                queue.add(t);
            }
        }
        // Merge outputs along fail links in BFS order (a state's fail target is shallower).
        Map<Integer, int[]> merged = new HashMap<>();
        merged.put(0, outs.get(0).stream().mapToInt(Integer::intValue).toArray());
        for (int s : order) {
            int[] own = outs.get(s).stream().mapToInt(Integer::intValue).toArray();
            int[] inherited = merged.get(failLinks[s]);
            int[] all = Arrays.copyOf(own, own.length + inherited.length);
            System.arraycopy(inherited, 0, all, own.length, inherited.length);
            merged.put(s, Arrays.stream(all).distinct().toArray());
        }
        edgeStart = new int[n + 1];
        int edges = 0;
        for (TreeMap<Character, Integer> t : trie) {
            edges += t.size();
        }
        edgeChar = new char[edges];
        edgeTarget = new int[edges];
        int k = 0;
        for (int s = 0; s < n; s++) {
            edgeStart[s] = k;
            for (Map.Entry<Character, Integer> e : trie.get(s).entrySet()) {
                edgeChar[k] = e.getKey();
                edgeTarget[k] = e.getValue();
                k++;
            }
        }
        edgeStart[n] = k;
        fail = failLinks;
        outStart = new int[n + 1];
        int total = 0;
        for (int s = 0; s < n; s++) {
            total += merged.get(s).length;
        }
        outPayload = new int[total];
        int o = 0;
        for (int s = 0; s < n; s++) {
            outStart[s] = o;
            for (int v : merged.get(s)) {
                outPayload[o++] = v;
            }
        }
        outStart[n] = o;
        outputIndex = new int[n];
        int withOutput = 0;
        for (int st = 0; st < n; st++) {
            outputIndex[st] = outStart[st] != outStart[st + 1] ? withOutput++ : -1;
        }
        outputStates = withOutput;
        rootDense = new int[256];
        Arrays.fill(rootDense, 0);
        for (Map.Entry<Character, Integer> e : trie.get(0).entrySet()) {
            if (e.getKey() < 256) {
                rootDense[e.getKey()] = e.getValue();
            }
        }
        // Latin-1 characters get a dense DFA (no fail-link walks); others use the sparse edges.
        latinClass = new int[256];
        int k2 = 1;
        for (char c : edgeChar) {
            if (c < 256 && latinClass[c] == 0) {
                latinClass[c] = k2++;
            }
        }
        int used = k2;
        classes = used == 1 ? 1 : Integer.highestOneBit(used - 1) << 1;
        classShift = Integer.numberOfTrailingZeros(classes);
        char[] classChar = new char[classes];
        for (int c = 0; c < 256; c++) {
            if (latinClass[c] != 0) {
                classChar[latinClass[c]] = (char) c;
            }
        }
        int[] plain = new int[n * classes];
        List<Integer> bfs = new ArrayList<>();
        bfs.add(0);
        bfs.addAll(order);
        for (int s : bfs) {
            for (int k3 = 1; k3 < used; k3++) {
                int t = find(s, classChar[k3]);
                if (t < 0) {
                    t = s == 0 ? 0 : plain[fail[s] * classes + k3];
                }
                plain[s * classes + k3] = t;
            }
        }
        dfa = new int[n * classes];
        for (int i = 0; i < plain.length; i++) {
            int t = plain[i];
            dfa[i] = ((t * classes) << 1) | (outStart[t] != outStart[t + 1] ? 1 : 0);
        }
        rawClass = new int[256];
        for (int c = 0; c < 256; c++) {
            rawClass[c] = latinClass[Character.toLowerCase(c)];
        }
        if ((long) n * classes * 2 >= Integer.MAX_VALUE) {
            throw new IllegalStateException("automaton too large: " + n + " states");
        }
    }

    /** Whether some pattern occurs in {@code text[0, length)}, lowering as {@link #scan} does; stops at the first. */
    public boolean findsAny(char[] text, int length) {
        if (skipper != null) {
            return skipper.findsAny(text, length);
        }
        final int[] table = dfa;
        final int[] cls = rawClass;
        int base = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            int next = c < 256 ? table[base + cls[c]] : stepWide(base, c);
            if ((next & 1) != 0) {
                return true;
            }
            base = next >>> 1;
        }
        return false;
    }

    /** Length of the shortest pattern: shorter texts cannot contain one. */
    public int shortest() {
        return shortest;
    }

    /** Number of states, for sizing reports. */
    public int states() {
        return fail == null ? 0 : fail.length;
    }

    private int step(int state, char c) {
        while (true) {
            if (state == 0) {
                if (c < 256) {
                    return rootDense[c];
                }
                int t = find(0, c);
                return t < 0 ? 0 : t;
            }
            int t = find(state, c);
            if (t >= 0) {
                return t;
            }
            state = fail[state];
        }
    }

    private int find(int state, char c) {
        return SortedEdges.find(edgeStart, edgeChar, edgeTarget, state, c);
    }

    /**
     * Reports every payload whose (lower-case) pattern occurs in the text lower-cased, lowering
     * character by character so that no lower-cased copy is made. (Per-character lowering equals
     * {@code String.toLowerCase(Locale.ROOT)} except for the few context-dependent characters,
     * e.g. the capital dotted I and the final sigma; patterns hold none of those in practice.)
     * A payload may be reported more than once.
     */
    public void scan(String text, Hits hits) {
        scan(text.toCharArray(), text.length(), hits);
    }

    /** As {@link #scan(char[], int, Hits, int[], int)} with fresh marks. */
    public void scan(char[] text, int length, Hits hits) {
        scan(text, length, hits, new int[Math.max(1, outputStates)], 1);
    }

    /** States with output, the size {@code marks} must have for {@link #scan(char[], int, Hits, int[], int)}. */
    public int outputStates() {
        return outputStates;
    }

    /**
     * As {@link #scan(String, Hits)} over {@code text[0, length)}: the hot path, fed from a
     * per-thread buffer so the loops index a plain array. A state's payloads are reported once
     * per scan however often the text enters it (a literal in every frame of a call trace would
     * otherwise report its rules at each frame): {@code marks[outputIndex]} is set to
     * {@code mark} on the first visit, so callers pass a fresh {@code mark} per scan and
     * {@code marks} of at least {@link #outputStates()} entries.
     */
    public void scan(char[] text, int length, Hits hits, int[] marks, int mark) {
        if (skipper != null) {
            skipper.scan(text, length, hits);
            return;
        }
        scanRange(text, 0, 0, length, hits, marks, mark);
    }

    /**
     * Whether {@link #scanSkipping} is offered: the literals are long enough to skip on, but
     * whether skipping beats the automaton depends on the text, so a caller may time both on its
     * own values and keep the faster. Both report the same set of payloads.
     */
    public boolean trialSkipping() {
        return trialSkipper != null;
    }

    /**
     * As {@link #scan(char[], int, Hits, int[], int)} with the skipping scanner (only when
     * {@link #trialSkipping()}); a payload may be reported once per occurrence.
     */
    public void scanSkipping(char[] text, int length, Hits hits) {
        trialSkipper.scan(text, length, hits);
    }

    /** Steps from row {@code base} over {@code text[from, to)}. */
    private void scanRange(char[] text, int base, int from, int to, Hits hits, int[] marks, int mark) {
        final int[] table = dfa;
        final int[] cls = rawClass;
        for (int i = from; i < to; i++) {
            char c = text[i];
            int next = c < 256 ? table[base + cls[c]] : stepWide(base, c);
            base = next >>> 1;
            if ((next & 1) != 0) {
                report(base >>> classShift, hits, marks, mark);
            }
        }
    }

    /** The table entry for a character beyond Latin-1, from the sparse edges. */
    private int stepWide(int base, char c) {
        int t = step(base >>> classShift, Character.toLowerCase(c));
        return ((t * classes) << 1) | (outStart[t] != outStart[t + 1] ? 1 : 0);
    }

    private void report(int state, Hits hits, int[] marks, int mark) {
        int k = outputIndex[state];
        if (marks[k] != mark) {
            marks[k] = mark;
            for (int o = outStart[state], to = outStart[state + 1]; o < to; o++) {
                hits.hit(outPayload[o]);
            }
        }
    }
}

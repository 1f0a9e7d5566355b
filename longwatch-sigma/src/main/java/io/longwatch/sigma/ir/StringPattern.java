package io.longwatch.sigma.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Sigma string value with wildcards ({@code *}, {@code ?}) and windash positions, compiled for
 * fast matching. Case-insensitive unless {@code cased}: the pattern is lower-cased once and
 * tested against the event's lower-cased element. Plain shapes use {@code equals},
 * {@code startsWith}, {@code endsWith} or {@code indexOf}; the general form splits at {@code *}
 * into fixed-length segments matched leftmost-first, which is exact for {@code *} globs and
 * never backtracks more than one segment at a time.
 */
public final class StringPattern implements ValueMatcher {

    /** Atom: any single character ({@code ?}). */
    public static final int ANY_ONE = -1;
    /** Atom: any sequence ({@code *}). */
    public static final int STAR = -2;
    /** Atom: one dash-like character ({@code windash}): - / en dash, em dash, horizontal bar. */
    public static final int DASH = -3;

    private enum Shape { EXACT, PREFIX, SUFFIX, CONTAINS, GLOB }

    private final Shape shape;
    private final boolean cased;
    private final String literal;
    private final Segment[] segments;
    private final boolean anchoredStart;
    private final boolean anchoredEnd;
    private final String trigger;
    private final String text;

    /** A fixed-length run between stars: either a plain literal or atoms. */
    private record Segment(String literal, int[] atoms) {
        int length() {
            return literal != null ? literal.length() : atoms.length;
        }
    }

    private StringPattern(Shape shape, boolean cased, String literal, Segment[] segments, boolean anchoredStart,
            boolean anchoredEnd, String trigger, String text) {
        this.shape = shape;
        this.cased = cased;
        this.literal = literal;
        this.segments = segments;
        this.anchoredStart = anchoredStart;
        this.anchoredEnd = anchoredEnd;
        this.trigger = trigger;
        this.text = text;
    }

    /**
     * Compiles atoms (characters as code units, or {@link #ANY_ONE}, {@link #STAR}, {@link #DASH}).
     */
    public static StringPattern compile(int[] atoms, boolean cased) {
        List<Segment> segs = new ArrayList<>();
        boolean anchoredStart = atoms.length == 0 || atoms[0] != STAR;
        boolean anchoredEnd = atoms.length == 0 || atoms[atoms.length - 1] != STAR;
        List<Integer> cur = new ArrayList<>();
        String best = "";
        StringBuilder run = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (int a : atoms) {
            text.append(switch (a) {
                case STAR -> "*";
                case ANY_ONE -> "?";
                case DASH -> "[-/]";
                default -> String.valueOf((char) a);
            });
            if (a == STAR) {
                if (!cur.isEmpty()) {
                    segs.add(segment(cur, cased));
                    cur.clear();
                }
            } else {
                cur.add(a);
            }
            if (a >= 0) {
                run.append((char) a);
            } else {
                if (run.length() > best.length()) {
                    best = run.toString();
                }
                run.setLength(0);
            }
        }
        if (!cur.isEmpty()) {
            segs.add(segment(cur, cased));
        }
        if (run.length() > best.length()) {
            best = run.toString();
        }
        String trig = best.isEmpty() ? null : best.toLowerCase(Locale.ROOT);
        Segment[] arr = segs.toArray(Segment[]::new);
        Shape shape = Shape.GLOB;
        String lit = null;
        if (arr.length == 1 && arr[0].literal() != null) {
            lit = arr[0].literal();
            if (anchoredStart && anchoredEnd) {
                shape = Shape.EXACT;
            } else if (anchoredStart) {
                shape = Shape.PREFIX;
            } else if (anchoredEnd) {
                shape = Shape.SUFFIX;
            } else {
                shape = Shape.CONTAINS;
            }
        } else if (arr.length == 0 && anchoredStart) {
            shape = Shape.EXACT;
            lit = "";
        }
        return new StringPattern(shape, cased, lit, arr, anchoredStart, anchoredEnd, trig, text.toString());
    }

    private static Segment segment(List<Integer> atoms, boolean cased) {
        boolean plain = true;
        for (int a : atoms) {
            if (a < 0) {
                plain = false;
                break;
            }
        }
        if (plain) {
            StringBuilder sb = new StringBuilder(atoms.size());
            for (int a : atoms) {
                sb.append((char) a);
            }
            String s = sb.toString();
            return new Segment(cased ? s : s.toLowerCase(Locale.ROOT), null);
        }
        int[] arr = new int[atoms.size()];
        for (int i = 0; i < arr.length; i++) {
            int a = atoms.get(i);
            arr[i] = a >= 0 && !cased ? Character.toLowerCase((char) a) : a;
        }
        return new Segment(null, arr);
    }

    @Override
    public boolean test(String value, String lower, FieldAccess ctx) {
        if (cased) {
            return matches(value);
        }
        switch (shape) {
            case EXACT:
                return value.length() == literal.length() && value.regionMatches(true, 0, literal, 0, literal.length());
            case PREFIX:
                return value.regionMatches(true, 0, literal, 0, literal.length());
            case SUFFIX:
                return value.regionMatches(true, value.length() - literal.length(), literal, 0, literal.length());
            default:
                return matches(lower);
        }
    }

    /**
     * Exact, prefix and suffix tests compare only the literal's length of characters,
     * case-insensitively, on the element as it is; contains and globs search the lower-cased form.
     */
    @Override
    public boolean needsLower() {
        // Only stars ("contains: '*'"): any element matches, whatever its case.
        return !cased && (shape == Shape.CONTAINS || (shape == Shape.GLOB && segments.length > 0));
    }

    /** Matches a string already in the pattern's case form. */
    public boolean matches(String s) {
        switch (shape) {
            case EXACT:
                return s.equals(literal);
            case PREFIX:
                return s.startsWith(literal);
            case SUFFIX:
                return s.endsWith(literal);
            case CONTAINS:
                return s.contains(literal);
            default:
                return glob(s);
        }
    }

    private boolean glob(String s) {
        int n = segments.length;
        if (n == 0) {
            return !anchoredStart || s.isEmpty();
        }
        if (n == 1 && anchoredStart && anchoredEnd) {
            return s.length() == segments[0].length() && matchAt(segments[0], s, 0);
        }
        int lo = 0;
        int hi = s.length();
        int first = 0;
        int last = n;
        if (anchoredStart) {
            Segment f = segments[0];
            if (f.length() > hi || !matchAt(f, s, 0)) {
                return false;
            }
            lo = f.length();
            first = 1;
        }
        if (anchoredEnd) {
            Segment l = segments[n - 1];
            int st = hi - l.length();
            if (st < lo || !matchAt(l, s, st)) {
                return false;
            }
            hi = st;
            last = n - 1;
        }
        for (int i = first; i < last; i++) {
            Segment seg = segments[i];
            int at = find(seg, s, lo, hi);
            if (at < 0) {
                return false;
            }
            lo = at + seg.length();
        }
        return true;
    }

    private static int find(Segment seg, String s, int from, int hi) {
        int len = seg.length();
        if (seg.literal() != null) {
            int at = s.indexOf(seg.literal(), from);
            return at >= 0 && at + len <= hi ? at : -1;
        }
        for (int p = from; p + len <= hi; p++) {
            if (matchAt(seg, s, p)) {
                return p;
            }
        }
        return -1;
    }

    private static boolean matchAt(Segment seg, String s, int p) {
        if (seg.literal() != null) {
            return s.startsWith(seg.literal(), p);
        }
        int[] atoms = seg.atoms();
        if (p + atoms.length > s.length()) {
            return false;
        }
        for (int i = 0; i < atoms.length; i++) {
            int a = atoms[i];
            char c = s.charAt(p + i);
            if (a >= 0) {
                if (c != a) {
                    return false;
                }
            } else if (a == DASH && !isDash(c)) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case literal when this is a case-insensitive {@code contains} of plain text, else null. */
    String plainContains() {
        return shape == Shape.CONTAINS && !cased && !literal.isEmpty() ? literal : null;
    }

    /** Relative cost of one test, for {@link CondCost}: anchored compares touch only the literal's length. */
    int cost() {
        return switch (shape) {
            case EXACT, PREFIX, SUFFIX -> 1;
            case CONTAINS -> 4;
            case GLOB -> 6;
        };
    }

    /** The characters {@code windash} treats as interchangeable. */
    public static boolean isDash(char c) {
        return c == '-' || c == '/' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    @Override
    public String[] triggers() {
        return trigger == null ? null : new String[] {trigger};
    }

    /** A plain literal's trigger is the literal itself, so it sits where the shape says. */
    @Override
    public Anchor triggerAnchor() {
        return switch (shape) {
            case EXACT -> Anchor.WHOLE;
            case PREFIX -> Anchor.START;
            case SUFFIX -> Anchor.END;
            case CONTAINS, GLOB -> Anchor.ANYWHERE;
        };
    }

    @Override
    public String toString() {
        return (cased ? "cased " : "") + text;
    }
}

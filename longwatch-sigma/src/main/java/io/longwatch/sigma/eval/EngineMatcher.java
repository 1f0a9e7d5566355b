package io.longwatch.sigma.eval;

import io.longwatch.core.event.Event;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.finding.FindingSink;
import io.longwatch.core.finding.MatchedField;
import io.longwatch.sigma.SigmaMatcher;
import io.longwatch.sigma.SigmaRule;
import io.longwatch.sigma.compile.AnchoredLiterals;
import io.longwatch.sigma.compile.Bucket;
import io.longwatch.sigma.compile.CompiledVariant;
import io.longwatch.sigma.compile.LiteralAutomaton;
import io.longwatch.sigma.compile.Router;
import io.longwatch.sigma.compile.Trigger;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-thread evaluation: route the event to its bucket, run the bucket's literal automata over
 * the lower-cased values of the prefilter fields, then evaluate only the variants whose
 * triggers hit plus the untriggerable ones. Findings are built only for rules that fire.
 */
public final class EngineMatcher implements SigmaMatcher, LiteralAutomaton.Hits {

    /** Field id of {@code Channel} in the engine's field table. */
    public static final int CHANNEL = 0;
    /** Field id of {@code EventID} in the engine's field table. */
    public static final int EVENT_ID = 1;

    /** Fields a finding takes its user from, first present wins. */
    public static final List<String> USER_FIELDS = List.of("User", "SubjectUserName", "TargetUserName");

    private final Router router;
    private final EventContext ctx;
    private final int[] hitStamp;
    private final int[] hitList;
    private final int[] firedStamp;
    /** The value being scanned, copied out of its String so the automata index a plain array. */
    private char[] scanBuffer = new char[256];
    /** Scratch for the automata: which output states one scan has reported (see LiteralAutomaton#scan). */
    private int[] marks = new int[64];
    private int mark;
    /** Field ids of the router's log fields (Zeek's _path), parallel to {@link Router#logFields()}. */
    private final int[] logFieldIds;
    private int hitCount;
    /**
     * Per bucket and scanned field (null until first needed): what recent values' scans found,
     * and, where the automaton offers a skipping scanner, which of the two is faster here.
     */
    private final FieldSite[][] sites;
    /** While a scan's answer is being recorded for a memo: the payloads reported so far. */
    private boolean recording;
    private int[] record = new int[16];
    private int recorded;
    private static final int[] NO_PAYLOADS = new int[0];
    private int stamp;
    private long fieldScans;
    private long remembered;
    private long evaluations;
    private long hits;
    /** Per-rule timing, or null (the default). */
    private final RuleProfile profile;

    public EngineMatcher(Router router, String[] fieldNames, int ruleCount, EventContext.ProblemReporter reporter) {
        this(router, fieldNames, ruleCount, reporter, false);
    }

    /** As above; with {@code profile}, times every rule evaluation (see {@link #profile()}). */
    public EngineMatcher(Router router, String[] fieldNames, int ruleCount, EventContext.ProblemReporter reporter,
            boolean profile) {
        this.profile = profile ? new RuleProfile(ruleCount) : null;
        this.router = router;
        this.ctx = new EventContext(fieldNames, reporter);
        this.hitStamp = new int[Math.max(1, router.largestBucket())];
        this.hitList = new int[Math.max(1, router.largestBucket())];
        this.firedStamp = new int[Math.max(1, ruleCount)];
        this.sites = new FieldSite[router.bucketCount()][];
        List<String> logFields = router.logFields();
        this.logFieldIds = new int[logFields.size()];
        for (int i = 0; i < logFieldIds.length; i++) {
            logFieldIds[i] = java.util.Arrays.asList(fieldNames).indexOf(logFields.get(i));
            if (logFieldIds[i] < 0) {
                throw new IllegalArgumentException("router field " + logFields.get(i) + " is not in the field table");
            }
        }
    }

    @Override
    public int match(Event event, FindingSink sink) {
        ctx.reset(event);
        stamp++;
        if (stamp == 0) {
            java.util.Arrays.fill(hitStamp, 0);
            java.util.Arrays.fill(firedStamp, 0);
            stamp = 1;
        }
        String channel = ctx.state(CHANNEL) == EventContext.PRESENT ? ctx.text(CHANNEL) : null;
        Bucket bucket;
        if (channel != null || logFieldIds.length == 0) {
            String eventId = ctx.state(EVENT_ID) == EventContext.PRESENT ? ctx.text(EVENT_ID) : null;
            bucket = router.lookup(channel, eventId);
        } else {
            bucket = logBucket();
        }
        if (bucket.size() == 0) {
            return 0;
        }
        hitCount = 0;
        int[] fields = bucket.scanFields();
        LiteralAutomaton[] automata = bucket.automata();
        AnchoredLiterals[] anchored = bucket.anchored();
        for (int f = 0; f < fields.length; f++) {
            int field = fields[f];
            if (field == Trigger.ANY_FIELD) {
                scanAllFields(event, automata[f]);
                continue;
            }
            int n = ctx.count(field);
            if (n == 0) {
                continue;
            }
            FieldSite site = site(bucket, f);
            SkipTrial trial = automata[f] != null && automata[f].trialSkipping() ? site.trial() : null;
            for (int i = 0; i < n; i++) {
                String value = ctx.value(field, i);
                int len = value.length();
                fieldScans++;
                ScanMemo memo = len >= ScanMemo.MIN_LENGTH && len <= ScanMemo.MAX_LENGTH ? site.memo() : null;
                if (memo != null && memo.active()) {
                    scanRemembering(memo, value, automata[f], anchored[f], trial);
                } else {
                    scanField(value, automata[f], anchored[f], trial);
                }
            }
        }
        CompiledVariant[] variants = bucket.variants();
        // Rule order, whichever scan (or memo) found the hit first: findings of one event keep it.
        java.util.Arrays.sort(hitList, 0, hitCount);
        int fired = 0;
        for (int k = 0; k < hitCount; k++) {
            fired += evaluate(variants[hitList[k]], sink);
        }
        for (int idx : bucket.untriggered()) {
            fired += evaluate(variants[idx], sink);
        }
        return fired;
    }

    private void scanField(String value, LiteralAutomaton automaton, AnchoredLiterals anchors, SkipTrial trial) {
        if (trial != null) {
            scanOnTrial(automaton, value, trial);
        } else if (automaton != null) {
            scan(automaton, value);
        }
        if (anchors != null) {
            anchors.match(value, this);
        }
    }

    /** As {@link #scanField}, answered from {@code memo} when the value was seen lately. */
    private void scanRemembering(ScanMemo memo, String value, LiteralAutomaton automaton, AnchoredLiterals anchors,
            SkipTrial trial) {
        int[] known = memo.lookup(value);
        if (known != null) {
            remembered++;
            for (int payload : known) {
                hit(payload);
            }
            return;
        }
        recorded = 0;
        recording = true;
        try {
            scanField(value, automaton, anchors, trial);
        } finally {
            recording = false;
        }
        memo.remember(value, recorded == 0 ? NO_PAYLOADS : java.util.Arrays.copyOf(record, recorded));
    }

    /** Scans with the automaton or its skipping scanner, as the field's trial chose (timing both while it runs). */
    private void scanOnTrial(LiteralAutomaton automaton, String text, SkipTrial trial) {
        int n = load(text);
        boolean skip = trial.skipNext();
        long t0 = trial.timing() ? System.nanoTime() : 0L;
        if (skip) {
            automaton.scanSkipping(scanBuffer, n, this);
        } else {
            scanBuffer(automaton, n);
        }
        if (trial.timing()) {
            trial.record(skip, n, System.nanoTime() - t0);
        }
    }

    private FieldSite site(Bucket bucket, int f) {
        FieldSite[] perField = sites[bucket.id()];
        if (perField == null) {
            perField = new FieldSite[bucket.scanFields().length];
            sites[bucket.id()] = perField;
        }
        FieldSite site = perField[f];
        if (site == null) {
            site = new FieldSite();
            perField[f] = site;
        }
        return site;
    }

    /** What this matcher keeps for one scanned field of one bucket, each part made on first use. */
    private static final class FieldSite {
        private ScanMemo memo;
        private SkipTrial trial;

        ScanMemo memo() {
            if (memo == null) {
                memo = new ScanMemo();
            }
            return memo;
        }

        SkipTrial trial() {
            if (trial == null) {
                trial = new SkipTrial();
            }
            return trial;
        }
    }

    /** For an event without a Windows Channel: the bucket of the first log field it has (Zeek's _path). */
    private Bucket logBucket() {
        for (int i = 0; i < logFieldIds.length; i++) {
            int id = logFieldIds[i];
            if (ctx.state(id) == EventContext.PRESENT) {
                return router.lookupLog(i, ctx.text(id));
            }
        }
        return router.lookup(null, null);
    }

    /**
     * Keywords may occur in any value: all values go into one buffer, separated by NUL, and are
     * scanned in one pass (one call per value costs more than the scan of a short value). A hit
     * that spans two values is harmless: hits only choose which rules to evaluate. (A memo per
     * value, as for single fields, measured no faster: the rendered message is most of the text
     * and never repeats.)
     */
    private void scanAllFields(Event event, LiteralAutomaton automaton) {
        // A value shorter than every keyword literal cannot hold one: it is not copied.
        int shortest = automaton.shortest();
        int len = 0;
        for (int i = 0, n = event.size(); i < n; i++) {
            Object v = event.value(i);
            if (v instanceof String s) {
                if (s.length() >= shortest) {
                    len = append(s, len);
                }
            } else if (v instanceof List<?> l) {
                for (Object e : l) {
                    if (e != null) {
                        len = append(e.toString(), len);
                    }
                }
            }
        }
        scanBuffer(automaton, len);
    }

    private void scanBuffer(LiteralAutomaton automaton, int len) {
        if (marks.length < automaton.outputStates()) {
            marks = new int[Math.max(automaton.outputStates(), marks.length * 2)];
        }
        if (++mark == 0) {
            java.util.Arrays.fill(marks, 0);
            mark = 1;
        }
        automaton.scan(scanBuffer, len, this, marks, mark);
    }

    private int append(String s, int at) {
        int n = s.length();
        if (at + n + 1 > scanBuffer.length) {
            scanBuffer = java.util.Arrays.copyOf(scanBuffer, Math.max(at + n + 1, scanBuffer.length * 2));
        }
        s.getChars(0, n, scanBuffer, at);
        scanBuffer[at + n] = '\0';
        return at + n + 1;
    }

    private void scan(LiteralAutomaton automaton, String text) {
        scanBuffer(automaton, load(text));
    }

    /** Copies {@code text} to the start of {@link #scanBuffer}; returns its length. */
    private int load(String text) {
        int n = text.length();
        if (n > scanBuffer.length) {
            scanBuffer = new char[Math.max(n, scanBuffer.length * 2)];
        }
        text.getChars(0, n, scanBuffer, 0);
        return n;
    }

    /** Condition trees evaluated so far by this matcher (for tuning the prefilter). */
    public long evaluations() {
        return evaluations;
    }

    /** Values of named fields checked for trigger literals so far (keyword searches not counted). */
    public long fieldScans() {
        return fieldScans;
    }

    /** Of {@link #fieldScans()}, those answered from a memo of recent values instead of a scan. */
    public long scansRemembered() {
        return remembered;
    }

    /** This matcher's per-rule timing, or null when it was built without. */
    public RuleProfile profile() {
        return profile;
    }

    /** Trigger hits reported by the automata so far (for tuning the prefilter). */
    public long triggerHits() {
        return hits;
    }

    @Override
    public void hit(int payload) {
        if (recording) {
            if (recorded == record.length) {
                record = java.util.Arrays.copyOf(record, recorded * 2);
            }
            record[recorded++] = payload;
        }
        hits++;
        if (hitStamp[payload] != stamp) {
            hitStamp[payload] = stamp;
            hitList[hitCount++] = payload;
        }
    }

    private int evaluate(CompiledVariant v, FindingSink sink) {
        if (firedStamp[v.ruleIndex()] == stamp) {
            return 0;
        }
        evaluations++;
        ctx.rule(v.rule().place());
        boolean matched;
        if (profile == null) {
            matched = v.cond().eval(ctx);
        } else {
            long t0 = System.nanoTime();
            matched = v.cond().eval(ctx);
            profile.record(v.rule(), v.ruleIndex(), System.nanoTime() - t0, matched);
        }
        if (!matched) {
            return 0;
        }
        firedStamp[v.ruleIndex()] = stamp;
        sink.accept(finding(v));
        return 1;
    }

    private Finding finding(CompiledVariant v) {
        SigmaRule rule = v.rule();
        List<MatchedField> matched = new ArrayList<>();
        v.cond().collect(ctx, matched);
        Event e = ctx.event();
        String user = null;
        for (String f : USER_FIELDS) {
            String u = e.getText(f);
            if (u != null && !u.isEmpty()) {
                user = u;
                break;
            }
        }
        return new Finding("sigma", rule.toRuleRef(), rule.attack(), rule.tags(), e.timeMicros(), e.host(), user,
                e.source(), dedupe(matched));
    }

    private static List<MatchedField> dedupe(List<MatchedField> in) {
        List<MatchedField> out = new ArrayList<>(in.size());
        for (MatchedField m : in) {
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }
}

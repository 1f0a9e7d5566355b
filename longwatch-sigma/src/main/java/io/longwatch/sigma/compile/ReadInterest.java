package io.longwatch.sigma.compile;

import io.longwatch.formats.FieldInterest;
import io.longwatch.sigma.ir.KeywordMatch;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a reader must decode for the rules, per kind of event: for each router bucket, the
 * fields its variants read (plus the routing and finding fields); every field when a variant
 * searches keywords and the bucket's {@link RawKeywordProbe} cannot rule them out from the raw
 * record. Records whose bucket needs, say, {@code Message} or {@code CallTrace} get them; the rest
 * leave them undecoded. Immutable and thread-safe.
 */
public final class ReadInterest implements FieldInterest {

    /** Per bucket: its fields, and how keywords widen them. */
    private record Plan(FieldInterest fields, boolean keywordsAlways, RawKeywordProbe probe) {
    }

    private static final boolean NOPROBE = Boolean.getBoolean("noprobe");
    private final Router router;
    private final FieldInterest overall;
    private final Plan[] plans;

    /**
     * @param fieldNames the engine's field names by id
     * @param extra names every record needs besides what rules read (routing, finding user)
     * @param overall the union over all buckets (every field when some rule searches keywords)
     */
    public ReadInterest(Router router, String[] fieldNames, Set<String> extra, FieldInterest overall) {
        this.router = router;
        this.overall = overall;
        List<Bucket> buckets = router.buckets();
        this.plans = new Plan[buckets.size()];
        for (Bucket b : buckets) {
            plans[b.id()] = plan(b, fieldNames, extra);
        }
    }

    private static Plan plan(Bucket bucket, String[] fieldNames, Set<String> extra) {
        BitSet ids = new BitSet();
        List<KeywordMatch> keywords = new ArrayList<>();
        for (CompiledVariant v : bucket.variants()) {
            CondFields.collect(v.cond(), ids, keywords);
        }
        Set<String> names = new HashSet<>(extra);
        for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
            names.add(fieldNames[id]);
        }
        FieldInterest fields = FieldInterest.of(names);
        if (keywords.isEmpty()) {
            return new Plan(fields, false, null);
        }
        List<String> literals = new ArrayList<>();
        for (KeywordMatch k : keywords) {
            List<Trigger> t = Triggers.of(k);
            if (t == null) {
                return new Plan(fields, true, null); // an untriggerable keyword search: read everything
            }
            for (Trigger x : t) {
                literals.add(x.literal());
            }
        }
        if (literals.isEmpty()) {
            return new Plan(fields, false, null); // keyword searches that can never match
        }
        RawKeywordProbe probe = RawKeywordProbe.of(literals);
        return new Plan(fields, probe == null, probe);
    }

    @Override
    public boolean wants(String canonicalName) {
        return overall.wants(canonicalName);
    }

    @Override
    public boolean refinesPerRecord() {
        return true;
    }

    @Override
    public FieldInterest forRecord(String channel, String eventId, byte[] record, int offset, int length) {
        Plan p = plans[router.lookup(channel, eventId).id()];
        if (p.keywordsAlways) {
            return FieldInterest.all();
        }
        if (p.probe != null && !NOPROBE && p.probe.mayMatch(record, offset, length)) {
            return FieldInterest.all();
        }
        return p.fields;
    }
}

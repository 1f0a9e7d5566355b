package io.longwatch.intel.match;

import io.longwatch.core.event.Event;
import io.longwatch.core.finding.Attack;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.finding.Level;
import io.longwatch.core.finding.MatchedField;
import io.longwatch.core.finding.RuleRef;
import io.longwatch.core.time.Timestamps;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.IntelContext;
import io.longwatch.intel.ObservableType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an indicator match into a finding of kind {@code intel} (layout documented in
 * {@code docs/findings-schema.md}, section "Intel findings").
 */
public final class IntelFindings {

    /** The finding kind. */
    public static final String KIND = "intel";

    /** Fields whose value names the event's user, in order of preference (as the Sigma findings read them). */
    static final List<String> USER_FIELDS = List.of("User", "SubjectUserName", "TargetUserName");

    private IntelFindings() {
    }

    /** The short type name used in titles and in {@code detail.indicator.type}. */
    public static String typeId(ObservableType type) {
        return switch (type) {
            case IPV4 -> "ipv4-addr";
            case IPV6 -> "ipv6-addr";
            case DOMAIN -> "domain-name";
            case URL -> "url";
            case EMAIL -> "email-addr";
            case MD5 -> "md5";
            case SHA1 -> "sha1";
            case SHA256 -> "sha256";
            case SHA512 -> "sha512";
            case IMPHASH -> "imphash";
            case FILE_NAME -> "file-name";
            case PATTERN -> "pattern";
        };
    }

    /**
     * Severity: {@code informational} when the value is on a warning list (a match is then likely
     * noise); otherwise by the source's confidence: 80–100 {@code high}, 50–79 or none given
     * {@code medium}, 0–49 {@code low}.
     */
    public static Level level(Indicator ind) {
        if (!ind.warningLists().isEmpty()) {
            return Level.INFORMATIONAL;
        }
        int c = ind.confidence();
        if (c < 0) {
            return Level.MEDIUM;
        }
        return c >= 80 ? Level.HIGH : c >= 50 ? Level.MEDIUM : Level.LOW;
    }

    /** {@code IOC domain-name evil.example (report title or source)}. */
    public static String title(Indicator ind) {
        String where = ind.context().report() != null ? ind.context().report() : ind.source();
        String value = ind.value().length() > 120 ? ind.value().substring(0, 117) + "..." : ind.value();
        return "IOC " + typeId(ind.type()) + " " + value + " (" + where + ")";
    }

    /**
     * One finding.
     *
     * @param matches the event fields and values that matched
     * @param observed per match: the observable as seen ({@code type}, normalised {@code value}, {@code field})
     */
    static Finding finding(Indicator ind, Event event, List<MatchedField> matches, List<Map<String, Object>> observed) {
        return new Finding(KIND, rule(ind), attack(ind), ind.labels(), event.timeMicros(), event.host(), user(event),
                event.source(), matches, detail(ind, observed));
    }

    /** A finding for a sequence pattern match: at the last hit's record, listing every hit. */
    static Finding sequenceFinding(Indicator ind, List<LeafHit> hits) {
        LeafHit last = hits.get(hits.size() - 1);
        List<MatchedField> matches = new ArrayList<>();
        List<Object> sequence = new ArrayList<>();
        for (LeafHit h : hits) {
            for (MatchedField m : h.matches()) {
                if (!matches.contains(m)) {
                    matches.add(m);
                }
            }
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("observation", h.leaf());
            step.put("time", time(h.time()));
            step.put("source", h.source().place());
            List<Object> fields = new ArrayList<>();
            for (MatchedField m : h.matches()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("field", m.field());
                f.put("value", m.value());
                fields.add(f);
            }
            step.put("matches", fields);
            sequence.add(step);
        }
        Map<String, Object> detail = detail(ind, List.of());
        detail.put("sequence", sequence);
        return new Finding(KIND, rule(ind), attack(ind), ind.labels(), last.time(), last.host().isEmpty() ? null : last.host(),
                last.user(), last.source(), matches, detail);
    }

    private static RuleRef rule(Indicator ind) {
        return new RuleRef(ind.id(), title(ind), level(ind), null, ind.source());
    }

    private static Attack attack(Indicator ind) {
        return ind.context().attack().isEmpty() ? Attack.NONE : new Attack(ind.context().attack(), List.of(), List.of());
    }

    static Map<String, Object> detail(Indicator ind, List<Map<String, Object>> observed) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("id", ind.id());
        indicator.put("type", typeId(ind.type()));
        indicator.put("value", ind.value());
        indicator.put("pattern", ind.pattern());
        indicator.put("source", ind.source());
        indicator.put("labels", ind.labels());
        indicator.put("confidence", ind.confidence() < 0 ? null : ind.confidence());
        indicator.put("valid_from", time(ind.validFromMicros()));
        indicator.put("valid_until", time(ind.validUntilMicros()));
        indicator.put("revoked", ind.revoked());
        IntelContext c = ind.context();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("actors", c.actors());
        context.put("campaigns", c.campaigns());
        context.put("malware", c.malware());
        context.put("attack", c.attack());
        context.put("report", c.report());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("indicator", indicator);
        detail.put("context", context);
        detail.put("warning_lists", ind.warningLists());
        detail.put("observed", observed);
        return detail;
    }

    private static String time(long micros) {
        return micros == Event.NO_TIME ? null : Timestamps.format(micros);
    }

    static String user(Event e) {
        for (String f : USER_FIELDS) {
            String v = e.getText(f);
            if (v != null && !v.isEmpty() && !v.equals("-")) {
                return v;
            }
        }
        return null;
    }

    static List<Map<String, Object>> newObserved() {
        return new ArrayList<>(2);
    }
}

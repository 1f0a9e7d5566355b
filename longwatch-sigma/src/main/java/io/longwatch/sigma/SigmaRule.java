package io.longwatch.sigma;

import io.longwatch.core.finding.Attack;
import io.longwatch.core.finding.Level;
import io.longwatch.core.finding.RuleRef;
import io.longwatch.sigma.parse.RuleMeta;
import io.longwatch.sigma.parse.SigmaDocument;
import java.util.List;

/** One parsed Sigma detection rule with its metadata. Immutable. */
public final class SigmaRule {

    private final SigmaDocument.DetectionRule document;
    private final Attack attack;
    private final RuleRef ref;

    SigmaRule(SigmaDocument.DetectionRule document) {
        this.document = document;
        this.attack = Attack.fromSigmaTags(document.meta().tags());
        RuleMeta m = document.meta();
        this.ref = new RuleRef(m.id(), m.title(), level(), m.status(), document.place());
    }

    /** The rule's AST (detection and conditions), for the compiler. */
    public SigmaDocument.DetectionRule document() {
        return document;
    }

    public String id() {
        return document.meta().id();
    }

    public String title() {
        return document.meta().title();
    }

    /** Severity; {@link Level#MEDIUM} when the rule gives none or an unknown one. */
    public Level level() {
        Level l = Level.parse(document.meta().level());
        return l == null ? Level.MEDIUM : l;
    }

    public String status() {
        return document.meta().status();
    }

    public String description() {
        return document.meta().description();
    }

    public String author() {
        return document.meta().author();
    }

    public String date() {
        return document.meta().date();
    }

    public String modified() {
        return document.meta().modified();
    }

    public List<String> tags() {
        return document.meta().tags();
    }

    public List<String> references() {
        return document.meta().references();
    }

    public List<String> falsePositives() {
        return document.meta().falsePositives();
    }

    public Logsource logsource() {
        RuleMeta m = document.meta();
        return new Logsource(m.product(), m.category(), m.service());
    }

    /** The file the rule came from. */
    public String path() {
        return document.place();
    }

    public Attack attack() {
        return attack;
    }

    public RuleRef toRuleRef() {
        return ref;
    }

    /** "file (rule id)", the place used in problems about this rule. */
    public String place() {
        return path() + " (" + (id() == null ? "no id" : id()) + ")";
    }

    @Override
    public String toString() {
        return "SigmaRule[" + place() + " " + title() + "]";
    }
}

package io.longwatch.sigma;

import io.longwatch.core.detect.Detector;
import io.longwatch.core.event.WindowsFields;
import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.sigma.compile.CompiledVariant;
import io.longwatch.sigma.compile.LiteralAutomaton;
import io.longwatch.sigma.compile.Router;
import io.longwatch.sigma.compile.Triggers;
import io.longwatch.sigma.eval.EngineMatcher;
import io.longwatch.sigma.ir.Cond;
import io.longwatch.sigma.ir.FieldTable;
import io.longwatch.sigma.ir.IrBuilder;
import io.longwatch.sigma.ir.KeywordMatch;
import io.longwatch.sigma.mapping.Route;
import io.longwatch.sigma.parse.RuleSyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sigma rules compiled for evaluation: every rule is compiled once per log-source route into a
 * condition tree, attached to the (Channel, EventID) or Zeek {@code _path} buckets of the router, and indexed by the
 * literal prefilter. Immutable and thread-safe; create one {@link SigmaMatcher} per thread.
 */
public final class SigmaEngine implements Detector<SigmaMatcher> {

    private final List<SigmaRule> rules;
    private final int failed;
    private final Router router;
    private final String[] fieldNames;
    private final boolean needsAllFields;
    private final int variantCount;
    private final int untriggeredCount;
    private final ProblemSink problems;
    private final Set<Object> reported = ConcurrentHashMap.newKeySet();

    private SigmaEngine(List<SigmaRule> rules, int failed, Router router, String[] fieldNames, boolean needsAllFields,
            int variantCount, int untriggeredCount, ProblemSink problems) {
        this.rules = List.copyOf(rules);
        this.failed = failed;
        this.router = router;
        this.fieldNames = fieldNames;
        this.needsAllFields = needsAllFields;
        this.variantCount = variantCount;
        this.untriggeredCount = untriggeredCount;
        this.problems = problems;
    }

    /**
     * Compiles rules. A rule that cannot be compiled is reported as a RULE problem and left out;
     * the others compile.
     *
     * @param placeholders values for {@code expand} placeholders ({@code %name%} or {@code name});
     *     an unresolved placeholder makes its value match nothing and is reported once per rule
     * @param problems receives compile problems now and evaluation problems later
     */
    public static SigmaEngine compile(List<SigmaRule> rules, LogsourceMapping mapping,
            Map<String, List<String>> placeholders, ProblemSink problems) {
        FieldTable fields = new FieldTable();
        fields.id(WindowsFields.CHANNEL);
        fields.id(WindowsFields.EVENT_ID);
        List<SigmaRule> compiled = new ArrayList<>();
        List<CompiledVariant> variants = new ArrayList<>();
        int failed = 0;
        boolean keywords = false;
        for (SigmaRule rule : rules) {
            List<Route> routes = mapping.routes(rule.logsource());
            List<CompiledVariant> mine = new ArrayList<>();
            Set<String> unresolved = new LinkedHashSet<>();
            boolean ok = true;
            boolean ruleKeywords = false;
            for (Route route : routes) {
                IrBuilder builder = new IrBuilder(fields, route.fieldRenames(), placeholders,
                        literals -> new LiteralAutomaton(literals, new int[literals.size()])::findsAny);
                try {
                    Cond cond = builder.build(rule.document(), route.conditions());
                    unresolved.addAll(builder.unresolvedPlaceholders());
                    ruleKeywords |= hasKeywords(cond);
                    mine.add(new CompiledVariant(rule, compiled.size(), route, cond, Triggers.of(cond)));
                } catch (RuleSyntaxException e) {
                    problems.report(Problem.Stage.RULE, rule.place(), e.kind(), e.getMessage());
                    ok = false;
                    break;
                } catch (RuntimeException e) {
                    problems.report(Problem.Stage.RULE, rule.place(), "rule.compile-failed",
                            "cannot compile: " + e);
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                failed++;
                continue;
            }
            if (!unresolved.isEmpty()) {
                problems.report(Problem.Stage.RULE, rule.place(), "placeholder.unresolved",
                        "expand placeholder(s) " + unresolved + " have no value; those values match nothing");
            }
            for (Route r : routes) {
                if (!r.mapped()) {
                    problems.report(Problem.Stage.RULE, rule.place(), "logsource.unmapped",
                            "logsource " + r.label() + " is not in the mapping; the rule runs on every event of its product");
                }
            }
            keywords |= ruleKeywords;
            compiled.add(rule);
            variants.addAll(mine);
        }
        int untriggered = 0;
        for (CompiledVariant v : variants) {
            if (v.triggers() == null) {
                untriggered++;
            }
        }
        Router router = new Router(variants, mapping.channelFields());
        for (String f : router.logFields()) {
            fields.id(f); // the matcher reads it to route, whether or not a rule names it
        }
        return new SigmaEngine(compiled, failed, router, fields.names(), keywords, variants.size(),
                untriggered, problems);
    }

    private static boolean hasKeywords(Cond c) {
        return switch (c) {
            case KeywordMatch k -> true;
            case Cond.And a -> {
                for (Cond x : a.operands()) {
                    if (hasKeywords(x)) {
                        yield true;
                    }
                }
                yield false;
            }
            case Cond.Or o -> {
                for (Cond x : o.operands()) {
                    if (hasKeywords(x)) {
                        yield true;
                    }
                }
                yield false;
            }
            case Cond.Not n -> hasKeywords(n.operand());
            default -> false;
        };
    }

    /** The router and its buckets, for tests that look inside the prefilter. */
    Router router() {
        return router;
    }

    /** The engine's field table: field ids index it. */
    String[] fieldNames() {
        return fieldNames.clone();
    }

    /** Number of rules compiled. */
    public int ruleCount() {
        return rules.size();
    }

    /** Number of rules that failed to compile (each reported). */
    public int failedCount() {
        return failed;
    }

    /** The compiled rules. */
    public List<SigmaRule> rules() {
        return rules;
    }

    /**
     * Canonical field names that any compiled rule, the router or the findings (user names)
     * read. EventData names written with spaces by some providers ("Threat Name") are matched
     * to rule names without spaces; a reader limited to this set would drop them, so such
     * sources need all fields.
     */
    @Override
    public Set<String> fieldsUsed() {
        Set<String> s = new LinkedHashSet<>(List.of(fieldNames));
        s.addAll(EngineMatcher.USER_FIELDS);
        return Collections.unmodifiableSet(s);
    }

    /** True when some rule searches keywords, i.e. reads every field of an event. */
    @Override
    public boolean needsAllFields() {
        return needsAllFields;
    }

    /** Compiled rule variants (a rule has one per log-source route). */
    public int variantCount() {
        return variantCount;
    }

    /** Variants the prefilter cannot skip (evaluated on every event of their buckets). */
    public int untriggeredCount() {
        return untriggeredCount;
    }

    @Override
    public String name() {
        return "sigma";
    }

    @Override
    public SigmaMatcher newRun() {
        return newMatcher();
    }

    /** A new matcher for one thread. */
    public SigmaMatcher newMatcher() {
        return new EngineMatcher(router, fieldNames, rules.size(), this::reportEvaluation);
    }

    /** A matcher for one thread that also times each rule evaluation ({@link EngineMatcher#profile()}). */
    public EngineMatcher newProfilingMatcher() {
        return new EngineMatcher(router, fieldNames, rules.size(), this::reportEvaluation, true);
    }

    private void reportEvaluation(Object owner, String rulePlace, String kind, String message) {
        if (reported.add(owner)) {
            problems.report(Problem.Stage.EVALUATION, rulePlace, kind, message);
        }
    }
}

package io.longwatch.sigma;

import io.longwatch.core.event.Event;
import io.longwatch.core.event.EventBuilder;
import io.longwatch.core.event.SourceRef;
import io.longwatch.core.finding.Finding;
import io.longwatch.core.problem.ProblemLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers to write a rule inline, compile it and run it on hand-made events. */
final class RuleKit {

    final ProblemLog problems = new ProblemLog(100);
    final SigmaEngine engine;
    final SigmaMatcher matcher;

    private RuleKit(String yaml, Map<String, List<String>> placeholders) {
        RuleLoadResult r = SigmaRuleLoader.loadText("inline.yml", yaml, problems);
        engine = SigmaEngine.compile(r.rules(), LogsourceMapping.defaults(), placeholders, problems);
        matcher = engine.newMatcher();
    }

    /** A rule for a non-Windows product with the given detection body (indented YAML). */
    static RuleKit detection(String detection) {
        return rule("""
                title: test rule
                id: 11111111-2222-3333-4444-555555555555
                logsource:
                    product: test
                detection:
                """ + detection.stripIndent().indent(4));
    }

    /** A rule with one selection of one field item, e.g. {@code selection("Port|gt", "1024")}. */
    static RuleKit selection(String key, String yamlValue) {
        return detection("sel:\n    " + key + ": " + yamlValue + "\ncondition: sel\n");
    }

    static RuleKit rule(String yaml) {
        return new RuleKit(yaml, Map.of());
    }

    static RuleKit rule(String yaml, Map<String, List<String>> placeholders) {
        return new RuleKit(yaml, placeholders);
    }

    /** Event from alternating name, value pairs (value String, List or null). */
    static Event event(Object... kv) {
        EventBuilder b = new EventBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            b.put(((String) kv[i]).intern(), kv[i + 1]);
        }
        return b.build(new SourceRef("test.json", 1, -1));
    }

    static Event eventAt(long micros, Object... kv) {
        EventBuilder b = new EventBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            b.put(((String) kv[i]).intern(), kv[i + 1]);
        }
        b.time(micros);
        return b.build(new SourceRef("test.json", 1, -1));
    }

    boolean fires(Event e) {
        return matcher.match(e, f -> { }) > 0;
    }

    boolean fires(Object... kv) {
        return fires(event(kv));
    }

    List<Finding> findings(Event e) {
        List<Finding> out = new ArrayList<>();
        matcher.match(e, out::add);
        return out;
    }

    static Map<String, List<String>> placeholders(String name, String... values) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(name, List.of(values));
        return m;
    }
}

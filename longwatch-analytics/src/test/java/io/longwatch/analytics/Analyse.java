package io.longwatch.analytics;

import io.longwatch.core.event.Event;
import io.longwatch.core.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/** Test helper: runs the analytics over events, split round-robin across several runs like a hunt would. */
final class Analyse {

    private Analyse() {
    }

    static List<Finding> run(AnalyticsOptions options, List<Event> events, int runs) {
        NetworkAnalytics d = NetworkAnalytics.detector(options);
        List<AnalyticsRun> rs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            rs.add(d.newRun());
        }
        List<Finding> out = new ArrayList<>();
        int chunk = Math.max(1, (events.size() + runs - 1) / runs);
        for (int i = 0; i < events.size(); i++) {
            rs.get(Math.min(runs - 1, i / chunk)).accept(events.get(i), out::add);
        }
        d.finish(rs, out::add);
        return out;
    }

    static String describe(Finding f) {
        return f.rule().id().substring("longwatch.analytic.".length()) + " " + f.detail().get("score") + " "
                + f.detail().get("evidence") + " " + f.detail().get("subscores");
    }
}

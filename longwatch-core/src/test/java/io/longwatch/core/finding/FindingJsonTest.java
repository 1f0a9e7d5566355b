package io.longwatch.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longwatch.core.event.Event;
import io.longwatch.core.event.SourceRef;
import io.longwatch.core.time.Timestamps;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingJsonTest {

    @Test
    void writesEverySchemaField() {
        Finding f = new Finding("sigma",
                new RuleRef("1234", "Title \"quoted\"", Level.HIGH, "test", "rules/x.yml"),
                Attack.fromSigmaTags(List.of("attack.t1003.001", "attack.credential-access")),
                List.of("attack.t1003.001"),
                Timestamps.toMicros(Instant.parse("2026-03-09T02:14:07.120Z")),
                "DC01", "MOFTA\\admin",
                new SourceRef("logs/a.jsonl", 12, 4711),
                List.of(new MatchedField("TargetImage", "C:\\Windows\\System32\\lsass.exe")));
        String json = FindingJson.toJson(f);
        assertThat(json).startsWith("{\"schema\":\"longwatch.finding/1\",\"kind\":\"sigma\"");
        assertThat(json).contains("\"time\":\"2026-03-09T02:14:07.120000Z\"");
        assertThat(json).contains("\"rule\":{\"id\":\"1234\",\"title\":\"Title \\\"quoted\\\"\",\"level\":\"high\"");
        assertThat(json).contains("\"attack\":{\"techniques\":[\"T1003.001\"],\"tactics\":[\"TA0006\"]");
        assertThat(json).contains("\"source\":{\"path\":\"logs/a.jsonl\",\"record\":4711,\"line\":12,\"record_id\":4711}");
        assertThat(json).contains("\"matches\":[{\"field\":\"TargetImage\",\"value\":\"C:\\\\Windows\\\\System32\\\\lsass.exe\"}]");
        assertThat(json).contains("\"host\":\"DC01\"").contains("\"user\":\"MOFTA\\\\admin\"");
        assertThat(json).doesNotContain("\n");
    }

    @Test
    void writesDetailInOrderAndOmitsItWhenEmpty() {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("score", 0.93);
        detail.put("subscores", Map.of("skew", 1.0));
        detail.put("evidence", List.of(Map.of("pair", "10.0.0.5->203.0.113.9"), 42L, true));
        detail.put("note", null);
        Finding f = new Finding("analytic", new RuleRef("beacon", "Beaconing", Level.HIGH, null, null),
                null, null, Event.NO_TIME, null, null, new SourceRef("conn.log", 0, -1), null, detail);
        String json = FindingJson.toJson(f);
        assertThat(json).endsWith("\"detail\":{\"score\":0.93,\"subscores\":{\"skew\":1.0},"
                + "\"evidence\":[{\"pair\":\"10.0.0.5->203.0.113.9\"},42,true],\"note\":null}}");
        Finding plain = new Finding("sigma", f.rule(), null, null, Event.NO_TIME, null, null, f.source(), null);
        assertThat(FindingJson.toJson(plain)).doesNotContain("detail");
    }

    @Test
    void detailIsFrozenAndRejectsNonJsonValues() {
        Map<String, Object> detail = new LinkedHashMap<>();
        List<Object> list = new java.util.ArrayList<>(List.of("a"));
        detail.put("list", list);
        Finding f = new Finding("intel", new RuleRef("x", "x", Level.LOW, null, null), null, null,
                Event.NO_TIME, null, null, new SourceRef("-", 0, -1), null, detail);
        list.add("b");
        assertThat(f.detail().get("list")).isEqualTo(List.of("a"));
        assertThatThrownBy(() -> f.detail().put("y", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Finding("intel", f.rule(), null, null, Event.NO_TIME, null, null, f.source(),
                null, Map.of("when", Instant.EPOCH))).hasMessageContaining("when");
        assertThatThrownBy(() -> new Finding("intel", f.rule(), null, null, Event.NO_TIME, null, null, f.source(),
                null, Map.of("score", Double.NaN))).hasMessageContaining("score");
    }
}

package io.longwatch.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.SourceRef;
import io.longwatch.core.time.Timestamps;
import java.time.Instant;
import java.util.List;
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
}

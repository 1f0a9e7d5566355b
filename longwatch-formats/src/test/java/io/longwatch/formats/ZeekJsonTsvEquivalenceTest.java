package io.longwatch.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.event.Event;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The same Zeek records written as TSV and as JSON (hand-written fixtures for conn, dns, http, ssl,
 * ssh, files, x509, notice, weird) give the same events: same field names, same values, same time.
 * Numbers of Zeek's {@code time}, {@code interval} and {@code double} types are compared as numbers,
 * because the writers print them differently ({@code 0.163820} in TSV, {@code 0.16382} in JSON).
 */
class ZeekJsonTsvEquivalenceTest {

    @Test
    void jsonAndTsvFixturesGiveTheSameEvents() {
        int compared = 0;
        for (String log : ZeekFixtures.LOGS) {
            TestSupport tsv = ZeekFixtures.read("tsv/" + log + ".log", "tsv/" + log + ".log", ReadOptions.defaults());
            TestSupport json = ZeekFixtures.read("json/" + log + ".log", "json/" + log + ".log", ReadOptions.defaults());
            assertThat(tsv.problems).as(log + " tsv").isEmpty();
            assertThat(json.problems).as(log + " json").isEmpty();
            assertThat(tsv.events).as(log).isNotEmpty().hasSameSizeAs(json.events);
            Map<String, String> types = types(log);
            for (int i = 0; i < tsv.events.size(); i++) {
                Event t = tsv.events.get(i);
                Event j = json.events.get(i);
                String place = log + " record " + (i + 1);
                assertThat(names(j)).as(place + " field names").isEqualTo(names(t));
                assertThat(t.get("_path")).as(place).isEqualTo(log);
                assertThat(j.timeMicros()).as(place + " time").isEqualTo(t.timeMicros()).isNotEqualTo(Event.NO_TIME);
                assertThat(j.host()).isNull();
                for (int f = 0; f < t.size(); f++) {
                    String name = t.name(f);
                    assertSameValue(place + " " + name, types.get(name), t.value(f), j.get(name));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(150);
    }

    private static void assertSameValue(String place, String type, Object tsv, Object json) {
        boolean numeric = type != null && (type.contains("time") || type.contains("interval") || type.contains("double"));
        if (!numeric) {
            assertThat(json).as(place).isEqualTo(tsv);
            return;
        }
        if (tsv instanceof List<?> tl) {
            assertThat(json).as(place).isInstanceOf(List.class);
            List<?> jl = (List<?>) json;
            assertThat(jl).as(place).hasSameSizeAs(tl);
            for (int k = 0; k < tl.size(); k++) {
                assertThat(new BigDecimal((String) jl.get(k))).as(place).isEqualByComparingTo(new BigDecimal((String) tl.get(k)));
            }
        } else {
            assertThat(new BigDecimal((String) json)).as(place).isEqualByComparingTo(new BigDecimal((String) tsv));
        }
    }

    private static TreeSet<String> names(Event e) {
        TreeSet<String> s = new TreeSet<>();
        for (int i = 0; i < e.size(); i++) {
            s.add(e.name(i));
        }
        return s;
    }

    /** Field name -> Zeek type, from the TSV fixture's own header. */
    private static Map<String, String> types(String log) {
        String text = new String(ZeekFixtures.bytes("tsv/" + log + ".log"), StandardCharsets.UTF_8);
        List<String> fields = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#fields\t")) {
                fields.addAll(Arrays.asList(line.substring(8).split("\t")));
            } else if (line.startsWith("#types\t")) {
                types.addAll(Arrays.asList(line.substring(7).split("\t")));
            }
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            out.put(fields.get(i), types.get(i));
        }
        return out;
    }
}

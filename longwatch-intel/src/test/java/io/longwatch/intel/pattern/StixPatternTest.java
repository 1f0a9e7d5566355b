package io.longwatch.intel.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.longwatch.intel.pattern.ComparisonExpression.Comparison;
import io.longwatch.intel.pattern.ComparisonExpression.Operator;
import io.longwatch.intel.pattern.ObservationExpression.Combination;
import io.longwatch.intel.pattern.ObservationExpression.Observation;
import io.longwatch.intel.pattern.ObservationExpression.Qualified;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StixPatternTest {

    private static StixPattern parse(String text) {
        try {
            return StixPattern.parse(text);
        } catch (StixPatternException e) {
            throw new AssertionError(text + " -> " + e.getMessage(), e);
        }
    }

    private static Comparison single(String text) {
        Observation o = (Observation) parse(text).root();
        return (Comparison) o.comparison();
    }

    @Test
    void simpleEquality() {
        Comparison c = single("[ipv4-addr:value = '198.51.100.1/32']");
        assertThat(c.path().objectType()).isEqualTo("ipv4-addr");
        assertThat(c.path().isSingleProperty("value")).isTrue();
        assertThat(c.operator()).isEqualTo(Operator.EQ);
        assertThat(c.negated()).isFalse();
        assertThat(c.value()).isEqualTo(new Constant.StringValue("198.51.100.1/32"));
    }

    @Test
    void quotedKeysAndListIndexes() {
        Comparison c = single("[file:hashes.'SHA-256' = 'aa']");
        assertThat(c.path().steps()).containsExactly(new PathStep.Property("hashes"), new PathStep.Property("SHA-256"));
        assertThat(c.path().propertyPath()).isEqualTo("hashes.SHA-256");
        Comparison d = single("[email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\\\.exe$']");
        assertThat(d.path().steps()).containsExactly(new PathStep.Property("body_multipart"), new PathStep.AnyIndex(),
                new PathStep.Property("body_raw_ref"), new PathStep.Property("name"));
        assertThat(d.value()).isEqualTo(new Constant.StringValue("^Final Report.+\\.exe$"));
        Comparison e = single("[network-traffic:extensions.'http-request-ext'.request_header[-1] = 'x']");
        assertThat(e.path().steps().get(3)).isEqualTo(new PathStep.Index(-1));
        Comparison f = single("[file:hashes.SHA-256 = 'aa']");
        assertThat(f.path()).isEqualTo(c.path());
    }

    @Test
    void everyConstantKind() {
        assertThat(single("[x:a = 42]").value()).isEqualTo(new Constant.IntValue(42));
        assertThat(single("[x:a = -7]").value()).isEqualTo(new Constant.IntValue(-7));
        assertThat(single("[x:a > +3]").value()).isEqualTo(new Constant.IntValue(3));
        assertThat(single("[x:a < 2.5]").value()).isEqualTo(new Constant.FloatValue(2.5));
        assertThat(single("[x:a >= -.5]").value()).isEqualTo(new Constant.FloatValue(-0.5));
        assertThat(single("[x:a = true]").value()).isEqualTo(new Constant.BoolValue(true));
        assertThat(single("[x:a = false]").value()).isEqualTo(new Constant.BoolValue(false));
        assertThat(single("[x:a = h'DEADbeef']").value()).isEqualTo(new Constant.HexValue("deadbeef"));
        assertThat(single("[x:a = b'AAECAw==']").value()).isEqualTo(new Constant.BinaryValue("AAECAw=="));
        Constant t = single("[x:a > t'2016-01-01T00:00:00.5Z']").value();
        assertThat(t).isInstanceOf(Constant.TimestampValue.class);
        assertThat(((Constant.TimestampValue) t).micros()).isEqualTo(1_451_606_400_500_000L);
        assertThat(single("[x:a = 'it\\'s a \\\\ path']").value()).isEqualTo(new Constant.StringValue("it's a \\ path"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[x:a = 'v']|EQ", "[x:a == 'v']|EQ", "[x:a != 'v']|NEQ", "[x:a <> 'v']|NEQ", "[x:a < 1]|LT", "[x:a <= 1]|LE",
        "[x:a > 1]|GT", "[x:a >= 1]|GE", "[x:a IN ('a', 'b')]|IN", "[x:a LIKE 'a%']|LIKE", "[x:a MATCHES '^a']|MATCHES",
        "[x:a ISSUBSET '10.0.0.0/8']|ISSUBSET", "[x:a ISSUPERSET '10.1.0.0/16']|ISSUPERSET"})
    void everyOperator(String text, Operator op) {
        assertThat(single(text).operator()).isEqualTo(op);
    }

    @Test
    void notExistsAndSets() {
        Comparison c = single("[x:a NOT IN (1, 'b', true)]");
        assertThat(c.negated()).isTrue();
        assertThat(c.value()).isEqualTo(new Constant.SetValue(List.of(new Constant.IntValue(1),
                new Constant.StringValue("b"), new Constant.BoolValue(true))));
        assertThat(single("[x:a IN ()]").value()).isEqualTo(new Constant.SetValue(List.of()));
        Observation o = (Observation) parse("[EXISTS windows-registry-key:values[*].name]").root();
        assertThat(o.comparison()).isInstanceOf(ComparisonExpression.Exists.class);
    }

    @Test
    void comparisonPrecedenceAndIsTighterThanOr() {
        Observation o = (Observation) parse("[x:a = 1 OR x:b = 2 AND x:c = 3]").root();
        var or = (ComparisonExpression.Combination) o.comparison();
        assertThat(or.logic()).isEqualTo(ComparisonExpression.Logic.OR);
        assertThat(or.operands().get(1)).isInstanceOf(ComparisonExpression.Combination.class);
        Observation p = (Observation) parse("[(x:a = 1 OR x:b = 2) AND x:c = 3]").root();
        assertThat(((ComparisonExpression.Combination) p.comparison()).logic()).isEqualTo(ComparisonExpression.Logic.AND);
    }

    @Test
    void observationPrecedenceAndQualifiers() {
        ObservationExpression e = parse("[a:x = 1] AND [b:y = 2] OR [c:z = 3] FOLLOWEDBY [d:w = 4] WITHIN 5 SECONDS")
                .root();
        var fb = (Combination) e;
        assertThat(fb.operator()).isEqualTo(ObservationExpression.Operator.FOLLOWEDBY);
        var or = (Combination) fb.operands().get(0);
        assertThat(or.operator()).isEqualTo(ObservationExpression.Operator.OR);
        assertThat(((Combination) or.operands().get(0)).operator()).isEqualTo(ObservationExpression.Operator.AND);
        var within = (Qualified) fb.operands().get(1);
        assertThat(within.qualifier()).isEqualTo(new Qualifier.Within(new BigDecimal("5")));

        var q = (Qualified) parse("([a:x = 1] AND [b:y = 2]) REPEATS 3 TIMES WITHIN 1.5 SECONDS").root();
        assertThat(q.qualifier()).isEqualTo(new Qualifier.Within(new BigDecimal("1.5")));
        assertThat(((Qualified) q.expression()).qualifier()).isEqualTo(new Qualifier.Repeats(3));
        var ss = (Qualified) parse("[a:x = 1] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'").root();
        assertThat(ss.qualifier()).isInstanceOf(Qualifier.StartStop.class);
        assertThat(((Qualifier.Within) within.qualifier()).micros()).isEqualTo(5_000_000L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|1|empty pattern",
        "ipv4-addr:value = '1.2.3.4'|1|expected '['",
        "[ipv4-addr:value = '1.2.3.4'|29|expected ']'",
        "[ipv4-addr:value = '1.2.3.4]|20|string is not closed",
        "[ipv4-addr:value and '1.2.3.4']|18|keywords are upper-case: AND",
        "[ipv4-addr:value = '1.2.3.4'] and [x:y = 1]|31|keywords are upper-case",
        "[x:a > true]|8|orderable",
        "[x:a LIKE 5]|11|needs a string",
        "[x:a IN 'a']|9|set of values",
        "[x:a = 'a\\.b']|10|invalid escape",
        "[x:a = h'abc']|8|even number",
        "[x:a = h'zz']|10|not a hex digit",
        "[x:a = b'***']|8|not base64",
        "[x:a = t'2016-01-01']|8|RFC 3339",
        "[x:a = 1] WITHIN 0 SECONDS|18|positive",
        "[x:a = 1] WITHIN 5|19|expected SECONDS",
        "[x:a = 1] REPEATS 2.5 TIMES|19|whole number",
        "[x:a = 1] START t'2016-02-01T00:00:00Z' STOP t'2016-01-01T00:00:00Z'|11|later than START",
        "[x:a[b] = 1]|6|list index",
        "[x: = 1]|5|property name",
        "[x:a = 1] [y:b = 2]|11|end of the pattern",
        "[x:a ! 1]|6|'!' must be followed by '='",
        "[x:a = 99999999999999999999]|8|out of range",
        "[x:a = 1]]|10|end of the pattern",
        "[x:a = 12abc]|8|runs into letters"})
    void errorsNameTheColumnAndReason(String text, int column, String reason) {
        assertThatThrownBy(() -> StixPattern.parse(text))
                .isInstanceOfSatisfying(StixPatternException.class, e -> {
                    assertThat(e.column()).as(e.getMessage()).isEqualTo(column);
                    assertThat(e.getMessage()).contains(reason);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
        "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:subject LIKE 'Inv%']",
        "([a:x = 1] AND [b:y NOT = 'q']) REPEATS 2 TIMES FOLLOWEDBY [c:z IN ('1', 2, 3.5)] WITHIN 600 SECONDS",
        "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_port >= 49152] "
                + "START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00.25Z'",
        "[EXISTS x:a[0].b OR x:c = h'00ff' OR x:d != b'AAAA']"})
    void canonicalTextParsesBackToTheSameTree(String text) {
        StixPattern p = parse(text);
        StixPattern again = parse(p.canonical());
        assertThat(again.root()).isEqualTo(p.root());
        assertThat(again.canonical()).isEqualTo(p.canonical());
    }
}

package io.longwatch.sigma;

import static io.longwatch.sigma.RuleKit.detection;
import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.finding.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Condition forms: keywords, x of pattern, them, not, precedence, parentheses, condition lists. */
class ConditionTest {

    @Test
    void keywordListIsOrAndAllIsAnd() {
        RuleKit or = detection("""
                keywords:
                    - 'mimikatz'
                    - 'sekurlsa'
                condition: keywords
                """);
        assertThat(or.fires("Message", "ran MIMIKATZ today")).isTrue();
        assertThat(or.fires("A", "x", "B", "sekurlsa::logonpasswords")).isTrue();
        assertThat(or.fires("Message", "benign")).isFalse();
        RuleKit and = detection("""
                keywords:
                    '|all':
                        - 'mimikatz'
                        - 'sekurlsa'
                condition: keywords
                """);
        assertThat(and.fires("Message", "mimikatz sekurlsa")).isTrue();
        assertThat(and.fires("A", "mimikatz", "B", "sekurlsa")).isTrue();
        assertThat(and.fires("Message", "mimikatz only")).isFalse();
        assertThat(and.engine.needsAllFields()).isTrue();
    }

    private static final String SELECTIONS = """
            sel_a:
                A: 'a'
            sel_b:
                B: 'b'
            other:
                C: 'c'
            """;

    @Test
    void oneOfAndAllOfPatterns() {
        RuleKit one = detection(SELECTIONS + "condition: 1 of sel_*\n");
        assertThat(one.fires("A", "a")).isTrue();
        assertThat(one.fires("C", "c")).isFalse();
        RuleKit all = detection(SELECTIONS + "condition: all of sel_*\n");
        assertThat(all.fires("A", "a", "B", "b")).isTrue();
        assertThat(all.fires("A", "a")).isFalse();
    }

    @Test
    void oneOfThemAndAllOfThem() {
        RuleKit one = detection(SELECTIONS + "condition: 1 of them\n");
        assertThat(one.fires("C", "c")).isTrue();
        assertThat(one.fires("D", "d")).isFalse();
        RuleKit all = detection(SELECTIONS + "condition: all of them\n");
        assertThat(all.fires("A", "a", "B", "b", "C", "c")).isTrue();
        assertThat(all.fires("A", "a", "B", "b")).isFalse();
    }

    @Test
    void notAndOrPrecedence() {
        // not binds tighter than and, and tighter than or: (A and not B) or C
        RuleKit k = detection(SELECTIONS + "condition: sel_a and not sel_b or other\n");
        assertThat(k.fires("A", "a")).isTrue();
        assertThat(k.fires("A", "a", "B", "b")).isFalse();
        assertThat(k.fires("B", "b", "C", "c")).isTrue();
        assertThat(k.fires("B", "b")).isFalse();
    }

    @Test
    void parenthesesOverridePrecedence() {
        RuleKit k = detection(SELECTIONS + "condition: sel_a and not (sel_b or other)\n");
        assertThat(k.fires("A", "a")).isTrue();
        assertThat(k.fires("A", "a", "C", "c")).isFalse();
        assertThat(k.fires("C", "c")).isFalse();
    }

    @Test
    void conditionListIsOr() {
        RuleKit k = detection(SELECTIONS + """
                condition:
                    - sel_a and sel_b
                    - other
                """);
        assertThat(k.fires("A", "a", "B", "b")).isTrue();
        assertThat(k.fires("C", "c")).isTrue();
        assertThat(k.fires("A", "a")).isFalse();
    }

    @Test
    void listOfMapsIsOrAndMapIsAnd() {
        RuleKit k = detection("""
                sel:
                    - A: 'a'
                      B: 'b'
                    - C: 'c'
                condition: sel
                """);
        assertThat(k.fires("A", "a", "B", "b")).isTrue();
        assertThat(k.fires("A", "a")).isFalse();
        assertThat(k.fires("C", "c")).isTrue();
    }

    @Test
    void findingCarriesMetadataAndEvidence() {
        RuleKit k = RuleKit.rule("""
                title: Suspicious Whoami
                id: 33333333-2222-3333-4444-555555555555
                status: test
                level: high
                tags:
                    - attack.discovery
                    - attack.t1033
                logsource:
                    category: process_creation
                    product: windows
                detection:
                    sel:
                        Image|endswith: '\\whoami.exe'
                    filter:
                        User: 'SYSTEM'
                    condition: sel and not filter
                """);
        List<Finding> f = k.findings(RuleKit.event("Channel", "Microsoft-Windows-Sysmon/Operational", "EventID", "1",
                "Image", "C:\\Windows\\System32\\whoami.exe", "User", "CORP\\bob"));
        assertThat(f).hasSize(1);
        Finding x = f.get(0);
        assertThat(x.kind()).isEqualTo("sigma");
        assertThat(x.rule().id()).isEqualTo("33333333-2222-3333-4444-555555555555");
        assertThat(x.rule().level()).isEqualTo(io.longwatch.core.finding.Level.HIGH);
        assertThat(x.attack().techniques()).containsExactly("T1033");
        assertThat(x.attack().tactics()).containsExactly("TA0007");
        assertThat(x.user()).isEqualTo("CORP\\bob");
        assertThat(x.matches()).extracting(m -> m.field()).containsExactly("Image");
        assertThat(k.engine.fieldsUsed()).contains("Channel", "EventID", "Image", "NewProcessName", "User",
                "SubjectUserName", "TargetUserName");
        assertThat(k.engine.needsAllFields()).isFalse();
        // Security 4688 carries the same rule with its own field names
        assertThat(k.fires(RuleKit.event("Channel", "Security", "EventID", "4688",
                "NewProcessName", "C:\\Windows\\System32\\whoami.exe", "SubjectUserName", "bob"))).isTrue();
        assertThat(k.fires(RuleKit.event("Channel", "Security", "EventID", "4688",
                "NewProcessName", "C:\\Windows\\System32\\whoami.exe", "SubjectUserName", "SYSTEM"))).isFalse();
        // wrong EventID or channel: not routed to the rule
        assertThat(k.fires(RuleKit.event("Channel", "Microsoft-Windows-Sysmon/Operational", "EventID", "3",
                "Image", "C:\\Windows\\System32\\whoami.exe"))).isFalse();
        assertThat(k.fires(RuleKit.event("Image", "C:\\Windows\\System32\\whoami.exe"))).isFalse();
    }
}

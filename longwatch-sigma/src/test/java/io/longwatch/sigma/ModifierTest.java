package io.longwatch.sigma;

import static io.longwatch.sigma.RuleKit.detection;
import static org.assertj.core.api.Assertions.assertThat;

import io.longwatch.core.problem.Problem;
import io.longwatch.core.time.Timestamps;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every value modifier of the Sigma v2.1 detection part, with the spec's edge cases. */
class ModifierTest {

    @Test
    void plainValuesAreCaseInsensitiveWholeValueMatches() {
        RuleKit k = RuleKit.selection("Image", "'C:\\Windows\\cmd.exe'");
        assertThat(k.fires("Image", "c:\\windows\\CMD.EXE")).isTrue();
        assertThat(k.fires("Image", "c:\\windows\\cmd.exe.bak")).isFalse();
        assertThat(k.fires("Other", "c:\\windows\\cmd.exe")).isFalse();
    }

    @Test
    void wildcardsAndEscapes() {
        RuleKit star = RuleKit.selection("Path", "'C:/Users/*/AppData/?ocal/x.exe'");
        assertThat(star.fires("Path", "c:/users/bob/appdata/Local/x.exe")).isTrue();
        assertThat(star.fires("Path", "C:/Users/bob/AppData/LLocal/x.exe")).isFalse();
        assertThat(star.fires("Path", "C:/Users/AppData/Local/x.exe")).isFalse();

        // \* is a literal star, \? a literal question mark, \\ one backslash
        RuleKit escaped = detection("""
                sel:
                    Path: '\\\\\\\\\\*\\\\IPC$'
                    Q: 'what\\?'
                condition: sel
                """);
        assertThat(escaped.fires("Path", "\\\\*\\IPC$", "Q", "what?")).isTrue();
        assertThat(escaped.fires("Path", "\\\\server\\IPC$", "Q", "what?")).isFalse();
        assertThat(escaped.fires("Path", "\\\\*\\IPC$", "Q", "whatx")).isFalse();

        // a trailing backslash stays a literal backslash
        RuleKit trailing = RuleKit.selection("Dir|endswith", "'\\Temp\\'");
        assertThat(trailing.fires("Dir", "C:\\Windows\\Temp\\")).isTrue();
        assertThat(trailing.fires("Dir", "C:\\Windows\\Temp")).isFalse();
    }

    @Test
    void manyContainsValuesAreOneSearchWithTheSameAnswers() {
        // Three or more plain contains values of one item are searched together (AnyContains):
        // short ones by the automaton, long ones by the skipping scanner; both ignore case.
        RuleKit shortOnes = detection("""
                sel:
                    CommandLine|contains:
                        - ' -w '
                        - 'iex'
                        - '-nop'
                        - 'C:\\Temp\\'
                condition: sel
                """);
        assertThat(shortOnes.fires("CommandLine", "powershell -Whidden")).isFalse();
        assertThat(shortOnes.fires("CommandLine", "powershell -W hidden")).isTrue();
        assertThat(shortOnes.fires("CommandLine", "powershell -w hidden -c x")).isTrue();
        assertThat(shortOnes.fires("CommandLine", "IEX(x)")).isTrue();
        assertThat(shortOnes.fires("CommandLine", "run c:\\temp\\a.exe")).isTrue();
        assertThat(shortOnes.fires("CommandLine", "run c:\\temp.exe")).isFalse();
        RuleKit longOnes = detection("""
                sel:
                    ContextInfo|contains:
                        - '= powershell'
                        - 'sdiagnhost.exe -Embedding'
                        - 'ConfigSyncRun.exe'
                condition: not sel
                """);
        String context = "Severity = Informational\r\n" + "x".repeat(3000) + "\r\nHost Application = ";
        assertThat(longOnes.fires("ContextInfo", context + "POWERSHELL.exe -nop")).isFalse();
        assertThat(longOnes.fires("ContextInfo", context + "C:\\Windows\\configsyncrun.EXE")).isFalse();
        assertThat(longOnes.fires("ContextInfo", context + "C:\\Tools\\evil.exe")).isTrue();
        assertThat(longOnes.fires("ContextInfo", "= powershel")).isTrue();
    }

    @Test
    void nullIsAbsentOrNullButNotEmpty() {
        RuleKit isNull = RuleKit.selection("Field", "null");
        assertThat(isNull.fires("Other", "x")).isTrue();
        assertThat(isNull.fires("Field", null)).isTrue();
        assertThat(isNull.fires("Field", "")).isFalse();
        assertThat(isNull.fires("Field", "v")).isFalse();

        RuleKit empty = RuleKit.selection("Field", "''");
        assertThat(empty.fires("Field", "")).isTrue();
        assertThat(empty.fires("Other", "x")).isFalse();
        assertThat(empty.fires("Field", null)).isFalse();
    }

    @Test
    void numbersAndStringsCompareAsText() {
        RuleKit number = RuleKit.selection("EventID", "4688");
        assertThat(number.fires("EventID", "4688")).isTrue();
        assertThat(number.fires("EventID", "46880")).isFalse();
        RuleKit quoted = RuleKit.selection("EventID", "'1'");
        assertThat(quoted.fires("EventID", "1")).isTrue();
        assertThat(quoted.fires("EventID", "11")).isFalse();
    }

    @Test
    void containsStartswithEndswith() {
        RuleKit k = detection("""
                a:
                    A|contains: 'mid'
                b:
                    B|startswith: 'pre'
                c:
                    C|endswith: 'suf'
                condition: a and b and c
                """);
        assertThat(k.fires("A", "xxMIDxx", "B", "PREfix", "C", "theSUF")).isTrue();
        assertThat(k.fires("A", "xxMIDxx", "B", "xpre", "C", "theSUF")).isFalse();
        assertThat(k.fires("A", "xxMIDxx", "B", "pre", "C", "sufx")).isFalse();
    }

    @Test
    void allRequiresEveryValueListOtherwiseAny() {
        RuleKit all = detection("""
                sel:
                    CommandLine|contains|all:
                        - ' -enc '
                        - 'hidden'
                condition: sel
                """);
        assertThat(all.fires("CommandLine", "powershell -enc AAA -w hidden")).isTrue();
        assertThat(all.fires("CommandLine", "powershell -enc AAA")).isFalse();
        RuleKit any = detection("""
                sel:
                    CommandLine|contains:
                        - ' -enc '
                        - 'hidden'
                condition: sel
                """);
        assertThat(any.fires("CommandLine", "powershell -enc AAA")).isTrue();
        // arrays in events: some element must match
        assertThat(any.fires("CommandLine", List.of("a", "x hidden"))).isTrue();
    }

    @Test
    void windashMatchesEveryDashVariant() {
        RuleKit k = RuleKit.selection("CommandLine|contains|windash", "' -urlcache '");
        for (String dash : List.of("-", "/", "\u2013", "\u2014", "\u2015")) {
            assertThat(k.fires("CommandLine", "certutil " + dash + "urlcache -f x")).as(dash).isTrue();
        }
        assertThat(k.fires("CommandLine", "certutil +urlcache -f x")).isFalse();
    }

    @Test
    void base64AndBase64OffsetInAllThreeAlignments() {
        RuleKit plain = RuleKit.selection("Data|base64", "'http://'");
        assertThat(plain.fires("Data", b64("http://"))).isTrue();
        RuleKit k = RuleKit.selection("Data|base64offset|contains", "'http://'");
        for (String prefix : List.of("", "x", "xy", "xyz", "abcd")) {
            String encoded = b64(prefix + "http://evil.example/" + "tail");
            assertThat(k.fires("Data", encoded)).as("prefix '%s'", prefix).isTrue();
        }
        assertThat(k.fires("Data", b64("https://evil.example/"))).isFalse();
    }

    @Test
    void utf16EncodingsWithBase64Offset() {
        String text = "Invoke-Mimikatz";
        check("wide", text, new String(text.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_16LE);
        check("utf16le", text, null, StandardCharsets.UTF_16LE);
        check("utf16be", text, null, StandardCharsets.UTF_16BE);
        // utf16 = byte order mark FF FE + little endian
        RuleKit k = RuleKit.selection("Data|utf16|base64offset|contains", "'Invoke-Mimikatz'");
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertThat(k.fires("Data", "zz" + Base64.getEncoder().encodeToString(withBom))).isTrue();
    }

    private static void check(String modifier, String text, String unused, java.nio.charset.Charset cs) {
        RuleKit k = detection("""
                sel:
                    Data|%s|base64offset|contains: '%s'
                condition: sel
                """.formatted(modifier, text));
        for (int pad = 0; pad < 3; pad++) {
            byte[] t = text.getBytes(cs);
            byte[] all = new byte[t.length + pad + 4];
            System.arraycopy(t, 0, all, pad, t.length);
            assertThat(k.fires("Data", Base64.getEncoder().encodeToString(all))).as(modifier + " pad " + pad).isTrue();
        }
        assertThat(k.fires("Data", b64(text))).as(modifier + " must not match UTF-8 encoding").isFalse();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void regexIsCaseSensitiveByDefaultWithFlags() {
        RuleKit k = RuleKit.selection("CommandLine|re", "'Invoke-[A-Z]\\w+'");
        assertThat(k.fires("CommandLine", "x Invoke-Mimikatz y")).isTrue();
        assertThat(k.fires("CommandLine", "x invoke-mimikatz y")).isFalse();
        RuleKit i = RuleKit.selection("CommandLine|re|i", "'invoke-[a-z]+'");
        assertThat(i.fires("CommandLine", "INVOKE-X")).isTrue();
        RuleKit m = RuleKit.selection("Text|re|m", "'^second$'");
        assertThat(m.fires("Text", "first\nsecond\nthird")).isTrue();
        RuleKit noM = RuleKit.selection("Text|re", "'^second$'");
        assertThat(noM.fires("Text", "first\nsecond\nthird")).isFalse();
        RuleKit s = RuleKit.selection("Text|re|s", "'first.second'");
        assertThat(s.fires("Text", "first\nsecond")).isTrue();
        RuleKit noS = RuleKit.selection("Text|re", "'first.second'");
        assertThat(noS.fires("Text", "first\nsecond")).isFalse();
    }

    @Test
    void casedMatchesCaseSensitively() {
        RuleKit k = RuleKit.selection("Name|cased|contains", "'AbC'");
        assertThat(k.fires("Name", "xxAbCxx")).isTrue();
        assertThat(k.fires("Name", "xxabcxx")).isFalse();
    }

    @Test
    void cidrIpv4AndIpv6() {
        RuleKit k = detection("""
                sel:
                    DestinationIp|cidr:
                        - '10.0.0.0/8'
                        - 'fe80::/10'
                condition: sel
                """);
        assertThat(k.fires("DestinationIp", "10.20.30.40")).isTrue();
        assertThat(k.fires("DestinationIp", "11.0.0.1")).isFalse();
        assertThat(k.fires("DestinationIp", "fe80::1")).isTrue();
        assertThat(k.fires("DestinationIp", "2001:db8::1")).isFalse();
        assertThat(k.fires("DestinationIp", "not-an-ip")).isFalse();
    }

    @Test
    void existsTrueAndFalse() {
        RuleKit yes = RuleKit.selection("Field|exists", "true");
        assertThat(yes.fires("Field", "")).isTrue();
        assertThat(yes.fires("Other", "")).isFalse();
        RuleKit no = RuleKit.selection("Field|exists", "false");
        assertThat(no.fires("Other", "x")).isTrue();
        assertThat(no.fires("Field", "x")).isFalse();
    }

    @Test
    void fieldrefEqualityAndPositions() {
        RuleKit eq = RuleKit.selection("Target|fieldref", "Source");
        assertThat(eq.fires("Target", "ABC", "Source", "abc")).isTrue();
        assertThat(eq.fires("Target", "ABC", "Source", "abd")).isFalse();
        assertThat(eq.fires("Target", "ABC")).isFalse();
        RuleKit sw = RuleKit.selection("CommandLine|fieldref|startswith", "Image");
        assertThat(sw.fires("CommandLine", "c:\\a.exe -x", "Image", "C:\\A.exe")).isTrue();
        assertThat(sw.fires("CommandLine", "x c:\\a.exe", "Image", "C:\\A.exe")).isFalse();
        RuleKit ew = RuleKit.selection("Path|fieldref|endswith", "Name");
        assertThat(ew.fires("Path", "c:\\dir\\evil.exe", "Name", "evil.exe")).isTrue();
        assertThat(ew.fires("Path", "c:\\dir\\evil.exe.txt", "Name", "evil.exe")).isFalse();
        RuleKit ct = RuleKit.selection("CommandLine|fieldref|contains", "User");
        assertThat(ct.fires("CommandLine", "net user bob /add", "User", "BOB")).isTrue();
        assertThat(ct.fires("CommandLine", "net user alice /add", "User", "BOB")).isFalse();
    }

    @Test
    void numericComparisons() {
        RuleKit gt = RuleKit.selection("Port|gt", "1024");
        assertThat(gt.fires("Port", "1025")).isTrue();
        assertThat(gt.fires("Port", "1024")).isFalse();
        assertThat(gt.fires("Port", "abc")).isFalse();
        RuleKit gte = RuleKit.selection("Port|gte", "1024");
        assertThat(gte.fires("Port", "1024")).isTrue();
        assertThat(gte.fires("Port", "1023")).isFalse();
        RuleKit lt = RuleKit.selection("Size|lt", "10");
        assertThat(lt.fires("Size", "9.5")).isTrue();
        assertThat(lt.fires("Size", "10")).isFalse();
        RuleKit lte = RuleKit.selection("Size|lte", "10");
        assertThat(lte.fires("Size", "10")).isTrue();
        assertThat(lte.fires("Size", "11")).isFalse();
    }

    @Test
    void neqMatchesOtherValuesOnly() {
        RuleKit k = RuleKit.selection("User|neq", "'SYSTEM'");
        assertThat(k.fires("User", "bob")).isTrue();
        assertThat(k.fires("User", "system")).isFalse();
        assertThat(k.fires("Other", "x")).isFalse();
    }

    @Test
    void timePartModifiers() {
        long t = Timestamps.parseMicros("2024-05-06T03:15:00Z"); // Monday, ISO week 19
        record Case(String modifier, String match, String miss) { }
        for (Case c : List.of(new Case("minute", "15", "16"), new Case("hour", "3", "4"), new Case("day", "6", "7"),
                new Case("week", "19", "20"), new Case("month", "5", "6"), new Case("year", "2024", "2023"))) {
            RuleKit k = detection("""
                    sel:
                        UtcTime|%s: %s
                    condition: sel
                    """.formatted(c.modifier(), c.match()));
            assertThat(k.fires("UtcTime", "2024-05-06 03:15:00.000")).as(c.modifier()).isTrue();
            // the event's own time when the event lacks the field
            assertThat(k.fires(RuleKit.eventAt(t, "Other", "x"))).as(c.modifier() + " event time").isTrue();
            RuleKit miss = detection("""
                    sel:
                        UtcTime|%s: %s
                    condition: sel
                    """.formatted(c.modifier(), c.miss()));
            assertThat(miss.fires("UtcTime", "2024-05-06 03:15:00.000")).as(c.modifier() + " miss").isFalse();
        }
        RuleKit night = RuleKit.selection("UtcTime|hour|gte", "22");
        assertThat(night.fires("UtcTime", "2024-05-06T23:00:00Z")).isTrue();
        assertThat(night.fires("UtcTime", "2024-05-06T21:00:00Z")).isFalse();
    }

    @Test
    void expandPlaceholders() {
        String yaml = """
                title: placeholder rule
                id: 22222222-2222-3333-4444-555555555555
                logsource:
                    product: test
                detection:
                    sel:
                        User|expand: '%admins%'
                    condition: sel
                """;
        RuleKit k = RuleKit.rule(yaml, RuleKit.placeholders("admins", "alice", "bob"));
        assertThat(k.fires("User", "BOB")).isTrue();
        assertThat(k.fires("User", "carol")).isFalse();
        assertThat(k.problems.count(Problem.Stage.RULE)).isZero();

        RuleKit unresolved = RuleKit.rule(yaml);
        assertThat(unresolved.engine.ruleCount()).isEqualTo(1);
        assertThat(unresolved.fires("User", "%admins%")).isFalse();
        assertThat(unresolved.problems.countsByKind(Problem.Stage.RULE)).containsEntry("placeholder.unresolved", 1L);
        Problem p = unresolved.problems.examples(Problem.Stage.RULE).get(0);
        assertThat(p.place()).isEqualTo("inline.yml (22222222-2222-3333-4444-555555555555)");
        assertThat(p.message()).contains("admins");

        RuleKit contains = RuleKit.rule(yaml.replace("User|expand", "CommandLine|contains|expand"),
                RuleKit.placeholders("%admins%", "alice"));
        assertThat(contains.fires("CommandLine", "runas /user:ALICE cmd")).isTrue();
    }
}

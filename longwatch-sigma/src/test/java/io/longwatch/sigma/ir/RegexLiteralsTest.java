package io.longwatch.sigma.ir;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The regex prefilter literals must be necessary: every match contains one of them. */
class RegexLiteralsTest {

    @Test
    void literalRunsOutsideGroupsAndClasses() {
        assertThat(RegexLiterals.required("\\$PSHome\\[\\s*\\d{1,3}\\s*\\]")).containsExactly("$pshome[");
        assertThat(RegexLiterals.required("cmd.{0,5}(?:/c|/r).+powershell.+\"")).containsExactly("powershell");
        assertThat(RegexLiterals.required("(?i)echo.*clip.*&&")).containsExactly("echo");
        // a lone ] or } is a literal (posh_pm_invoke_obfuscation_clip was never prefiltered for it)
        assertThat(RegexLiterals.required("cmd.{0,5}(?:/c|/r).+clip(?:\\.exe)?.{0,4}&&.+clipboard]::\\(\\s\\\\\"\\{\\d\\}.+-f.+\""))
                .containsExactly("clipboard]::(");
        assertThat(RegexLiterals.required("a}bc")).containsExactly("a}bc");
    }

    @Test
    void allRequiredRunsOfASingleBranch() {
        assertThat(RegexLiterals.allRequired("cmd.{0,5}(?:/c|/r).+powershell.+\"")).containsExactly("cmd", "powershell", "\"");
        // one character counts too: a backtick the script must hold is found without lower-casing it
        assertThat(RegexLiterals.allRequired("\\w+`(\\w+|-|.)`[\\w+|\\s]")).containsExactly("`", "`");
        assertThat(RegexLiterals.allRequired("mimikatz|sekurlsa")).isEmpty();
    }

    @Test
    void optionalCharactersAreDropped() {
        assertThat(RegexLiterals.required("abcd?ef")).containsExactly("abc");
        assertThat(RegexLiterals.required("xyzw*")).containsExactly("xyz");
        assertThat(RegexLiterals.required("ab{0,2}c")).containsExactly("a");
    }

    @Test
    void topLevelAlternativesNeedALiteralEach() {
        assertThat(RegexLiterals.required("mimikatz|sekurlsa")).containsExactly("mimikatz", "sekurlsa");
        assertThat(RegexLiterals.required("mimikatz|.*")).isNull();
        assertThat(RegexLiterals.required("[a-z]+\\d")).isNull();
        assertThat(RegexLiterals.required("(unbalanced")).isNull();
        assertThat(RegexLiterals.required("(?x) foo bar")).isNull();
        assertThat(RegexLiterals.required("\\Qa.b\\E")).isNull();
    }

    @Test
    void literalsAreNecessaryForMatches() {
        String[] samples = {"x $PSHome[ 4 ]+$PSHome[", "cmd /c powershell -x \"", "ECHO foo | clip && x"};
        String[] regexes = {"\\$PSHome\\[\\s*\\d{1,3}\\s*\\]", "cmd.{0,5}(?:/c|/r).+powershell.+\"", "(?i)echo.*clip.*&&"};
        for (int i = 0; i < samples.length; i++) {
            RegexMatcher m = new RegexMatcher(regexes[i], false, false, false, "test");
            assertThat(m.test(samples[i], samples[i].toLowerCase(), null)).isTrue();
            assertThat(samples[i].toLowerCase()).contains(m.triggers()[0]);
        }
    }
}

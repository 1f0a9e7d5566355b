package io.longwatch.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttackTest {

    @Test
    void readsTechniquesTacticsAndGroupsFromSigmaTags() {
        Attack a = Attack.fromSigmaTags(List.of("attack.execution", "attack.t1059.001", "attack.T1218",
                "attack.defense_evasion", "attack.g0032", "attack.s0002", "cve.2021-26855", "detection.threat-hunting"));
        assertThat(a.techniques()).containsExactly("T1059.001", "T1218");
        assertThat(a.tactics()).containsExactly("TA0002", "TA0005");
        assertThat(a.other()).containsExactly("G0032", "S0002");
    }

    @Test
    void unknownTacticNamesAreIgnoredNotInvented() {
        Attack a = Attack.fromSigmaTags(List.of("attack.not-a-tactic", "attack.t12"));
        assertThat(a.techniques()).isEmpty();
        assertThat(a.tactics()).isEmpty();
    }

    @Test
    void levelsParseCaseInsensitively() {
        assertThat(Level.parse("High")).isEqualTo(Level.HIGH);
        assertThat(Level.parse("bogus")).isNull();
        assertThat(Level.CRITICAL.compareTo(Level.LOW)).isPositive();
    }
}

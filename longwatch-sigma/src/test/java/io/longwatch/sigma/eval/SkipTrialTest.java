package io.longwatch.sigma.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkipTrialTest {

    /** Runs a trial in which skipping costs {@code skipNs} and the automaton {@code autoNs} per character. */
    private static SkipTrial decide(long skipNs, long autoNs) {
        SkipTrial t = new SkipTrial();
        int values = 0;
        while (t.timing()) {
            boolean skip = t.skipNext();
            if (!t.timing()) {
                break;
            }
            t.record(skip, 1000, (skip ? skipNs : autoNs) * 1000);
            values++;
        }
        // Alternating, each method needs TRIAL_CHARS / 1000 values of 1,000 characters.
        assertThat(values).isEqualTo(2 * (int) Math.ceil(SkipTrial.TRIAL_CHARS / 1000.0));
        return t;
    }

    @Test
    void alternatesWhileTrying() {
        SkipTrial t = new SkipTrial();
        boolean first = t.skipNext();
        t.record(first, 10, 10);
        assertThat(t.skipNext()).isNotEqualTo(first);
    }

    @Test
    void keepsTheFasterMethod() {
        SkipTrial skipWins = decide(1, 6);
        assertThat(skipWins.choseSkipping()).isTrue();
        assertThat(skipWins.skipNext()).isTrue();
        SkipTrial automatonWins = decide(33, 5);
        assertThat(automatonWins.choseSkipping()).isFalse();
        assertThat(automatonWins.skipNext()).isFalse();
        assertThat(automatonWins.timing()).isFalse();
    }

    @Test
    void triesAgainAfterManyValues() {
        SkipTrial t = decide(1, 6);
        for (int i = 1; i < SkipTrial.RETRY_AFTER; i++) {
            assertThat(t.skipNext()).isTrue();
            assertThat(t.timing()).isFalse();
        }
        t.skipNext();
        assertThat(t.timing()).isTrue();
        assertThat(t.choseSkipping()).isFalse();
    }
}

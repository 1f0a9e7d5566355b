package io.longwatch.sigma.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScanMemoTest {

    @Test
    void answersOnlyTheValueItWasToldAbout() {
        ScanMemo memo = new ScanMemo();
        String trace = "C:\\Windows\\SYSTEM32\\ntdll.dll+9d204|UNKNOWN(00007FF8)";
        assertThat(memo.lookup(trace)).isNull();
        memo.remember(trace, new int[] {7, 3, 7});
        // A different String object with the same text is the same value.
        assertThat(memo.lookup(new String(trace.toCharArray()))).containsExactly(7, 3, 7);
        assertThat(memo.lookup(trace + "x")).isNull();
    }

    @Test
    void aNewcomerInTheSameSlotReplacesTheOldEntry() {
        ScanMemo memo = new ScanMemo();
        // "Aa" and "BB" share a hash code, hence a slot.
        String a = "prefix-long-enough-Aa";
        String b = "prefix-long-enough-BB";
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        memo.remember(a, new int[] {1});
        memo.remember(b, new int[] {2});
        assertThat(memo.lookup(a)).isNull();
        assertThat(memo.lookup(b)).containsExactly(2);
    }

    @Test
    void standsAsideWhereValuesDoNotRepeatAndComesBackLater() {
        ScanMemo memo = new ScanMemo();
        memo.remember("a value that repeats", new int[] {5});
        int lookups = 0;
        // Unique values: the window closes with almost nothing found.
        while (memo.active()) {
            String v = "sequence number " + lookups++;
            if (memo.lookup(v) == null) {
                memo.remember(v, new int[0]);
            }
        }
        assertThat(lookups).isEqualTo(512);
        // The memo was cleared when it stood aside.
        int skipped = 0;
        while (!memo.active()) {
            skipped++;
        }
        assertThat(skipped).isEqualTo((1 << 16) - 1); // the loop test above took the first
        assertThat(memo.lookup("a value that repeats")).isNull();
    }

    @Test
    void staysInUseWhereValuesRepeat() {
        ScanMemo memo = new ScanMemo();
        for (int i = 0; i < 10_000; i++) {
            assertThat(memo.active()).isTrue();
            String v = "image path number " + (i % 50);
            if (memo.lookup(v) == null) {
                memo.remember(v, new int[] {i % 50});
            }
        }
        assertThat(memo.lookup("image path number 7")).containsExactly(7);
    }
}

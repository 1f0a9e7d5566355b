package io.longwatch.sigma.eval;

import java.util.Arrays;

/**
 * What one field's prefilter found in recent values, so that a value seen again is looked up
 * instead of scanned. Logs repeat themselves: on the OTRF corpus 98 % of Sysmon call traces
 * (850 characters on average) and 99 % of image paths are one of the last thousand seen. A
 * lookup costs a hash and a comparison of the value; a scan of a call trace costs a few
 * microseconds.
 *
 * <p>The answer stored is the exact sequence of payloads the scan reported, replayed in the same
 * order, so findings and their order do not depend on the memo. Direct-mapped: a value's hash
 * picks its one slot and a newcomer replaces the entry there. Where values rarely repeat (a
 * PowerShell context with a fresh sequence number in every event) the memo would cost without
 * paying: after a window of lookups with few hits it clears itself and stands aside for a
 * while, then tries again. One per matcher thread and scanned field; not thread-safe.
 */
final class ScanMemo {

    /** Shorter values are scanned: the lookup would cost about as much. */
    static final int MIN_LENGTH = 16;
    /** Longer values are scanned: they rarely repeat and would pin much memory. */
    static final int MAX_LENGTH = 4096;

    private static final int SLOTS = 1024;
    /** Lookups per judgement of the hit rate. */
    private static final int WINDOW = 512;
    /** Values let pass without the memo after a window with fewer than a quarter found. */
    private static final int PAUSE = 1 << 16;

    private String[] keys = new String[SLOTS];
    private int[][] answers = new int[SLOTS][];
    private int lookups;
    private int found;
    private int paused;

    /** Whether the memo is in use for this value; false while it stands aside. */
    boolean active() {
        if (paused > 0) {
            paused--;
            return false;
        }
        return true;
    }

    /** The payloads remembered for {@code value}, or null when it is not remembered. */
    int[] lookup(String value) {
        int slot = slot(value);
        String k = keys[slot];
        int[] answer = k != null && k.equals(value) ? answers[slot] : null;
        if (answer != null) {
            found++;
        }
        if (++lookups == WINDOW) {
            if (found * 4 < lookups) {
                Arrays.fill(keys, null);
                Arrays.fill(answers, null);
                paused = PAUSE;
            }
            lookups = 0;
            found = 0;
        }
        return answer;
    }

    /** Remembers the payloads a scan of {@code value} reported, in their order. */
    void remember(String value, int[] payloads) {
        if (paused > 0) {
            return; // the lookup that judged the window has just stood the memo aside
        }
        int slot = slot(value);
        keys[slot] = value;
        answers[slot] = payloads;
    }

    private static int slot(String value) {
        int h = value.hashCode();
        return (h ^ (h >>> 16)) & (SLOTS - 1);
    }
}

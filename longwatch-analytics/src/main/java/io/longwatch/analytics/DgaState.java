package io.longwatch.analytics;

import io.longwatch.core.event.SourceRef;
import java.util.HashMap;

/**
 * What one run knows about one source's DNS lookups for the DGA analytic: the distinct registrable
 * domains it asked for (capped) and whether each ever got NXDOMAIN.
 */
final class DgaState extends Observed {

    final long src;
    /** Registrable domain -> [queries, 1 if any answer was NXDOMAIN]. */
    final HashMap<String, int[]> domains = new HashMap<>();
    boolean saturated;

    DgaState(long src) {
        this.src = src;
    }

    void accept(String registrable, boolean nx, long micros, SourceRef source, int cap) {
        see(micros, source);
        int[] d = domains.get(registrable);
        if (d == null) {
            if (domains.size() >= cap) {
                saturated = true;
                return;
            }
            d = new int[2];
            domains.put(registrable, d);
        }
        d[0]++;
        if (nx) {
            d[1] = 1;
        }
    }

    void absorb(DgaState o) {
        for (var e : o.domains.entrySet()) {
            int[] mine = domains.get(e.getKey());
            if (mine == null) {
                domains.put(e.getKey(), e.getValue().clone());
            } else {
                mine[0] += e.getValue()[0];
                mine[1] |= e.getValue()[1];
            }
        }
        saturated |= o.saturated;
        absorbSpan(o);
    }
}

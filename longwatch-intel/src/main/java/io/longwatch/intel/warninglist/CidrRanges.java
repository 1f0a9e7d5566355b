package io.longwatch.intel.warninglist;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The address ranges of one CIDR warning list, sorted and merged, for a binary search per lookup.
 * IPv6 addresses are kept as two unsigned longs (high, low).
 */
final class CidrRanges {

    private final long[] v4Start;
    private final long[] v4End;
    private final long[][] v6Start;
    private final long[][] v6End;

    private CidrRanges(long[] v4Start, long[] v4End, long[][] v6Start, long[][] v6End) {
        this.v4Start = v4Start;
        this.v4End = v4End;
        this.v6Start = v6Start;
        this.v6End = v6End;
    }

    /** Collects ranges; {@link #add} answers false for text that is not an address or block. */
    static final class Builder {
        private final List<long[]> v4 = new ArrayList<>();
        private final List<long[][]> v6 = new ArrayList<>();

        boolean add(String entry) {
            IPAddress a = new IPAddressString(entry.strip()).getAddress();
            if (a == null) {
                return false;
            }
            IPAddress block = a.getNetworkPrefixLength() == null ? a : a.toPrefixBlock();
            if (block.isIPv4()) {
                v4.add(new long[] {block.getLower().getValue().longValue(), block.getUpper().getValue().longValue()});
            } else {
                v6.add(new long[][] {split(block.getLower().getValue()), split(block.getUpper().getValue())});
            }
            return true;
        }

        CidrRanges build() {
            v4.sort(Comparator.comparingLong(r -> r[0]));
            List<long[]> merged4 = new ArrayList<>();
            for (long[] r : v4) {
                long[] last = merged4.isEmpty() ? null : merged4.get(merged4.size() - 1);
                if (last != null && r[0] <= last[1] + 1) {
                    last[1] = Math.max(last[1], r[1]);
                } else {
                    merged4.add(r.clone());
                }
            }
            v6.sort((x, y) -> compare(x[0], y[0]));
            List<long[][]> merged6 = new ArrayList<>();
            for (long[][] r : v6) {
                long[][] last = merged6.isEmpty() ? null : merged6.get(merged6.size() - 1);
                if (last != null && compare(r[0], last[1]) <= 0) {
                    if (compare(r[1], last[1]) > 0) {
                        last[1] = r[1];
                    }
                } else {
                    merged6.add(new long[][] {r[0], r[1]});
                }
            }
            long[] s4 = new long[merged4.size()];
            long[] e4 = new long[merged4.size()];
            for (int i = 0; i < s4.length; i++) {
                s4[i] = merged4.get(i)[0];
                e4[i] = merged4.get(i)[1];
            }
            long[][] s6 = new long[merged6.size()][];
            long[][] e6 = new long[merged6.size()][];
            for (int i = 0; i < s6.length; i++) {
                s6[i] = merged6.get(i)[0];
                e6[i] = merged6.get(i)[1];
            }
            return new CidrRanges(s4, e4, s6, e6);
        }
    }

    boolean isEmpty() {
        return v4Start.length == 0 && v6Start.length == 0;
    }

    /** Whether an IPv4 address (as an unsigned 32-bit value) is in a range. */
    boolean containsV4(long addr) {
        int i = Arrays.binarySearch(v4Start, addr);
        if (i >= 0) {
            return true;
        }
        int before = -i - 2;
        return before >= 0 && v4End[before] >= addr;
    }

    /** Whether an IPv6 address (high and low 64 bits) is in a range. */
    boolean containsV6(long[] addr) {
        int lo = 0;
        int hi = v6Start.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(v6Start[mid], addr) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && compare(v6End[found], addr) >= 0;
    }

    static long[] split(BigInteger v) {
        return new long[] {v.shiftRight(64).longValue(), v.longValue()};
    }

    private static int compare(long[] a, long[] b) {
        int c = Long.compareUnsigned(a[0], b[0]);
        return c != 0 ? c : Long.compareUnsigned(a[1], b[1]);
    }
}

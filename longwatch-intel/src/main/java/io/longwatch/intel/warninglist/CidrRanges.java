package io.longwatch.intel.warninglist;

import com.google.common.net.InetAddresses;
import io.longwatch.intel.IndicatorValues;
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
            long[] v4Range = ipv4Range(entry.strip());
            if (v4Range != null) {
                v4.add(v4Range);
                return true;
            }
            long[][] v6Range = ipv6Range(entry.strip());
            if (v6Range == null) {
                return false;
            }
            v6.add(v6Range);
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

    /** {@code ipv6} or {@code ipv6/n} as [first, last], each as (high, low); null when not IPv6. */
    static long[][] ipv6Range(String s) {
        int slash = s.indexOf('/');
        String addr = slash < 0 ? s : s.substring(0, slash);
        if (addr.indexOf(':') < 0 || !InetAddresses.isInetAddress(addr)) {
            return null;
        }
        int prefix = 128;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (prefix < 0 || prefix > 128) {
                return null;
            }
        }
        long[] v = ipv6(addr);
        if (v == null) {
            return null;
        }
        long hiMask = prefix >= 64 ? -1L : prefix == 0 ? 0 : -1L << (64 - prefix);
        long loMask = prefix <= 64 ? 0 : prefix == 128 ? -1L : -1L << (128 - prefix);
        return new long[][] {{v[0] & hiMask, v[1] & loMask}, {v[0] | ~hiMask, v[1] | ~loMask}};
    }

    /** An IPv6 address as (high, low), or null when the text is not one. */
    static long[] ipv6(String addr) {
        if (!InetAddresses.isInetAddress(addr)) {
            return null;
        }
        byte[] b = InetAddresses.forString(addr).getAddress();
        if (b.length == 4) {
            // an IPv4-mapped address (::ffff:a.b.c.d), which the parser hands back as IPv4
            return new long[] {0, 0xFFFF00000000L | ((b[0] & 0xFFL) << 24) | ((b[1] & 0xFFL) << 16)
                    | ((b[2] & 0xFFL) << 8) | (b[3] & 0xFFL)};
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (b[i] & 0xFF);
            lo = (lo << 8) | (b[i + 8] & 0xFF);
        }
        return new long[] {hi, lo};
    }

    /** {@code a.b.c.d} or {@code a.b.c.d/n} as [first, last]; null for anything else. */
    static long[] ipv4Range(String s) {
        long block = IndicatorValues.ipv4Block(s);
        if (block < 0) {
            return null;
        }
        long size = 1L << (32 - (block & 63));
        long first = (block >>> 6) & ~(size - 1) & 0xFFFFFFFFL;
        return new long[] {first, first + size - 1};
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

    private static int compare(long[] a, long[] b) {
        int c = Long.compareUnsigned(a[0], b[0]);
        return c != 0 ? c : Long.compareUnsigned(a[1], b[1]);
    }
}

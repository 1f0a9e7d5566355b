package io.longwatch.analytics;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.HashMap;

/**
 * A run's view of addresses as numbers. An IPv4 address is its own key (0 to 2^32 - 1): parsed from
 * the text on every event without allocating, classified by a scan of a few networks, never stored.
 * Any other address (IPv6, unparsable text) is keyed by a 62-bit hash of its text with bit 62 set,
 * classified once and remembered with its text. Keys are the same in every run, so runs merge by
 * number. {@link #classify} leaves the classification in {@link #internal}, {@link #allowed} and
 * {@link #unicast}. Not thread-safe: one per run.
 */
final class HostTable {

    /** Bit marking a key that is not an IPv4 address. */
    static final long OTHER = 1L << 62;
    /** Host bits of a non-IPv4 key in scan entries: bit 32 set plus 41 bits of its hash. */
    private static final long HOST_BITS_OTHER = 1L << 32;
    private static final long HOST_BITS_MASK = (1L << 41) - 1;

    private final CidrSet internalNets;
    private final AllowList allow;
    private final HashMap<String, Host> others = new HashMap<>();
    /** Non-IPv4 key -> text, for rendering findings. */
    final LongMap<String> otherTexts = new LongMap<>();

    boolean internal;
    boolean allowed;
    boolean unicast;

    HostTable(CidrSet internal, AllowList allow) {
        this.internalNets = internal;
        this.allow = allow;
    }

    /** The key of an address; its classification is left in the fields. */
    long classify(String text) {
        long v4 = parseV4(text);
        if (v4 >= 0) {
            int a = (int) v4;
            int first = (a >>> 24) & 0xff;
            unicast = a != 0 && a != -1 && !(first >= 224 && first <= 239);
            internal = internalNets.containsV4(a);
            allowed = allow.allowsV4(a);
            return v4;
        }
        Host h = others.get(text);
        if (h == null) {
            h = other(text);
            others.put(text, h);
            otherTexts.put(h.key(), text);
        }
        internal = h.internal();
        allowed = h.allowed();
        unicast = h.unicast();
        return h.key();
    }

    private Host other(String text) {
        long key = OTHER | (LongSet.hash(text) & (OTHER - 1));
        IPAddress a = new IPAddressString(text).getAddress();
        if (a == null) {
            return new Host(key, false, false, false);
        }
        boolean unicast = !a.isMulticast() && !a.isZero() && !(a.isIPv4() && a.isMax());
        return new Host(key, internalNets.contains(a), allow.allowsAddress(a), unicast);
    }

    /** A key as scan-entry host bits (at most 42 bits). */
    static long hostBits(long key) {
        return key < OTHER ? key : HOST_BITS_OTHER | (key & HOST_BITS_MASK);
    }

    /** Text of an IPv4 key. */
    static String v4Text(long key) {
        return ((key >>> 24) & 255) + "." + ((key >>> 16) & 255) + "." + ((key >>> 8) & 255) + "." + (key & 255);
    }

    /** A dotted-quad IPv4 address as an unsigned int in a long, or -1 (then the full parser decides). */
    static long parseV4(String s) {
        int n = s.length();
        if (n < 7 || n > 15) {
            return -1;
        }
        long value = 0;
        int octet = 0;
        int digits = 0;
        int dots = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits > 0 && octet == 0) {
                    return -1;
                }
                octet = octet * 10 + (c - '0');
                if (++digits > 3 || octet > 255) {
                    return -1;
                }
            } else if (c == '.' && digits > 0 && dots < 3) {
                value = (value << 8) | octet;
                octet = 0;
                digits = 0;
                dots++;
            } else {
                return -1;
            }
        }
        if (dots != 3 || digits == 0) {
            return -1;
        }
        return (value << 8) | octet;
    }
}

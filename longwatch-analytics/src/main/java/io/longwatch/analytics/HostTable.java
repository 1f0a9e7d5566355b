package io.longwatch.analytics;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** A run's addresses: each distinct text parsed and classified once, then found by a hash lookup. */
final class HostTable {

    private final CidrSet internal;
    private final AllowList allow;
    private final HashMap<String, Host> byAddress = new HashMap<>();
    private final List<Host> byId = new ArrayList<>();

    HostTable(CidrSet internal, AllowList allow) {
        this.internal = internal;
        this.allow = allow;
    }

    Host get(String address) {
        Host h = byAddress.get(address);
        if (h == null) {
            h = classify(address, byId.size());
            byAddress.put(address, h);
            byId.add(h);
        }
        return h;
    }

    Host byId(int id) {
        return byId.get(id);
    }

    int size() {
        return byId.size();
    }

    private Host classify(String text, int id) {
        long v4 = parseV4(text);
        if (v4 >= 0) {
            int a = (int) v4;
            int first = (a >>> 24) & 0xff;
            boolean unicast = a != 0 && a != -1 && !(first >= 224 && first <= 239);
            return new Host(id, text, internal.containsV4(a), allow.allowsV4(a), unicast);
        }
        IPAddress a = new IPAddressString(text).getAddress();
        if (a == null) {
            return new Host(id, text, false, false, false);
        }
        boolean unicast = !a.isMulticast() && !a.isZero() && !isBroadcast(a);
        return new Host(id, text, internal.contains(a), allow.allowsAddress(a), unicast);
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

    private static boolean isBroadcast(IPAddress a) {
        return a.isIPv4() && a.isMax();
    }
}

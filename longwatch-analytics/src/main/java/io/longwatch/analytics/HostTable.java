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
        IPAddress a = new IPAddressString(text).getAddress();
        if (a == null) {
            return new Host(id, text, false, false, false);
        }
        boolean unicast = !a.isMulticast() && !a.isZero() && !isBroadcast(a);
        return new Host(id, text, internal.contains(a), allow.allowsAddress(a), unicast);
    }

    private static boolean isBroadcast(IPAddress a) {
        return a.isIPv4() && a.isMax();
    }
}

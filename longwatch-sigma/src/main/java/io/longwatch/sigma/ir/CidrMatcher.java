package io.longwatch.sigma.ir;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/** {@code cidr}: the element is an IPv4 or IPv6 address inside the network. */
public final class CidrMatcher implements ValueMatcher {

    private final IPAddress network;
    private final String text;

    /** @throws IllegalArgumentException when the CIDR text is invalid */
    public CidrMatcher(String cidr) {
        IPAddress a = new IPAddressString(cidr.trim()).getAddress();
        if (a == null) {
            throw new IllegalArgumentException("invalid CIDR '" + cidr + "'");
        }
        this.network = a.toPrefixBlock();
        this.text = cidr;
    }

    @Override
    public boolean test(String value, String lower, FieldAccess ctx) {
        if (value.isEmpty() || value.length() > 64) {
            return false;
        }
        char c = value.charAt(0);
        if (!(Character.isDigit(c) || c == ':' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '[')) {
            return false;
        }
        IPAddress addr = new IPAddressString(value.trim()).getAddress();
        return addr != null && addr.getIPVersion() == network.getIPVersion() && network.contains(addr);
    }

    @Override
    public String[] triggers() {
        return null;
    }

    @Override
    public String toString() {
        return "cidr " + text;
    }

    @Override
    public boolean needsLower() {
        return false;
    }
}

package io.longwatch.sigma.ir;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.longwatch.core.net.Ipv4;

/** {@code cidr}: the element is an IPv4 or IPv6 address inside the network. */
public final class CidrMatcher implements ValueMatcher {

    private final IPAddress network;
    private final String text;
    /** For an IPv4 network: its first address and mask, so dotted quads are tested without parsing objects. */
    private final boolean v4;
    private final long v4Base;
    private final long v4Mask;

    /** @throws IllegalArgumentException when the CIDR text is invalid */
    public CidrMatcher(String cidr) {
        IPAddress a = new IPAddressString(cidr.trim()).getAddress();
        if (a == null) {
            throw new IllegalArgumentException("invalid CIDR '" + cidr + "'");
        }
        this.network = a.toPrefixBlock();
        this.text = cidr;
        this.v4 = network.isIPv4();
        int bits = network.getPrefixLength() == null ? 32 : network.getPrefixLength();
        this.v4Mask = v4 ? (0xFFFF_FFFFL << (32 - bits)) & 0xFFFF_FFFFL : 0;
        this.v4Base = v4 ? network.getLower().getValue().longValue() & v4Mask : 0;
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
        // Plain dotted quads (most values) are answered here; anything else goes to the library.
        long quad = Ipv4.parse(value, 0, value.length());
        if (quad >= 0 && !Ipv4.hasLeadingZero(value, 0, value.length())) {
            return v4 && (quad & v4Mask) == v4Base;
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

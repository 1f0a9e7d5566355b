package io.longwatch.analytics;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv4.IPv4AddressTrie;
import inet.ipaddr.ipv6.IPv6Address;
import inet.ipaddr.ipv6.IPv6AddressTrie;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of IPv4 and IPv6 networks answering "is this address inside one of them" through a prefix
 * trie, so thousands of CIDRs cost a few comparisons per distinct address. Immutable once built.
 */
final class CidrSet {

    /** Up to this many IPv4 networks are checked by a plain scan of (network, mask) pairs. */
    private static final int LINEAR_V4 = 64;

    private final IPv4AddressTrie v4;
    private final IPv6AddressTrie v6;
    private final List<String> entries;
    /** IPv4 networks as (network, mask) pairs, or null when there are too many for a scan. */
    private final int[] v4Pairs;

    private CidrSet(IPv4AddressTrie v4, IPv6AddressTrie v6, List<String> entries) {
        this.v4 = v4;
        this.v6 = v6;
        this.entries = List.copyOf(entries);
        int n = (int) v4.size();
        if (n <= LINEAR_V4) {
            v4Pairs = new int[2 * n];
            int i = 0;
            for (IPv4Address block : v4) {
                int prefix = block.getNetworkPrefixLength() == null ? 32 : block.getNetworkPrefixLength();
                int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
                v4Pairs[i++] = block.getLower().intValue() & mask;
                v4Pairs[i++] = mask;
            }
        } else {
            v4Pairs = null;
        }
    }

    /** Whether an IPv4 address (as an int, network byte order) lies inside one of the networks. */
    boolean containsV4(int address) {
        if (v4Pairs != null) {
            for (int i = 0; i < v4Pairs.length; i += 2) {
                if ((address & v4Pairs[i + 1]) == v4Pairs[i]) {
                    return true;
                }
            }
            return false;
        }
        return v4.elementContains(new IPv4Address(address));
    }

    /**
     * Builds the set; every entry that is not an address or CIDR is passed to {@code bad} and skipped.
     *
     * @param bad receives (index, entry) of each entry that could not be parsed
     */
    static CidrSet of(List<String> cidrs, BadEntry bad) {
        IPv4AddressTrie v4 = new IPv4AddressTrie();
        IPv6AddressTrie v6 = new IPv6AddressTrie();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < cidrs.size(); i++) {
            String raw = cidrs.get(i).trim();
            IPAddress addr = new IPAddressString(raw).getAddress();
            if (addr == null) {
                bad.report(i, raw);
                continue;
            }
            IPAddress block = addr.toPrefixBlock();
            if (block instanceof IPv4Address a) {
                v4.add(a);
            } else if (block instanceof IPv6Address a) {
                v6.add(a);
            }
            kept.add(raw);
        }
        return new CidrSet(v4, v6, kept);
    }

    /** Whether the (already parsed) address lies inside one of the networks. */
    boolean contains(IPAddress address) {
        if (address instanceof IPv4Address a) {
            return !v4.isEmpty() && v4.elementContains(a);
        }
        if (address instanceof IPv6Address a) {
            if (a.isIPv4Mapped()) {
                return contains(a.getEmbeddedIPv4Address());
            }
            return !v6.isEmpty() && v6.elementContains(a);
        }
        return false;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The entries as given (trimmed), for reporting. */
    List<String> entries() {
        return entries;
    }

    /** Receives an entry that is not an address or CIDR. */
    @FunctionalInterface
    interface BadEntry {
        void report(int index, String entry);
    }
}

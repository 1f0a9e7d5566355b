package io.longwatch.analytics;

/**
 * A non-IPv4 address as a run saw it, classified once (IPv4 addresses need no object: see
 * {@link HostTable}).
 *
 * @param key the address key ({@link HostTable#key})
 * @param internal inside {@link AnalyticsOptions#internalNetworks()}
 * @param allowed inside the allow list's networks
 * @param unicast a real unicast peer (multicast, broadcast and unparsable addresses are not)
 */
record Host(long key, boolean internal, boolean allowed, boolean unicast) {
}

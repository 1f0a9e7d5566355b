package io.longwatch.analytics;

/**
 * One address as a run saw it, classified once: internal (inside the monitored networks), allowed
 * (allow list), or not a unicast peer (multicast, broadcast, unspecified, unparsable).
 *
 * @param id the run-local id, dense from 0
 * @param address the address text as logged
 * @param internal inside {@link AnalyticsOptions#internalNetworks()}
 * @param allowed inside the allow list's networks
 * @param unicast a real unicast peer (multicast, broadcast and unparsable addresses are not)
 */
record Host(int id, String address, boolean internal, boolean allowed, boolean unicast) {
}

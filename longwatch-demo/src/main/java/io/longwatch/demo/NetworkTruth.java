package io.longwatch.demo;

import java.util.List;

/**
 * What the campaign did on the wire, as the network sensor saw it: the answers the network
 * analytics and the indicator sweep are scored against.
 *
 * @param channels command-and-control and tunnel traffic, one entry per source→destination pair
 * @param scans the operator's port sweeps
 */
public record NetworkTruth(List<Channel> channels, List<Scan> scans) {

    public NetworkTruth {
        channels = List.copyOf(channels);
        scans = List.copyOf(scans);
    }

    /**
     * Malicious traffic between one internal host and one outside address.
     *
     * @param kind {@code beacon} (periodic check-ins), {@code connection} (a few C2 connections, no schedule)
     *     or {@code tunnel} (long-lived connections)
     * @param source internal address
     * @param destination outside address
     * @param ports destination ports used
     * @param connections conn.log records of the pair
     * @param firstMicros first connection start
     * @param lastMicros last connection start
     * @param technique ATT&amp;CK technique
     * @param description what it is
     */
    public record Channel(String kind, String source, String destination, List<Integer> ports, int connections,
            long firstMicros, long lastMicros, String technique, String description) {

        public Channel {
            ports = List.copyOf(ports);
        }
    }

    /**
     * A port sweep from one host.
     *
     * @param source scanning address
     * @param targets distinct addresses probed
     * @param ports distinct ports probed
     * @param probes connection attempts
     * @param firstMicros first probe
     * @param lastMicros last probe
     */
    public record Scan(String source, int targets, int ports, int probes, long firstMicros, long lastMicros) {
    }
}

package io.longwatch.analytics;

/**
 * One destination name as a run saw it (DNS query, HTTP Host, TLS SNI), normalised and classified once.
 *
 * @param key a 62-bit hash of the name with bit 61 set: the same in every run, never an address key
 * @param name lower-case name without trailing dot
 * @param registrable the registrable domain, or null for address literals and invalid names
 * @param allowed matched by the domain allow list
 */
record Name(long key, String name, String registrable, boolean allowed) {
}

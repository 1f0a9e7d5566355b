package io.longwatch.analytics;

/**
 * One destination name as a run saw it (DNS query, HTTP Host, TLS SNI), normalised and classified once.
 *
 * @param id the run-local id, dense from 0
 * @param name lower-case name without trailing dot
 * @param registrable the registrable domain, or null for address literals and invalid names
 * @param allowed matched by the domain allow list
 */
record Name(int id, String name, String registrable, boolean allowed) {
}

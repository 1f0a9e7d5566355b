/**
 * Indicator matching for the hunt. {@link io.longwatch.intel.match.IndicatorIndex} compiles typed
 * indicators into lookup tables (IPv4/IPv6 addresses and CIDR blocks per prefix length, domain label
 * suffixes, normalised URLs, hashes per algorithm, mail addresses, file names);
 * {@link io.longwatch.intel.match.FieldMapping} says, as data ({@code field-types.json}), which event
 * fields carry which observables in each log layout; {@link io.longwatch.intel.match.IntelDetector}
 * is the hunt detector: value lookups per event, STIX single-event patterns per event, sequence
 * patterns (FOLLOWEDBY, WITHIN, REPEATS, START/STOP) per host over event time at the end of the run,
 * findings of kind {@code intel} ({@link io.longwatch.intel.match.IntelFindings}).
 */
package io.longwatch.intel.match;

/**
 * STIX 2.1 export of intel findings: {@link io.longwatch.intel.export.StixExport} turns the findings a
 * hunt wrote into a bundle of sightings, observed-data and cyber-observables with deterministic
 * (UUIDv5) identifiers.
 */
package io.longwatch.intel.export;

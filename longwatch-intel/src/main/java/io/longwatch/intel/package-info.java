/**
 * Threat intelligence: indicators imported from STIX 2.0/2.1 bundles, MISP events and feeds, CSV and
 * plain lists; MISP warning lists; the indicator matcher the hunt runs; STIX 2.1 export of sightings.
 */
package io.longwatch.intel;

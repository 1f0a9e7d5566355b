/**
 * Log-source mapping data (resource {@code mapping/windows.yml}): services to channels,
 * categories to EventIDs and field renames, read into {@link io.longwatch.sigma.mapping.Route}s.
 * Internal to the Sigma module; the public face is {@link io.longwatch.sigma.LogsourceMapping}.
 */
package io.longwatch.sigma.mapping;

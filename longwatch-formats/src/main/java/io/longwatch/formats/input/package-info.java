/**
 * Input plumbing behind {@link io.longwatch.formats.Inputs} and
 * {@link io.longwatch.formats.EventReaders}: directory walking, zip and gzip expansion
 * (including salvage of truncated zips), and format sniffing. Public only so the parent
 * package can use it; not an API of its own.
 */
package io.longwatch.formats.input;

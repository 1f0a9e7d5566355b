/**
 * Log readers: turn files, archives and streams into {@link io.longwatch.core.event.Event}s.
 *
 * <p>The API the CLI and engines call:
 * <ul>
 *   <li>{@link io.longwatch.formats.Inputs#expand} — paths ({@code -}, files, directories,
 *       {@code .zip}, {@code .gz}) to {@link io.longwatch.formats.InputUnit}s;</li>
 *   <li>{@link io.longwatch.formats.EventReaders#read} — one unit to events, with
 *       {@link io.longwatch.formats.ReadOptions} (a {@link io.longwatch.formats.FieldInterest}
 *       and a record size limit), returning {@link io.longwatch.formats.ReadStats}.</li>
 * </ul>
 *
 * <p>Content is sniffed, never trusted by name: {@link io.longwatch.formats.Format} lists what
 * the sniffer recognises, and {@code EventReaders} dispatches on it. Adding a format means one
 * constant, its signature in {@code input.Sniffer}, and one reader. Nothing here throws for bad
 * content: unreadable inputs and bad records go to the {@link io.longwatch.core.problem.ProblemSink}
 * with their place ({@code file}, {@code file:line}, {@code archive.zip!/member:line}).
 */
package io.longwatch.formats;

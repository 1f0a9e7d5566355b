/**
 * Native reader for Windows XML Event Log ({@code .evtx}) files, written from the published format
 * description (libyal's "Windows XML Event Log (EVTX) format" and [MS-EVEN6]).
 *
 * <p>Public API: {@link io.longwatch.formats.evtx.EvtxReader} (whole files, or chunk ranges for
 * parallel reading), {@link io.longwatch.formats.evtx.EvtxStats}, and
 * {@link io.longwatch.formats.evtx.EvtxDump} (JSON lines / XML for {@code longwatch evtx dump}).
 *
 * <p>How a file is read: the 4 KiB file header ({@code FileHeader}) is checked but not trusted for
 * the layout; every 64 KiB chunk after it is read by a {@code ChunkReader}, which verifies the chunk
 * header and records checksums and walks the records (size and size copy checked, resynchronising on
 * the record signature after damage). Each record's Binary XML is compiled by {@code BinXmlParser}
 * into {@code BxNode}s; template definitions and names are cached per chunk by offset, so a template
 * is compiled once per chunk and each record contributes only its {@code ValueTable}. The
 * {@code EventMapper} then walks template and values straight into an
 * {@link io.longwatch.core.event.EventBuilder} with the canonical Windows field names, decoding only
 * the values it puts ({@code ValueDecoder}); the dump path instead resolves an {@code XNode} tree.
 *
 * <p>Values follow the evtx-crate JSON forms (decimal integers, {@code 0x..} hex integers,
 * upper-case GUIDs without braces, {@code S-1-..} SIDs, ISO-8601 UTC times with microseconds,
 * upper-case hex binary, string values stripped of surrounding whitespace), so a .evtx file and its
 * evtx-crate JSON export give the same events.
 */
package io.longwatch.formats.evtx;

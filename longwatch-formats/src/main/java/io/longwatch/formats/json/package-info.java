/**
 * The JSON reader: JSON lines and whole-file JSON, with the record layout recognised per record.
 *
 * <p>Layouts are data, not code: {@code layouts/*.yml} next to these classes list, per layout,
 * the paths that identify it, path patterns mapping source keys to canonical names (first match
 * wins), and where time and host come from. {@code layouts.yml} orders them
 * (evtx-crate, Winlogbeat, flattened Windows, Zeek, generic) and names the Windows System fields
 * that are always materialised whatever the field interest. The Zeek layout also names a
 * {@code logPath} field ({@code _path}) that records lacking it get from the file name.
 *
 * <p>Value rules: numbers keep their text as written, booleans become {@code "true"}/{@code
 * "false"}, {@code null} is a present field with a null value, arrays of scalars become
 * {@code List<String>}, and arrays holding objects or arrays keep their JSON text as written
 * (a {@code String}) — flattening them into per-path lists would lose which values belonged to
 * the same element. Nested objects become dotted paths ({@code a.b.c}).
 *
 * <p>Speed: each distinct source path is planned once per reader ({@code PathTree}); objects are
 * walked straight from their bytes ({@code ByteRecordWalker}: keys compared in place with the
 * guessed path's bytes, plain ASCII values copied as Latin-1, unwanted values validated but never
 * decoded), and only what the walker cannot vouch for giving Jackson's answer (malformed JSON,
 * lenient UTF-8, limits) goes to Jackson, whose errors stay the reference; JSON lines are parsed
 * in place in a rolling buffer without a separate newline pass.
 */
package io.longwatch.formats.json;

/**
 * Zeek logs. {@link io.longwatch.formats.zeek.ZeekTsvReader} reads Zeek's tab-separated ASCII
 * logs (the {@code #separator}/{@code #fields}/{@code #types} header, several header blocks per
 * file, sets and vectors, unset and empty fields); Zeek's JSON logs are read by the JSON reader
 * through its {@code zeek} layout. Both yield events with Zeek's own field names
 * ({@code id.orig_h}, {@code query}, {@code server_name}, ...), the event time from {@code ts},
 * no host (the sensor is not in the log), and the log's path ({@code conn}, {@code dns}, ...)
 * in the field {@link io.longwatch.formats.zeek.ZeekLogPath#FIELD _path}.
 */
package io.longwatch.formats.zeek;

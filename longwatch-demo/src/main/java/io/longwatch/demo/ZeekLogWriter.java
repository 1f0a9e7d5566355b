package io.longwatch.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one Zeek log in the ASCII (TSV) form Zeek's default writer produces: the {@code #separator},
 * {@code #fields} and {@code #types} header, tab-separated rows, {@code -} for unset fields and
 * {@code #close} at the end. A name ending in {@code .gz} is gzipped, as rotated Zeek logs are.
 */
final class ZeekLogWriter implements AutoCloseable {

    /** A column: Zeek field name and Zeek type. */
    record Column(String name, String type) {
    }

    static final String UNSET = "-";

    private final Writer out;
    private final int columns;
    private final long closeMicros;
    private long rows;

    ZeekLogWriter(Path file, String path, List<Column> schema, long openMicros, long closeMicros) throws IOException {
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (file.getFileName().toString().endsWith(".gz")) {
            os = new GZIPOutputStream(os, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }
        this.out = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        this.columns = schema.size();
        this.closeMicros = closeMicros;
        out.write("#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n");
        out.write("#path\t" + path + "\n#open\t" + zeekDate(openMicros) + "\n#fields");
        for (Column c : schema) {
            out.write('\t');
            out.write(c.name());
        }
        out.write("\n#types");
        for (Column c : schema) {
            out.write('\t');
            out.write(c.type());
        }
        out.write('\n');
    }

    /** One record; values in schema order, {@link #UNSET} for none. */
    void row(String... values) throws IOException {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            out.write(values[i]);
        }
        out.write('\n');
        rows++;
    }

    long rows() {
        return rows;
    }

    /** Zeek's {@code time} type: seconds since the epoch with microseconds. */
    static String time(long micros) {
        return String.format(Locale.ROOT, "%d.%06d", Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L));
    }

    /** Zeek's {@code interval} type: seconds with microseconds. */
    static String interval(long micros) {
        return time(micros);
    }

    private static String zeekDate(long micros) {
        String iso = DemoClock.isoMillis(micros);
        // 2026-03-02T00:00:00.000Z -> 2026-03-02-00-00-00, the form Zeek writes in #open/#close
        return iso.substring(0, 10) + "-" + iso.substring(11, 19).replace(':', '-');
    }

    @Override
    public void close() throws IOException {
        out.write("#close\t" + zeekDate(closeMicros) + "\n");
        out.close();
    }
}

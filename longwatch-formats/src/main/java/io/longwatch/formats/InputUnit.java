package io.longwatch.formats;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One readable stream of log data: a file, a {@code .gz} file, one member of a {@code .zip},
 * standard input, or bytes in memory. Opening decompresses as needed, so readers only ever
 * see the log content itself.
 */
public final class InputUnit {

    /** Opens the content of a unit; called once per read. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private final String displayPath;
    private final long sizeHint;
    private final Opener opener;

    private InputUnit(String displayPath, long sizeHint, Opener opener) {
        this.displayPath = Objects.requireNonNull(displayPath, "displayPath");
        this.sizeHint = sizeHint;
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /**
     * A unit whose content comes from {@code opener}.
     *
     * @param displayPath how the unit is named in events and problems ({@code archive.zip!/member.json})
     * @param sizeHint uncompressed size if known, else compressed size, else -1
     */
    public static InputUnit of(String displayPath, long sizeHint, Opener opener) {
        return new InputUnit(displayPath, sizeHint, opener);
    }

    /** A plain (uncompressed) file. */
    public static InputUnit ofFile(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        return new InputUnit(file.toString(), size, () -> Files.newInputStream(file));
    }

    /** Bytes in memory, e.g. for tests and benchmarks. The array is not copied. */
    public static InputUnit ofBytes(String displayPath, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new InputUnit(displayPath, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    /** Standard input, named {@code -}. Closing the opened stream leaves {@code System.in} open. */
    public static InputUnit stdin() {
        return new InputUnit("-", -1, () -> new FilterInputStream(System.in) {
            @Override
            public void close() {
                // System.in belongs to the process, not to this reader.
            }
        });
    }

    /** The name used in events and problems; for archive members {@code archive.zip!/member.json}. */
    public String displayPath() {
        return displayPath;
    }

    /** Uncompressed bytes if known, else compressed bytes, else -1. */
    public long sizeHint() {
        return sizeHint;
    }

    /** Opens the content, decompressing as needed. The caller closes the stream. */
    public InputStream open() throws IOException {
        return opener.open();
    }

    @Override
    public String toString() {
        return displayPath;
    }
}

package io.longwatch.formats;

import java.io.IOException;
import java.io.InputStream;

/** A stream whose every read rethrows an error already met, so it surfaces at the right place. */
final class FailingInputStream extends InputStream {

    private final IOException error;

    FailingInputStream(IOException error) {
        this.error = error;
    }

    @Override
    public int read() throws IOException {
        throw new IOException(error.getMessage(), error);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException(error.getMessage(), error);
    }
}

package io.longwatch.formats.input;

import java.io.IOException;

/** A gzip or zip container that cannot be decoded; reported as {@code input.corrupt-archive}. */
public final class CorruptArchiveException extends IOException {

    private static final long serialVersionUID = 1L;

    public CorruptArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}

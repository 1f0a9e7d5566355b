package io.longwatch.cli.output;

import io.longwatch.core.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** A view of findings written as they come: one of {@link Format}. Called from one thread at a time. */
public abstract sealed class FindingOutput implements AutoCloseable
        permits JsonlOutput, CsvOutput, TableOutput {

    /** The output formats of {@code --format}. */
    public enum Format { TABLE, JSONL, CSV }

    protected final Writer out;

    protected FindingOutput(Writer out) {
        this.out = out;
    }

    public static FindingOutput of(Format format, Writer out) {
        return switch (format) {
            case TABLE -> new TableOutput(out);
            case JSONL -> new JsonlOutput(out);
            case CSV -> new CsvOutput(out);
        };
    }

    /** Writes one finding. */
    public final void write(Finding finding) {
        try {
            doWrite(finding);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write findings: " + e.getMessage(), e);
        }
    }

    protected abstract void doWrite(Finding finding) throws IOException;

    /** Called once after the last finding (a table may print a footer). */
    protected void finish() throws IOException {
    }

    @Override
    public void close() throws IOException {
        finish();
        out.flush();
    }
}

package io.longwatch.formats;

import io.longwatch.core.problem.ProblemSink;
import io.longwatch.formats.input.InputExpander;
import java.util.List;

/** Turns command-line paths into the input units to read. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Expands paths into input units, in order: {@code -} is standard input; a directory is
     * every regular file below it, recursively, sorted by path; a {@code .zip} is its members
     * (directories skipped, {@code .gz} members decompressed, zips inside zips expanded one
     * level); a {@code .gz} file is decompressed. Content is sniffed at read time, so no file
     * is left out because of its name. A missing or unreadable path is reported as
     * {@code input.unreadable} and the rest still expand.
     */
    public static List<InputUnit> expand(List<String> paths, ProblemSink problems) {
        return new InputExpander(problems).expand(paths);
    }
}

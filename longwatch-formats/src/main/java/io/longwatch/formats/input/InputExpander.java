package io.longwatch.formats.input;

import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.formats.InputUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Expands user-given paths (files, directories, archives, {@code -}) into input units. */
public final class InputExpander {

    private final ProblemSink problems;

    public InputExpander(ProblemSink problems) {
        this.problems = problems;
    }

    public List<InputUnit> expand(List<String> paths) {
        List<InputUnit> units = new ArrayList<>();
        for (String p : paths) {
            if ("-".equals(p)) {
                units.add(InputUnit.stdin());
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                expandDirectory(path, units);
            } else if (Files.isRegularFile(path)) {
                if (Files.isReadable(path)) {
                    expandFile(path, units);
                } else {
                    unreadable(p, "permission denied");
                }
            } else if (Files.isSymbolicLink(path)) {
                unreadable(p, "dangling symbolic link");
            } else if (Files.exists(path)) {
                unreadable(p, "not a regular file or directory");
            } else {
                unreadable(p, "no such file or directory");
            }
        }
        return units;
    }

    private void expandDirectory(Path dir, List<InputUnit> units) {
        List<Path> files = new ArrayList<>();
        try {
            // Links are followed (a log folder often links to rotated files elsewhere); the walk
            // reports link cycles through visitFileFailed instead of looping.
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    } else if (attrs.isSymbolicLink()) {
                        unreadable(file.toString(), "dangling symbolic link");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable(file.toString(), describe(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable(dir.toString(), describe(e));
        }
        files.sort(null);
        for (Path f : files) {
            expandFile(f, units);
        }
    }

    private void expandFile(Path file, List<InputUnit> units) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            ZipMembers.expand(file, units, problems);
        } else if (name.endsWith(".gz")) {
            units.add(InputUnit.of(file.toString(), gzipSizeHint(file), () -> gunzip(Files.newInputStream(file))));
        } else {
            units.add(InputUnit.ofFile(file));
        }
    }

    static InputStream gunzip(InputStream in) throws IOException {
        try {
            return new GZIPInputStream(in, 64 * 1024);
        } catch (IOException e) {
            in.close();
            throw new CorruptArchiveException("corrupt gzip: " + describe(e), e);
        }
    }

    /** The uncompressed size from the gzip trailer (modulo 4 GiB), else the file size. */
    static long gzipSizeHint(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            if (len < 18) {
                return len;
            }
            raf.seek(len - 4);
            long isize = (raf.read() & 0xffL) | (raf.read() & 0xffL) << 8 | (raf.read() & 0xffL) << 16
                    | (raf.read() & 0xffL) << 24;
            // ISIZE wraps at 4 GiB and concatenated members only record the last; trust it only if plausible.
            return isize >= len ? isize : len;
        } catch (IOException e) {
            return -1;
        }
    }

    private void unreadable(String place, String why) {
        problems.report(Problem.Stage.INPUT, place, "input.unreadable", "cannot read input: " + why);
    }

    static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}

package io.longwatch.formats.input;

import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.formats.InputUnit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The members of a zip archive as input units ({@code archive.zip!/member.json}). */
final class ZipMembers {

    private ZipMembers() {
    }

    static void expand(Path zip, List<InputUnit> units, ProblemSink problems) {
        List<ZipEntry> entries = new ArrayList<>();
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> e = zf.entries();
            while (e.hasMoreElements()) {
                ZipEntry entry = e.nextElement();
                if (!entry.isDirectory() && !isMacMetadata(entry.getName())) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            problems.report(Problem.Stage.INPUT, zip.toString(), "input.corrupt-archive",
                    "cannot read zip: " + InputExpander.describe(e));
            return;
        }
        for (ZipEntry entry : entries) {
            String member = entry.getName();
            String display = zip + "!/" + member;
            boolean gz = member.toLowerCase(Locale.ROOT).endsWith(".gz");
            units.add(InputUnit.of(display, entry.getSize() >= 0 ? entry.getSize() : entry.getCompressedSize(),
                    () -> openMember(zip, member, gz)));
        }
    }

    /** macOS Finder adds AppleDouble files (resource forks) under __MACOSX/: metadata, not logs. */
    static boolean isMacMetadata(String name) {
        return name.startsWith("__MACOSX/") || name.contains("/__MACOSX/");
    }

    /** Opens one member; closing the stream closes the archive. */
    private static InputStream openMember(Path zip, String member, boolean gz) throws IOException {
        ZipFile zf = new ZipFile(zip.toFile());
        try {
            ZipEntry entry = zf.getEntry(member);
            if (entry == null) {
                throw new IOException("member " + member + " disappeared from " + zip);
            }
            InputStream in = new java.io.FilterInputStream(zf.getInputStream(entry)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        zf.close();
                    }
                }
            };
            return gz ? InputExpander.gunzip(in) : in;
        } catch (IOException | RuntimeException e) {
            zf.close();
            throw e;
        }
    }
}

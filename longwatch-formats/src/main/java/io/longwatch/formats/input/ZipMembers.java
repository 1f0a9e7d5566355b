package io.longwatch.formats.input;

import io.longwatch.core.problem.Problem;
import io.longwatch.core.problem.ProblemSink;
import io.longwatch.formats.InputUnit;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The members of a zip archive as input units ({@code archive.zip!/member.json}). Directories
 * and macOS metadata are skipped, {@code .gz} members decompressed, and zips inside the zip
 * expanded one level. When the central directory is unreadable (a truncated download), the
 * members are found by scanning local headers instead, so whatever is intact is still read.
 */
final class ZipMembers {

    private ZipMembers() {
    }

    static void expand(Path zip, List<InputUnit> units, ProblemSink problems) {
        List<ZipEntry> entries = new ArrayList<>();
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> e = zf.entries();
            while (e.hasMoreElements()) {
                ZipEntry entry = e.nextElement();
                if (wanted(entry)) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            salvage(zip, units, problems, e);
            return;
        }
        for (ZipEntry entry : entries) {
            String member = entry.getName();
            String display = zip + "!/" + member;
            long size = entry.getSize() >= 0 ? entry.getSize() : entry.getCompressedSize();
            if (isZip(member)) {
                expandNested(display, () -> openMember(zip, member), units, problems);
            } else {
                boolean gz = isGzip(member);
                // For a .gz member the uncompressed size is unknown; its compressed size is the hint.
                units.add(InputUnit.of(display, size, () -> maybeGunzip(openMember(zip, member), gz)));
            }
        }
    }

    /** Central directory unreadable: list members by streaming through local headers. */
    private static void salvage(Path zip, List<InputUnit> units, ProblemSink problems, IOException why) {
        List<String> names = new ArrayList<>();
        String scanError = null;
        try (InputStream in = Files.newInputStream(zip)) {
            scanError = scan(in, names);
        } catch (IOException e) {
            scanError = InputExpander.describe(e);
        }
        problems.report(Problem.Stage.INPUT, zip.toString(), "input.corrupt-archive",
                "cannot read zip directory (" + InputExpander.describe(why) + "); found " + names.size()
                        + " member(s) by scanning" + (scanError == null ? "" : ", scan stopped: " + scanError));
        for (String member : names) {
            String display = zip + "!/" + member;
            if (isZip(member)) {
                continue; // nested archives inside a damaged archive: not worth the risk
            }
            boolean gz = isGzip(member);
            units.add(InputUnit.of(display, -1,
                    () -> maybeGunzip(streamedMember(Files.newInputStream(zip), member, display), gz)));
        }
    }

    /** A zip inside a zip: its members, one level deep, read by streaming the outer member. */
    private static void expandNested(String display, InputUnit.Opener outer, List<InputUnit> units,
                                     ProblemSink problems) {
        List<String> names = new ArrayList<>();
        String scanError;
        try (InputStream in = outer.open()) {
            scanError = scan(in, names);
        } catch (IOException e) {
            scanError = InputExpander.describe(e);
        }
        if (scanError != null) {
            problems.report(Problem.Stage.INPUT, display, "input.corrupt-archive",
                    "nested zip unreadable after " + names.size() + " member(s): " + scanError);
        }
        for (String member : names) {
            String innerDisplay = display + "!/" + member;
            if (isZip(member)) {
                problems.report(Problem.Stage.INPUT, innerDisplay, "input.unsupported",
                        "zips are expanded one level deep only; skipped");
                continue;
            }
            boolean gz = isGzip(member);
            units.add(InputUnit.of(innerDisplay, -1,
                    () -> maybeGunzip(streamedMember(outer.open(), member, innerDisplay), gz)));
        }
    }

    /** Lists member names from a zip stream; returns the error that stopped the scan, or null. */
    private static String scan(InputStream in, List<String> names) {
        try (ZipInputStream zin = new ZipInputStream(in)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                if (wanted(e)) {
                    names.add(e.getName());
                }
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return InputExpander.describe(e);
        }
    }

    /** Positions a zip stream at {@code member}; closing the result closes {@code in}. */
    private static InputStream streamedMember(InputStream in, String member, String display) throws IOException {
        ZipInputStream zin = new ZipInputStream(in);
        try {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                if (e.getName().equals(member)) {
                    return zin;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            zin.close();
            throw new CorruptArchiveException("cannot reach " + display + ": " + InputExpander.describe(e), e);
        }
        zin.close();
        throw new IOException("member " + member + " not found");
    }

    private static boolean wanted(ZipEntry entry) {
        return !entry.isDirectory() && !isMacMetadata(entry.getName());
    }

    /** macOS Finder adds AppleDouble files (resource forks) under __MACOSX/: metadata, not logs. */
    static boolean isMacMetadata(String name) {
        return name.startsWith("__MACOSX/") || name.contains("/__MACOSX/");
    }

    private static boolean isZip(String member) {
        return member.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static boolean isGzip(String member) {
        return member.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    private static InputStream maybeGunzip(InputStream in, boolean gz) throws IOException {
        return gz ? InputExpander.gunzip(in) : in;
    }

    /** Opens one member by random access; closing the stream closes the archive. */
    private static InputStream openMember(Path zip, String member) throws IOException {
        ZipFile zf = new ZipFile(zip.toFile());
        try {
            ZipEntry entry = zf.getEntry(member);
            if (entry == null) {
                throw new IOException("member " + member + " disappeared from " + zip);
            }
            return new FilterInputStream(zf.getInputStream(entry)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        zf.close();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            zf.close();
            throw e;
        }
    }
}

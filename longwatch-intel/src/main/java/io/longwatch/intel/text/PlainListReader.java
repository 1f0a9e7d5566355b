package io.longwatch.intel.text;

import io.longwatch.core.event.Event;
import io.longwatch.intel.ImportCollector;
import io.longwatch.intel.Indicator;
import io.longwatch.intel.IndicatorValues;
import io.longwatch.intel.IntelContext;
import io.longwatch.intel.ObservableType;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/**
 * Reads a plain list: one value per line, any mix of types, defanged or not. Blank lines and lines
 * starting with {@code #}, {@code //} or {@code ;} are comments, not entries. Every other line is an
 * entry: its value is re-fanged, its type detected ({@link TypeDetector}), and it is rejected with
 * {@code intel.unknown-type} when it is none of the known kinds.
 */
public final class PlainListReader {

    private PlainListReader() {
    }

    /**
     * Reads the lines.
     *
     * @param place the file, for problem places ({@code file:line})
     * @param sourceName the file name, for derived ids
     * @param source the shared source string for the indicators
     * @param in the text
     * @param out where entries go
     */
    public static void read(String place, String sourceName, String source, BufferedReader in, ImportCollector out)
            throws IOException {
        String line;
        long lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String v = line.strip();
            if (isComment(v)) {
                continue;
            }
            out.seen();
            String refanged = Refang.refang(v);
            ObservableType type = TypeDetector.detect(refanged);
            String norm = type == null ? null : IndicatorValues.normalize(type, refanged);
            if (norm == null) {
                out.reject(place + ":" + lineNo, "intel.unknown-type", "cannot tell what '" + abbreviate(v)
                        + "' is (not an IP address, CIDR, domain with a public suffix, URL, email, MD5/SHA-1/"
                        + "SHA-256/SHA-512 hash or file name)");
                continue;
            }
            out.accept(new Indicator(ImportCollector.derivedId(sourceName, type, norm), type, norm, null, source,
                    List.of(), -1, Event.NO_TIME, Event.NO_TIME, false, IntelContext.NONE, null));
            out.parsed();
        }
    }

    static boolean isComment(String v) {
        return v.isEmpty() || v.charAt(0) == '#' || v.charAt(0) == ';' || v.startsWith("//");
    }

    static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}

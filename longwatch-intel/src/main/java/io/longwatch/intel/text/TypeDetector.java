package io.longwatch.intel.text;

import com.google.common.net.InternetDomainName;
import io.longwatch.intel.IndicatorValues;
import io.longwatch.intel.ObservableType;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses what a bare value from a plain list is: URL, hash (by length), IPv4/IPv6 (or CIDR),
 * email, domain (only with a known public suffix, so {@code readme.txt} is not a domain), file name.
 *
 * <p>Ambiguity: {@code name.zip} or {@code name.mov} is both a domain under a real TLD and a file
 * name; two-label values whose last label is a common file extension are taken as file names. Feeds
 * that know better say so with a type column.
 */
public final class TypeDetector {

    private static final Set<String> FILE_EXTENSIONS = Set.of("exe", "dll", "sys", "ps1", "psm1", "bat", "cmd", "vbs",
            "vbe", "js", "jse", "wsf", "hta", "lnk", "scr", "msi", "msc", "cpl", "doc", "docx", "docm", "xls", "xlsx",
            "xlsm", "ppt", "pptx", "pdf", "rtf", "zip", "rar", "7z", "gz", "tar", "iso", "img", "vhd", "jar", "py",
            "sh", "elf", "bin", "dat", "tmp", "apk", "dmg", "one", "chm", "txt", "png", "jpg", "mov");

    private TypeDetector() {
    }

    /** The type of a re-fanged, trimmed value, or null when it is none of the known kinds. */
    public static ObservableType detect(String v) {
        if (v.isEmpty() || v.indexOf(' ') >= 0 && !v.contains("://")) {
            return null;
        }
        if (v.contains("://")) {
            return IndicatorValues.normalize(ObservableType.URL, v) != null ? ObservableType.URL : null;
        }
        ObservableType hash = hashType(v);
        if (hash != null) {
            return hash;
        }
        char c0 = v.charAt(0);
        if (c0 >= '0' && c0 <= '9' && IndicatorValues.normalize(ObservableType.IPV4, v) != null) {
            return ObservableType.IPV4;
        }
        if (v.indexOf('\\') >= 0) {
            return looksLikeFileName(IndicatorValues.normalize(ObservableType.FILE_NAME, v))
                    ? ObservableType.FILE_NAME : null;
        }
        if (v.indexOf(':') >= 0) {
            return IndicatorValues.normalize(ObservableType.IPV6, v) != null ? ObservableType.IPV6 : null;
        }
        if (v.indexOf('@') > 0) {
            return IndicatorValues.normalize(ObservableType.EMAIL, v) != null ? ObservableType.EMAIL : null;
        }
        int slash = v.indexOf('/');
        if (slash > 0) {
            String host = v.substring(0, slash);
            boolean hostOk = isPublicDomain(host.toLowerCase(Locale.ROOT))
                    || IndicatorValues.normalize(ObservableType.IPV4, host) != null;
            return hostOk && IndicatorValues.normalize(ObservableType.URL, v) != null ? ObservableType.URL : null;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        int lastDot = lower.lastIndexOf('.');
        if (lastDot > 0 && lower.indexOf('.') == lastDot && FILE_EXTENSIONS.contains(lower.substring(lastDot + 1))) {
            return ObservableType.FILE_NAME;
        }
        if (isPublicDomain(lower)) {
            return ObservableType.DOMAIN;
        }
        return looksLikeFileName(v) ? ObservableType.FILE_NAME : null;
    }

    private static ObservableType hashType(String v) {
        ObservableType t = switch (v.length()) {
            case 32 -> ObservableType.MD5;
            case 40 -> ObservableType.SHA1;
            case 64 -> ObservableType.SHA256;
            case 128 -> ObservableType.SHA512;
            default -> null;
        };
        if (t == null) {
            return null;
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.digit(v.charAt(i), 16) < 0) {
                return null;
            }
        }
        return t;
    }

    /** A syntactically valid host name that ends in a public suffix (TLD or e.g. co.uk). */
    static boolean isPublicDomain(String lower) {
        String d = IndicatorValues.normalize(ObservableType.DOMAIN, lower);
        if (d == null || !InternetDomainName.isValid(d)) {
            return false;
        }
        InternetDomainName name = InternetDomainName.from(d);
        return name.hasPublicSuffix() && !name.isPublicSuffix();
    }

    /** A name whose extension is a common executable, script, document or archive one ({@code svch0st.exe}). */
    private static boolean looksLikeFileName(String v) {
        if (v == null) {
            return false;
        }
        int dot = v.lastIndexOf('.');
        return dot > 0 && FILE_EXTENSIONS.contains(v.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}

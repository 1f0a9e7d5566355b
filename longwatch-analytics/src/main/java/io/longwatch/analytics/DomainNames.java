package io.longwatch.analytics;

import com.google.common.net.InternetDomainName;
import java.util.Locale;

/**
 * Name handling shared by the DNS analytics: normalising, the registrable domain (public suffix list
 * through Guava's {@link InternetDomainName}) and the part of a name left of it.
 */
final class DomainNames {

    private DomainNames() {
    }

    /** Lower case, no trailing dot. */
    static String normalise(String name) {
        String n = name.trim();
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return n.toLowerCase(Locale.ROOT);
            }
        }
        return n;
    }

    /** Cheap syntax check: labels of letters, digits, '-' and '_', at least one dot. */
    static boolean looksLikeName(String n) {
        if (n.isEmpty() || n.length() > 253 || n.indexOf('.') < 0 || n.startsWith(".") || n.endsWith(".")) {
            return false;
        }
        int label = 0;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '.') {
                if (label == 0) {
                    return false;
                }
                label = 0;
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                label++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is an IPv4 or IPv6 literal rather than a name (cheap test). */
    static boolean isAddressLiteral(String n) {
        if (n.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.') {
                return false;
            }
        }
        return !n.isEmpty();
    }

    /**
     * The registrable domain ("public suffix + one label"), e.g. {@code example.co.uk} for
     * {@code a.b.example.co.uk}; for names under no known public suffix (internal zones such as
     * {@code corp.local}) the last two labels; null for address literals and invalid names.
     */
    static String registrable(String normalised) {
        if (!looksLikeName(normalised) || isAddressLiteral(normalised)) {
            return null;
        }
        // Names Guava rejects (e.g. '_' labels of service records) fall back to the last two labels.
        if (InternetDomainName.isValid(normalised)) {
            InternetDomainName d = InternetDomainName.from(normalised);
            if (d.isUnderPublicSuffix()) {
                return d.topPrivateDomain().toString();
            }
            if (d.isPublicSuffix()) {
                return normalised;
            }
        }
        int last = normalised.lastIndexOf('.');
        int prev = normalised.lastIndexOf('.', last - 1);
        return prev < 0 ? normalised : normalised.substring(prev + 1);
    }

    /** The first label of the registrable domain ("example" for a.example.co.uk), or the name. */
    static String registrableLabel(String registrable) {
        int dot = registrable.indexOf('.');
        return dot < 0 ? registrable : registrable.substring(0, dot);
    }

    /** The public suffix part of a registrable domain ("co.uk" for example.co.uk). */
    static String suffix(String registrable) {
        int dot = registrable.indexOf('.');
        return dot < 0 ? "" : registrable.substring(dot + 1);
    }
}

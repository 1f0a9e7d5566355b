package io.longwatch.intel.text;

/**
 * Undoes the usual ways reports "defang" indicators so nobody clicks them: {@code hxxp://},
 * {@code hXXps}, {@code fxp}, {@code [.]}, {@code (.)}, {@code {.}}, {@code [dot]}, {@code (dot)},
 * {@code [:]}, {@code [://]}, {@code [@]}, {@code [at]}, {@code (at)}, {@code [/]}, {@code \.},
 * with or without spaces around the brackets.
 */
public final class Refang {

    private Refang() {
    }

    /** The value re-fanged; the same instance when there is nothing to undo (the common case, no allocation). */
    public static String refang(String value) {
        if (!mayBeDefanged(value)) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length());
        int start = scheme(value, sb);
        int n = value.length();
        for (int i = start; i < n; i++) {
            char c = value.charAt(i);
            if (c == '[' || c == '(' || c == '{') {
                int close = value.indexOf(c == '[' ? ']' : c == '(' ? ')' : '}', i + 1);
                String repl = close > 0 && close - i <= 6 ? replacement(value.substring(i + 1, close)) : null;
                if (repl != null) {
                    trimTrailingSpaces(sb);
                    sb.append(repl);
                    i = close;
                    while (i + 1 < n && value.charAt(i + 1) == ' ') {
                        i++;
                    }
                    continue;
                }
            } else if (c == '\\' && i + 1 < n && value.charAt(i + 1) == '.') {
                sb.append('.');
                i++;
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean mayBeDefanged(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '[' || c == '(' || c == '{' || c == '\\') {
                return true;
            }
        }
        int colon = v.indexOf(':');
        if (colon < 3 || colon > 6) {
            return false;
        }
        boolean plain = (colon == 4 && v.regionMatches(true, 0, "http", 0, 4))
                || (colon == 5 && v.regionMatches(true, 0, "https", 0, 5))
                || (colon == 3 && v.regionMatches(true, 0, "ftp", 0, 3));
        char c0 = Character.toLowerCase(v.charAt(0));
        return !plain && (c0 == 'h' || c0 == 'f');
    }

    /** Rewrites a defanged scheme at the start ({@code hxxp}, {@code hXXps}, {@code fxp}) and returns where to go on. */
    private static int scheme(String v, StringBuilder sb) {
        int colon = v.indexOf(':');
        int bracket = v.indexOf('[');
        int end = colon < 0 ? bracket : bracket < 0 ? colon : Math.min(colon, bracket);
        if (end < 3 || end > 6) {
            return 0;
        }
        String s = v.substring(0, end).toLowerCase(java.util.Locale.ROOT);
        String fixed = switch (s) {
            case "hxxp", "hxtp", "htxp", "h**p", "hxxxp", "http" -> "http";
            case "hxxps", "hxtps", "htxps", "h**ps", "https" -> "https";
            case "fxp", "fxxp", "ftp" -> "ftp";
            default -> null;
        };
        if (fixed == null) {
            return 0;
        }
        sb.append(fixed);
        return end;
    }

    private static String replacement(String inner) {
        String t = inner.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case ".", "dot" -> ".";
            case ":" -> ":";
            case "://" -> "://";
            case "@", "at" -> "@";
            case "/" -> "/";
            default -> null;
        };
    }

    private static void trimTrailingSpaces(StringBuilder sb) {
        while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }
}

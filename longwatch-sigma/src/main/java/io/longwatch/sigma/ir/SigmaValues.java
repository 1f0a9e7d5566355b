package io.longwatch.sigma.ir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Turning Sigma value text into pattern atoms and encoded forms. */
public final class SigmaValues {

    private SigmaValues() {
    }

    /**
     * Reads a Sigma string value: {@code *} and {@code ?} are wildcards; a backslash escapes
     * {@code *}, {@code ?} and a backslash, and is literal before anything else (so a trailing
     * backslash stays). With {@code windash}, a {@code -} or {@code /} at the start of a word
     * (at the start or after a non-word character, and before a word character) matches any dash.
     */
    public static int[] atoms(String value, boolean windash) {
        List<Integer> out = new ArrayList<>(value.length());
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char d = value.charAt(i + 1);
                if (d == '*' || d == '?' || d == '\\') {
                    out.add((int) d);
                    i++;
                    continue;
                }
                out.add((int) c);
            } else if (c == '*') {
                if (out.isEmpty() || out.get(out.size() - 1) != StringPattern.STAR) {
                    out.add(StringPattern.STAR);
                }
            } else if (c == '?') {
                out.add(StringPattern.ANY_ONE);
            } else if (windash && (c == '-' || c == '/') && (i == 0 || !isWord(value.charAt(i - 1)))
                    && i + 1 < n && isWord(value.charAt(i + 1))) {
                out.add(StringPattern.DASH);
            } else {
                out.add((int) c);
            }
        }
        return toArray(out);
    }

    /** Atoms for a literal (no wildcards). */
    public static int[] literalAtoms(String literal) {
        int[] a = new int[literal.length()];
        for (int i = 0; i < a.length; i++) {
            a[i] = literal.charAt(i);
        }
        return a;
    }

    /** The value with escapes resolved and wildcards taken literally (for encodings). */
    public static String unescape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char d = value.charAt(i + 1);
                if (d == '*' || d == '?' || d == '\\') {
                    sb.append(d);
                    i++;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Wraps atoms for contains / startswith / endswith. */
    public static int[] position(int[] atoms, boolean leadingStar, boolean trailingStar) {
        List<Integer> out = new ArrayList<>(atoms.length + 2);
        if (leadingStar && (atoms.length == 0 || atoms[0] != StringPattern.STAR)) {
            out.add(StringPattern.STAR);
        }
        for (int a : atoms) {
            out.add(a);
        }
        if (trailingStar && (out.isEmpty() || out.get(out.size() - 1) != StringPattern.STAR)) {
            out.add(StringPattern.STAR);
        }
        return toArray(out);
    }

    /** Text encodings the {@code wide/utf16*} modifiers select. */
    public enum Encoding { UTF8, UTF16LE, UTF16BE, UTF16_BOM }

    public static byte[] encode(String text, Encoding enc) {
        return switch (enc) {
            case UTF8 -> text.getBytes(StandardCharsets.UTF_8);
            case UTF16LE -> text.getBytes(StandardCharsets.UTF_16LE);
            case UTF16BE -> text.getBytes(StandardCharsets.UTF_16BE);
            case UTF16_BOM -> {
                byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
                byte[] out = new byte[body.length + 2];
                out[0] = (byte) 0xFF;
                out[1] = (byte) 0xFE;
                System.arraycopy(body, 0, out, 2, body.length);
                yield out;
            }
        };
    }

    /** Plain base64 of the bytes. */
    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * The three forms the bytes take inside a longer base64 text, one per alignment (0, 1, 2
     * bytes before them): encode with that many filler bytes in front, then drop the leading
     * characters that depend on the filler and the trailing ones that depend on what follows.
     */
    public static List<String> base64Offsets(byte[] bytes) {
        int[] startTrim = {0, 2, 3};
        int[] endTrim = {0, 3, 2};
        List<String> out = new ArrayList<>(3);
        for (int shift = 0; shift < 3; shift++) {
            byte[] padded = new byte[bytes.length + shift];
            for (int i = 0; i < shift; i++) {
                padded[i] = ' ';
            }
            System.arraycopy(bytes, 0, padded, shift, bytes.length);
            String enc = Base64.getEncoder().encodeToString(padded);
            int end = enc.length() - endTrim[(bytes.length + shift) % 3];
            int start = startTrim[shift];
            out.add(end > start ? enc.substring(start, end) : "");
        }
        return out;
    }

    /** Bytes as a string of chars 0-255 (for encodings used without base64). */
    public static String bytesAsChars(byte[] bytes) {
        char[] c = new char[bytes.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) (bytes[i] & 0xFF);
        }
        return new String(c);
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int[] toArray(List<Integer> l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }
}

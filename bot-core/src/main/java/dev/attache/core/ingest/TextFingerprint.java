package dev.attache.core.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A hash of an article's text that ignores what does not change its words: case, Unicode
 * compatibility forms, kinds of quote marks and dashes, invisible characters and whitespace. Two
 * copies of an article pasted or fetched differently get the same fingerprint.
 */
public final class TextFingerprint {

    /** Length of the short fingerprint used in ids. */
    public static final int ID_LENGTH = 16;

    private TextFingerprint() {
    }

    /** The normalized form that is hashed. */
    public static String normalize(String text) {
        String t = Normalizer.normalize(Reflow.sanitize(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        char[] out = new char[t.length()];    // StringBuilder.append per char was a third of the fingerprint's CPU
        int length = 0;
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                space = length > 0;
                continue;
            }
            if (space) {
                out[length++] = ' ';
                space = false;
            }
            out[length++] = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> c;
            };
        }
        return new String(out, 0, length);
    }

    /** SHA-256 of the normalized text, as 64 lower-case hex digits. */
    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalize(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The first {@value #ID_LENGTH} hex digits of {@link #of(String)}, for ids. */
    public static String shortId(String text) {
        return of(text).substring(0, ID_LENGTH);
    }
}

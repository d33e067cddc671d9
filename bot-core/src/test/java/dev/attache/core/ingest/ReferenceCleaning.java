package dev.attache.core.ingest;

import java.text.Normalizer;
import java.util.Locale;

/**
 * {@link Reflow#sanitize} and {@link TextFingerprint#normalize} as they were before they copied
 * unchanged runs at once (commit d0f4d05): one character appended at a time. Kept as the test
 * oracle that the faster versions must match; which characters are junk is unchanged and shared
 * ({@link Reflow#isJunk}).
 */
final class ReferenceCleaning {

    private ReferenceCleaning() {
    }

    static String sanitize(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int n = raw.length();
        for (int i = 0; i < n; ) {
            int cp = raw.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\r') {
                if (next >= n || raw.charAt(next) != '\n') {
                    out.append('\n');
                }
            } else if (cp == '\n' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028) {
                out.append('\n');
            } else if (cp == 0x2029) {
                out.append("\n\n");
            } else if (cp == '\t' || Character.getType(cp) == Character.SPACE_SEPARATOR) {
                out.append(' ');
            } else if (!Reflow.isJunk(cp)) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out.toString();
    }

    static String normalize(String text) {
        String t = Normalizer.normalize(sanitize(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !out.isEmpty();
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> c;
            });
        }
        return out.toString();
    }
}

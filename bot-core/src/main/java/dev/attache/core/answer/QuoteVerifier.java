package dev.attache.core.answer;

/**
 * Checks that a quote occurs word for word in its article, comparing after normalizing white
 * space and quote marks (curly and straight, guillemets, low quotes) and ignoring an ellipsis
 * that marks an excerpt at either end.
 */
public final class QuoteVerifier {

    private QuoteVerifier() {
    }

    public static boolean occursIn(String quote, String articleText) {
        String needle = normalize(stripEllipsis(quote));
        return !needle.isEmpty() && normalize(articleText).contains(needle);
    }

    static String stripEllipsis(String quote) {
        String s = quote.strip();
        while (s.startsWith("…") || s.startsWith("...")) {
            s = s.substring(s.startsWith("…") ? 1 : 3).strip();
        }
        while (s.endsWith("…") || s.endsWith("...")) {
            s = s.substring(0, s.length() - (s.endsWith("…") ? 1 : 3)).strip();
        }
        return s;
    }

    /** Collapses white space runs to one space and maps every quote mark to its plain ASCII form. */
    public static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && !sb.isEmpty()) {
                sb.append(' ');
            }
            space = false;
            sb.append(switch (c) {
                case '“', '”', '„', '‟', '«', '»', '″' -> '"';
                case '‘', '’', '‚', '‛', '‹', '›', '′' -> '\'';
                default -> c;
            });
        }
        return sb.toString();
    }
}

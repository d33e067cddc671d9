package dev.attache.core.answer;

/**
 * Checks that a quote occurs word for word in its article, comparing after normalizing white
 * space and single quote marks and leaving double ones out (curly and straight, guillemets, low
 * quotes): a quotation continued in a new paragraph opens it with a mark the quote shown whole has
 * not. An ellipsis marks words left out: each part between ellipses must occur, in order.
 */
public final class QuoteVerifier {

    private QuoteVerifier() {
    }

    public static boolean occursIn(String quote, String articleText) {
        String haystack = normalize(articleText);
        int from = 0;
        boolean any = false;
        for (String part : stripEllipsis(quote).split("\\s*(…|\\.\\.\\.)\\s*")) {
            String needle = normalize(part);
            if (needle.isEmpty()) {
                continue;
            }
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return false;
            }
            from = at + needle.length();
            any = true;
        }
        return any;
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

    /** Collapses white space runs to one space, leaves double quote marks out and maps single ones to {@code '}. */
    public static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (isDoubleQuoteMark(c)) {
                continue;
            }
            if (space && !sb.isEmpty()) {
                sb.append(' ');
            }
            space = false;
            sb.append(switch (c) {
                case '‘', '’', '‚', '‛', '‹', '›', '′' -> '\'';
                default -> c;
            });
        }
        return sb.toString();
    }

    private static boolean isDoubleQuoteMark(char c) {
        return "\"“”„‟«»″".indexOf(c) >= 0;
    }
}

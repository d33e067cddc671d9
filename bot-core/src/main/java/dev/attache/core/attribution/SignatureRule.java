package dev.attache.core.attribution;

/**
 * The signature rule: a quotation signed with a dash and a name, as in lists of quotes, epigraphs and
 * embedded posts — “…” ― Sonya Herridge, or a quotation paragraph followed by a line "-President Obama,
 * tweeting after the speech." The name is the source, the dash the cue.
 */
final class SignatureRule {

    /** How many tokens a signature may run. */
    static final int MAX_SIGNATURE = 20;

    private SignatureRule() {
    }

    static boolean isDash(String token) {
        return token.equals("―") || token.equals("—") || token.equals("–") || token.equals("-")
                || token.equals("--");
    }

    /** The candidate for quotation {@code q} when a dash and a name follow it, or null. */
    static CandidateAttribution match(TextModel m, int q) {
        Quotation qt = m.quotations.get(q);
        int close = TokenSpans.firstToken(m, qt.end() - 1);
        if (close < 0 || !m.closesQuote(close)) {
            return null;
        }
        int d = close + 1;
        while (d < m.size && d - close <= 2 && m.kind[d] == TextModel.PUNCT && (m.is(d, ".") || m.is(d, ","))
                && m.quote[d] < 0) {
            d++;
        }
        if (d + 1 >= m.size || m.quote[d] >= 0 || !isDash(m.lower[d])) {
            return null;
        }
        if (MixedQuoteRule.titleWords(m, q) >= 1 && ".!?".indexOf(MixedQuoteRule.lastNonQuoteChar(m.text, qt)) < 0) {
            return null; // a work and its author in a list ("“Harbor Songs” — Tia Kasp"), no words anyone said
        }
        if (m.paragraph[d] != m.paragraph[close] && m.start[d] != m.paragraphs.get(m.paragraph[d]).start()) {
            return null; // on the next line it must open its paragraph
        }
        if (m.paragraph[d] != m.paragraph[close] && !opensLine(m.text, qt.start())) {
            // "“…,” Malone said. “…”" then "— Tia Kasp" on a line of its own: a live blog's entry signed by its writer,
            // whose paragraph already said who spoke
            return null;
        }
        int n = d + 1;
        if (m.paragraph[n] != m.paragraph[d] || !m.isCapitalized(n) || m.quote[n] >= 0) {
            return null;
        }
        int limit = n;
        while (limit + 1 < m.size && limit + 1 - n < MAX_SIGNATURE && m.paragraph[limit + 1] == m.paragraph[n]
                && m.quote[limit + 1] < 0 && !m.is(limit + 1, ".") && !m.is(limit + 1, ",")) {
            limit++;
        }
        int[] np = MentionFinder.nounPhraseRight(m, n, limit);
        if (np == null || np[1] != limit) {
            return null; // the signature is a name (or a role), nothing else before its end
        }
        return TokenSpans.quoted(m, q, np, d, d, 2);
    }

    /** Whether only spaces stand between offset {@code i} and the start of its line. */
    private static boolean opensLine(String text, int i) {
        int k = i - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }
}

package dev.attache.core.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A tokenized view of one article: word and punctuation tokens with their offsets, paragraphs,
 * top-level quotations and sentences (split outside quotations only). Built in linear time.
 */
final class TextModel {

    static final byte WORD = 0;
    static final byte PUNCT = 1;
    static final byte QUOTE = 2;

    private static final Set<String> ABBREVIATIONS = Words.set(
            "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt",
            "maj", "adm", "cmdr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb",
            "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "pres",
            "supt", "det", "messrs", "sens", "reps", "gens", "govs", "amb", "atty", "u.s", "u.n", "u.k",
            "d.c", "a.m", "p.m", "e.g", "i.e", "etc", "al", "ret", "cpl", "pvt", "insp", "supt", "dept",
            "univ", "assn", "bros", "mass", "calif", "fla", "ariz", "ill", "penn", "conn", "wash", "tex",
            "va", "md", "pa", "nev", "colo", "mich", "minn", "wis", "ky", "tenn", "okla", "ore", "ga",
            "ala", "miss", "ark", "kan", "neb", "del", "vt", "n.y", "n.j", "n.h", "n.c", "s.c");

    final String text;
    final int size;
    final int[] start;
    final int[] end;
    final byte[] kind;
    final String[] lower;
    /** Index of the quotation a token lies in (marks included), or -1. */
    final int[] quote;
    final int[] sentence;
    final int[] paragraph;
    final List<Span> paragraphs;
    final List<Quotation> quotations;
    /** Sentences as token ranges {@code [first, last]} inclusive. */
    final List<int[]> sentences = new ArrayList<>();

    TextModel(String text) {
        this.text = text;
        this.paragraphs = QuoteScanner.paragraphs(text);
        this.quotations = QuoteScanner.scan(text, paragraphs);
        int cap = Math.max(16, text.length() / 4);
        int[] s = new int[cap];
        int[] e = new int[cap];
        byte[] k = new byte[cap];
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (QuoteScanner.isSpace(c) || Character.isISOControl(c)) {
                i++;
                continue;
            }
            int j;
            byte kd;
            if (Character.isLetterOrDigit(c)) {
                j = i + 1;
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == '&')
                            && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else if (d == '/' && Character.isDigit(text.charAt(j - 1)) && j + 1 < n
                            && Character.isDigit(text.charAt(j + 1))) {
                        j += 2; // "9/11", "24/7" are one word
                    } else if (d == ',' && thousands(text, j)) {
                        j += 4; // "20,000" is one number
                    } else if (mojibakeSign(d) && (text.charAt(j - 1) == 'Ã' || text.charAt(j - 1) == 'Â'
                            || j + 1 < n && (Character.isLetter(text.charAt(j + 1)) || mojibakeSign(text.charAt(j + 1))))) {
                        j++; // UTF-8 read as Latin-1 ("FranÃ§ois" for "François"): the stray sign is part of the word
                    } else {
                        break;
                    }
                }
                if (j < n && text.charAt(j) == '.') {
                    String w = text.substring(i, j).toLowerCase(Locale.ROOT);
                    if (ABBREVIATIONS.contains(w) && !(w.equals("no") && !numberFollows(text, j + 1))
                            || (j - i == 1 && Character.isUpperCase(c))
                            || (w.indexOf('.') > 0 && w.length() <= 6)) {
                        j++;
                    }
                }
                kd = WORD;
                // split a possessive 's off its word
                if (j - i > 2 && (text.charAt(j - 1) == 's' || text.charAt(j - 1) == 'S')
                        && (text.charAt(j - 2) == '’' || text.charAt(j - 2) == '\'')) {
                    if (count + 2 >= s.length) {
                        s = grow(s);
                        e = grow(e);
                        k = grow(k);
                    }
                    s[count] = i;
                    e[count] = j - 2;
                    k[count] = WORD;
                    count++;
                    i = j - 2;
                }
            } else {
                j = i + 1;
                kd = QuoteScanner.isQuoteChar(c) ? QUOTE : PUNCT;
                if (c == '\'' && j < n && text.charAt(j) == '\'') {
                    j++; // ''
                }
                if (c == '’' || c == '\'') {
                    // a possessive after a plural (Jones’) or a contraction stays punctuation unless it is a quote mark
                    if (j < n && (text.charAt(j) == 's') && i > 0 && Character.isLetter(text.charAt(i - 1))
                            && (j + 1 >= n || !Character.isLetter(text.charAt(j + 1)))) {
                        j++;
                        kd = WORD;
                    }
                }
            }
            if (count + 1 >= s.length) {
                s = grow(s);
                e = grow(e);
                k = grow(k);
            }
            s[count] = i;
            e[count] = j;
            k[count] = kd;
            count++;
            i = j;
        }
        this.size = count;
        this.start = s;
        this.end = e;
        this.kind = k;
        this.lower = new String[count];
        for (int t = 0; t < count; t++) {
            lower[t] = lowerCase(text, s[t], e[t]);
        }
        this.quote = new int[count];
        this.paragraph = new int[count];
        int q = 0;
        int p = 0;
        for (int t = 0; t < count; t++) {
            while (p + 1 < paragraphs.size() && paragraphs.get(p).end() <= s[t]) {
                p++;
            }
            paragraph[t] = p;
            quote[t] = -1;
            while (q < quotations.size() && quotations.get(q).end() <= s[t]) {
                q++;
            }
            if (q < quotations.size()) {
                for (Span seg : quotations.get(q).segments()) {
                    if (seg.start() <= s[t] && s[t] < seg.end()) {
                        quote[t] = q;
                        break;
                    }
                }
            }
        }
        for (int t = 1; t + 1 < count; t++) {
            if (e[t] - s[t] == 1 && (text.charAt(s[t]) == '’' || text.charAt(s[t]) == '\'') && k[t - 1] == WORD
                    && e[t - 1] == s[t] && (text.charAt(s[t] - 1) == 's' || text.charAt(s[t] - 1) == 'S')
                    && k[t + 1] == WORD && s[t + 1] > e[t]
                    && (quote[t] < 0 || quotations.get(quote[t]).end() != e[t]
                    && quotations.get(quote[t]).start() != s[t])) {
                k[t] = WORD; // a plural possessive ("the Sanders’ campaign"), read like "’s"
                lower[t] = "’s";
            }
        }
        this.sentence = new int[count];
        splitSentences();
        this.nextQuoted = new int[count + 1];
        nextQuoted[count] = Integer.MAX_VALUE;
        for (int t = count - 1; t >= 0; t--) {
            nextQuoted[t] = quote[t] >= 0 ? t : nextQuoted[t + 1];
        }
    }

    /** The lower-cased text of [from, to): one copy for ASCII words, String.toLowerCase(Locale.ROOT) otherwise. */
    private static String lowerCase(String text, int from, int to) {
        boolean upper = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return text.substring(from, to).toLowerCase(Locale.ROOT);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return text.substring(from, to);
        }
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            chars[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(chars);
    }

    /** Smallest token index at or after t that lies in a quotation (MAX_VALUE if none). */
    final int[] nextQuoted;
    /** Prefix counts of non-space and of quoted non-space characters; built on first use (rarely needed). */
    private int[] nonSpaceBefore;
    private int[] quotedBefore;

    /** Fraction of the non-space characters of [from, to) that lie inside quotations. */
    double quotedFraction(int from, int to) {
        if (nonSpaceBefore == null) {
            countQuotedCharacters();
        }
        int ns = nonSpaceBefore[to] - nonSpaceBefore[from];
        return ns == 0 ? 0 : (double) (quotedBefore[to] - quotedBefore[from]) / ns;
    }

    private void countQuotedCharacters() {
        nonSpaceBefore = new int[text.length() + 1];
        quotedBefore = new int[text.length() + 1];
        int qi = 0;
        List<Span> segs = new ArrayList<>();
        for (Quotation qt : quotations) {
            segs.addAll(qt.segments());
        }
        for (int c = 0; c < text.length(); c++) {
            while (qi < segs.size() && segs.get(qi).end() <= c) {
                qi++;
            }
            boolean ns = !QuoteScanner.isSpace(text.charAt(c));
            boolean in = qi < segs.size() && segs.get(qi).start() <= c;
            nonSpaceBefore[c + 1] = nonSpaceBefore[c] + (ns ? 1 : 0);
            quotedBefore[c + 1] = quotedBefore[c] + (ns && in ? 1 : 0);
        }
    }

    private void splitSentences() {
        int first = 0;
        int datelineEnd = -1;
        for (int t = 0; t < size; t++) {
            if (t == first && (t == 0 || paragraph[t - 1] != paragraph[t])) {
                datelineEnd = datelineEnd(t);
            }
            boolean endHere = false;
            if (t + 1 >= size) {
                endHere = true;
            } else if (paragraph[t + 1] != paragraph[t]) {
                endHere = true;
            } else if (t == datelineEnd) {
                endHere = true;
            } else if (quote[t] < 0 && isTerminal(t)) {
                int u = t + 1;
                while (u < size && kind[u] == PUNCT && (lower[u].equals(")") || lower[u].equals("]"))) {
                    u++;
                }
                endHere = u < size && startsSentence(u) && !(quote[u] >= 0 && quote[u] == quote[t]);
                if (endHere && u - 1 > t) {
                    t = u - 1;
                }
            } else if (kind[t] == QUOTE && quote[t] >= 0 && t > 0 && isTerminal(t - 1)
                    && quotations.get(quote[t]).end() == end[t]) {
                // .” followed by a new sentence
                endHere = startsSentence(t + 1) && quote[t + 1] != quote[t];
            }
            if (endHere) {
                for (int u = first; u <= t; u++) {
                    sentence[u] = sentences.size();
                }
                sentences.add(new int[]{first, t});
                first = t + 1;
            }
        }
    }

    /**
     * The dash that ends a news dateline opening a paragraph ("WASHINGTON (AP) —", "NEW YORK, Nov. 19 (UPI) —"),
     * or -1: the dateline is a sentence of its own, so that the clause after it starts a sentence.
     */
    private int datelineEnd(int first) {
        if (kind[first] != WORD || lower[first].length() < 2 || !text.substring(start[first], end[first]).equals(
                text.substring(start[first], end[first]).toUpperCase(Locale.ROOT))) {
            return -1;
        }
        for (int t = first + 1; t + 1 < size && t - first <= 12 && paragraph[t] == paragraph[first] && quote[t] < 0; t++) {
            if (lower[t].equals(")")) {
                return SignatureRule.isDash(lower[t + 1]) ? t + 1 : -1;
            }
        }
        return -1;
    }

    private boolean isTerminal(int t) {
        if (kind[t] != PUNCT) {
            return false;
        }
        String w = lower[t];
        return w.equals(".") || w.equals("?") || w.equals("!") || w.equals("…");
    }

    private boolean startsSentence(int u) {
        if (kind[u] == QUOTE) {
            return quote[u] >= 0 && quotations.get(quote[u]).segments().stream().anyMatch(sg -> sg.start() == start[u]);
        }
        char c = text.charAt(start[u]);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '(' || c == '—' || c == '-';
    }

    String token(int t) {
        return text.substring(start[t], end[t]);
    }

    boolean isCapitalized(int t) {
        return kind[t] == WORD && (Character.isUpperCase(text.charAt(start[t])) || arabicArticleName(t));
    }

    /** Whether a number follows {@code at} after spaces: "No. 10" is "number", "No. Putin hasn’t" an answer. */
    private static boolean numberFollows(String text, int at) {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at < text.length() && Character.isDigit(text.charAt(at));
    }

    /** A name after an Arabic article, written lower-case with a hyphen: "al-Kaabi", "el-Sisi", "ash-Sharaa". */
    private boolean arabicArticleName(int t) {
        String w = lower[t];
        int hyphen = w.indexOf('-');
        return hyphen >= 2 && hyphen <= 3 && hyphen + 1 < w.length() && ARABIC_ARTICLES.contains(w.substring(0, hyphen))
                && Character.isUpperCase(text.charAt(start[t] + hyphen + 1));
    }

    private static final Set<String> ARABIC_ARTICLES = Words.set("al", "el", "ad", "ar", "as", "ash", "az");

    boolean is(int t, String lowerWord) {
        return t >= 0 && t < size && lower[t].equals(lowerWord);
    }

    /**
     * A Latin-1 sign or control character that mis-decoded UTF-8 leaves inside a word (the second byte of "é" is "©",
     * of "ç" "§"); the no-break space and the guillemets stay separators.
     */
    private static boolean mojibakeSign(char c) {
        return c >= '\u0080' && c <= '\u00BF' && c != '\u00A0' && c != '«' && c != '»';
    }

    /** A comma at {@code j} between a digit and exactly three digits ("20,000"; not "2015, 2016"). */
    private static boolean thousands(String text, int j) {
        int n = text.length();
        if (j == 0 || j + 3 >= n || !Character.isDigit(text.charAt(j - 1))) {
            return false;
        }
        for (int u = j + 1; u <= j + 3; u++) {
            if (!Character.isDigit(text.charAt(u))) {
                return false;
            }
        }
        return j + 4 >= n || !Character.isLetterOrDigit(text.charAt(j + 4));
    }

    boolean opensQuote(int t) {
        if (kind[t] != QUOTE || quote[t] < 0) {
            return false;
        }
        for (Span seg : quotations.get(quote[t]).segments()) {
            if (seg.start() == start[t]) {
                return true;
            }
        }
        return false;
    }

    /** True when token t is the closing mark of a quotation segment. */
    boolean closesQuote(int t) {
        if (kind[t] != QUOTE || quote[t] < 0) {
            return false;
        }
        for (Span seg : quotations.get(quote[t]).segments()) {
            if (seg.end() == end[t] && seg.start() != start[t]) {
                return true;
            }
        }
        return false;
    }

    int sentenceStart(int t) {
        return sentences.get(sentence[t])[0];
    }

    int sentenceEnd(int t) {
        return sentences.get(sentence[t])[1];
    }

    private static int[] grow(int[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2 + 16);
    }

    private static byte[] grow(byte[] a) {
        return java.util.Arrays.copyOf(a, a.length * 2 + 16);
    }
}

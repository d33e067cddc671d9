package dev.attache.core.attribution;

import java.util.Set;

/**
 * Span utilities shared by the attribution rules: token lookup by offset, content ends without trailing
 * punctuation, skipping adverbs and short prepositional phrases, and setting a candidate's content to tokens or a quotation.
 */
final class TokenSpans {

    private TokenSpans() {
    }

    /** Last content token from r to the sentence end b, dropping final punctuation outside quotes; may be < r. */
    static int contentEnd(TextModel m, int r, int b) {
        int e = b;
        while (e >= r && m.kind[e] == TextModel.PUNCT && m.quote[e] < 0) {
            e--;
        }
        return e;
    }

    static void setContent(TextModel m, CandidateAttribution r, int from, int to) {
        r.cs = m.start[from];
        r.ce = m.end[Math.max(from, to)];
        r.quotation = -1;
        if (m.quote[to] >= 0 && m.closesQuote(to)) {
            r.quotation = m.quote[to];
        }
    }

    /**
     * A candidate whose content is quotation {@code q}: its source is tokens {@code source[0]} to
     * {@code source[1]}, its cue tokens {@code cueFrom} to {@code cueTo}.
     */
    static CandidateAttribution quoted(TextModel m, int q, int[] source, int cueFrom, int cueTo, int strength) {
        CandidateAttribution r = new CandidateAttribution();
        r.sf = source[0];
        r.st = source[1];
        r.cf = cueFrom;
        r.ct = cueTo;
        r.strength = strength;
        setQuotation(m, r, q);
        return r;
    }

    static void setQuotation(TextModel m, CandidateAttribution r, int q) {
        Quotation qt = m.quotations.get(q);
        r.cs = qt.start();
        r.ce = qt.end();
        r.quotation = q;
    }

    static boolean startsWithQuotation(TextModel m, CandidateAttribution r) {
        int t = firstToken(m, r.cs);
        return t >= 0 && m.start[t] == r.cs && m.opensQuote(t);
    }

    static void extendToQuotation(TextModel m, CandidateAttribution r, int q) {
        r.interrupted = true;
        r.ce = Math.max(r.ce, m.quotations.get(q).end());
        r.quotation = q;
    }

    /** Index of the token starting at or containing char offset {@code pos}, or -1. */
    static int firstToken(TextModel m, int pos) {
        int lo = 0;
        int hi = m.size - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (m.start[mid] <= pos) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    static long overlap(Quotation q, int s, int e) {
        return Math.max(0, Math.min(q.end(), e) - Math.max(q.start(), s));
    }

    static boolean isInside(TextModel m, CandidateAttribution r, int pos) {
        for (Span s : m.quotations.get(r.quotation).segments()) {
            if (s.start() <= pos && pos < s.end()) {
                return true;
            }
        }
        return false;
    }

    static boolean containsQuotation(TextModel m, int from, int to) {
        return from < m.size && m.nextQuoted[from] <= to;
    }

    static boolean isTerminalPunct(String w) {
        return w.equals(".") || w.equals("?") || w.equals("!");
    }

    static int skipModifiers(TextModel m, int r, int b) {
        boolean moved = true;
        int guard = 0;
        while (moved && r <= b && guard++ < 6) {
            moved = false;
            if (m.quote[r] >= 0 || m.kind[r] != TextModel.WORD) {
                break;
            }
            String w = m.lower[r];
            if (TIME_WORDS.contains(w) && !ownsWhatFollows(m, r, b) || MentionFinder.isLyAdverb(m, r)) {
                r++;
                moved = true;
                continue;
            }
            if (PP_PREPOSITIONS.contains(w)) {
                for (int e = r + 1; e <= b && e <= r + 12; e++) {
                    if (dateComma(m, e)) {
                        continue; // "in a September 16, 2012 email": the comma of a date
                    }
                    if (m.quote[e] < 0 && m.kind[e] != TextModel.WORD || m.quote[e] < 0 && e > r + 7
                            || m.quote[e] < 0 && (m.is(e, "and") || m.is(e, "but") || CueLexicon.isVerbOnly(m.lower[e]))) {
                        break; // "asked for a photo and Clinton said, “…”": a new clause, not the phrase's end
                    }
                    int n = e + 1;
                    if (n <= b && e > r + 1 && m.quote[n] < 0 && PP_PREPOSITIONS.contains(m.lower[n]) && !m.is(n, "of")
                            && thatAfterPhrases(m, n, b)) {
                        r = n; // "said during a news conference at City Hall on Tuesday that …": phrase after phrase
                        moved = true;
                        break;
                    }
                    if (n > b || m.quote[n] < 0 && (m.is(n, "that") || m.is(n, ",") && !dateComma(m, n) || m.is(n, ":")
                            || m.kind[n] == TextModel.PUNCT && isTerminalPunct(m.lower[n]) && !w.equals("to"))) {
                        if (n > b || !m.is(n, ",") || e < b) {
                            r = e + 1;
                            moved = true;
                        }
                        break;
                    }
                }
            }
        }
        return r;
    }

    /**
     * Whether words {@code r..b} run to the sentence's end with no quotation, mark, verb, conjunction, subject pronoun
     * or "that" ("in an earlier speech to trainees at Pertamina Oil Company", after the preposition the caller saw), at
     * most {@link #MAX_TRAILING_PHRASES} words.
     */
    static boolean phrasesToTheEnd(TextModel m, int r, int b) {
        int end = b;
        while (end > r && m.kind[end] == TextModel.PUNCT && isTerminalPunct(m.lower[end])) {
            end--; // the sentence's closing mark
        }
        if (end == b && b + 1 < m.size && !(m.kind[b + 1] == TextModel.PUNCT && isTerminalPunct(m.lower[b + 1]))
                || end - r + 1 > MAX_TRAILING_PHRASES) {
            return false;
        }
        for (int k = r; k <= end; k++) {
            String w = m.lower[k];
            if (m.quote[k] >= 0 || m.kind[k] != TextModel.WORD || CueLexicon.isVerbOnly(w) || CueLexicon.lemma(w) != null
                    || w.equals("that") || w.equals("and") || w.equals("but") || w.equals("or")
                    || Lexicon.FINITE_AUXILIARIES.contains(w) || ClauseSubjects.SUBJECT_PRONOUNS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final int MAX_TRAILING_PHRASES = 16;

    /** Whether "that" follows within a dozen words of {@code from}, with only words between. */
    private static boolean thatAfterPhrases(TextModel m, int from, int b) {
        for (int k = from; k <= b && k - from <= 12; k++) {
            if (m.quote[k] >= 0 || m.kind[k] != TextModel.WORD || CueLexicon.isVerbOnly(m.lower[k])) {
                return false;
            }
            if (m.is(k, "that")) {
                return true;
            }
        }
        return false;
    }

    /** A comma between a day and a year ("September 16, 2012"). */
    static boolean dateComma(TextModel m, int k) {
        if (k <= 0 || k + 1 >= m.size || !m.is(k, ",") || m.quote[k] >= 0) {
            return false;
        }
        String day = m.lower[k - 1];
        return !day.isEmpty() && day.length() <= 2 && day.chars().allMatch(Character::isDigit)
                && MentionFinder.isYear(m.lower[k + 1]);
    }

    /** Whether the time words from {@code r} end in a possessive: "said this year’s outlook …" opens the content. */
    private static boolean ownsWhatFollows(TextModel m, int r, int b) {
        int k = r;
        while (k <= b && TIME_WORDS.contains(m.lower[k])) {
            k++;
        }
        return k <= b && (m.is(k, "’s") || m.is(k, "'s"));
    }

    static final Set<String> TIME_WORDS = Words.set("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "yesterday", "today", "tonight", "earlier", "later", "recently",
            "again", "repeatedly", "publicly", "privately", "afterward", "afterwards", "previously",
            "also", "too", "last", "this", "week", "month", "year", "morning", "afternoon", "evening",
            "night", "then", "once", "twice", "separately", "flatly", "bluntly", "simply", "frankly",
            "openly", "firmly");

    static final Set<String> PP_PREPOSITIONS = Words.set("in", "on", "at", "during", "to", "after",
            "before", "via", "through", "from", "with", "over", "for", "about", "of", "by");
}

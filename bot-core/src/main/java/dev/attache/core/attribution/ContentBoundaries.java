package dev.attache.core.attribution;

import java.util.List;
import java.util.Set;

/**
 * Adjusts content ends after the rules ran: cuts a content where the next attribution of its sentence
 * begins, and ends a mixed quote at its closing mark when a new clause or adjunct follows a comma or "and".
 */
final class ContentBoundaries {

    private ContentBoundaries() {
    }

    /** Where a content runs into the next attribution of its sentence, cut it before that one's source or cue. */
    static void truncateOverlaps(TextModel m, List<CandidateAttribution> raws) {
        for (int i = 0; i < raws.size(); i++) {
            CandidateAttribution r = raws.get(i);
            if (r.turn) {
                continue;
            }
            for (int k = i + 1; k < raws.size(); k++) {
                CandidateAttribution n = raws.get(k);
                if (n.cueStart(m) >= r.ce) {
                    break;
                }
                if (n.cueStart(m) <= r.cs) {
                    continue;
                }
                if (n.sf >= 0 && n.sourceOf == null && m.start[n.sf] == r.cs) {
                    continue; // nested: "X says [he backed the plan]" keeps the whole clause as X's content
                }
                if (n.sf >= 0 && n.sourceOf == null && m.start[n.sf] > r.cs && n.sf - TokenSpans.firstToken(m, r.cs) <= 12
                        && r.quotation < 0 && n.cf > n.sf && !afterClosingMark(m, n.sf)) {
                    continue; // nested within a dozen words of the start: "X said that for decades [critics had predicted …]"
                }
                if (relativeInside(m, n, r)) {
                    continue; // "X acknowledged that there are “some people” who feel that way, “but …”": one content
                }
                int cut = n.cf >= 0 ? m.start[n.cf] : n.cs;
                if (n.sf >= 0 && n.sourceOf == null && m.start[n.sf] > r.cs && m.start[n.sf] < cut) {
                    cut = m.start[n.sf];
                }
                if (r.quotation >= 0 && r.cs <= m.quotations.get(r.quotation).start()
                        && m.quotations.get(r.quotation).end() > cut && TokenSpans.isInside(m, r, cut)) {
                    continue; // the other cue lies inside this quotation
                }
                int e = TokenSpans.firstToken(m, cut - 1);
                while (e >= 0 && m.start[e] > r.cs && (m.kind[e] == TextModel.PUNCT && m.quote[e] < 0
                        || m.is(e, "and") || m.is(e, "but") || m.is(e, "as") || m.is(e, "by") || m.is(e, "after")
                        || m.is(e, "before") || m.is(e, "while") || m.is(e, "without"))) {
                    e--;
                }
                if (e >= 0 && m.end[e] > r.cs) {
                    r.ce = Math.min(r.ce, m.end[e]);
                }
                break;
            }
        }
    }

    /**
     * A quotation claimed by a reporting clause right after it ("…: “…,” the union wrote.") is that clause's: an
     * earlier cue whose content ran on into it ("The statement also referenced the impact it said … would have: “…”")
     * ends before the quotation.
     */
    static void yieldToInvertedClauses(TextModel m, List<CandidateAttribution> raws) {
        for (CandidateAttribution n : raws) {
            if (n.quotation < 0 || n.cf < 0 || n.sourceOf != null || n.interrupted
                    || m.is(n.cf, "put") || m.is(n.cf, "puts")) {
                continue; // "pledges to “…,” as she put it": the aside leaves the quotation to the verb before it
            }
            Quotation q = m.quotations.get(n.quotation);
            if (n.cs != q.start() || m.start[n.cf] < q.end()) {
                continue; // not "“…,” X wrote"
            }
            for (CandidateAttribution r : raws) {
                if (r == n || r.cf < 0 || m.end[r.ct] > q.start() || r.cs >= q.start() || r.ce < q.end()) {
                    continue;
                }
                int e = TokenSpans.firstToken(m, q.start()) - 1;
                while (e >= 0 && m.start[e] > r.cs && m.kind[e] == TextModel.PUNCT && m.quote[e] < 0) {
                    e--;
                }
                r.ce = e >= 0 && m.end[e] > r.cs ? m.end[e] : r.cs;
                r.quotation = -1;
            }
        }
    }

    /**
     * A report whose source is a relative pronoun ("who") inside another report's quoting content: a relative clause
     * of that content ("there are “some people” who feel that way, “but …”"), part of it and no report of its own.
     * Without a quotation the outer content keeps such a clause anyway (a nested report near its start), and
     * PolNeAR annotates some of those relative reports on their own.
     */
    static boolean relativeInside(TextModel m, CandidateAttribution inner, CandidateAttribution outer) {
        return inner.sf >= 0 && inner.sf == inner.st && inner.sourceOf == null && RELATIVES.contains(m.lower[inner.sf])
                && outer.cf >= 0 && outer.quotation >= 0 && outer.cf < inner.sf
                && m.start[inner.sf] > outer.cs && m.start[inner.sf] < outer.ce
                && m.sentence[outer.cf] == m.sentence[inner.sf];
    }

    private static final Set<String> RELATIVES = Words.set("who", "whom", "that", "which");

    /**
     * A source right after a quotation's closing mark (and a comma): "X said the plan “will work,” the paper
     * reported": the reporting clause of another report, not a report nested at the start of X's content.
     */
    private static boolean afterClosingMark(TextModel m, int sf) {
        int p = sf - 1;
        if (p >= 0 && m.is(p, ",") && m.quote[p] < 0) {
            p--;
        }
        return p >= 0 && m.closesQuote(p);
    }

    /** An unquoted dash among tokens {@code from..to}. */
    private static boolean dashIn(TextModel m, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (SignatureRule.isDash(m.lower[k]) && m.quote[k] < 0) {
                return true;
            }
        }
        return false;
    }

    static final Set<String> CLAUSE_AFTER_COMMA = Words.set("as", "while", "according", "who", "which",
            "in", "at", "after", "before", "during", "when", "though", "although", "because", "since", "but", "and",
            "even", "then", "despite", "where");

    /**
     * Mixed quotes: "X says he is “tied for second” with Y, in a finish that …" ends the content after
     * the quoted words when what follows is a new clause or an adjunct (", adding …", " and argued …",
     * ", in a …", " - a charge that …"), as PolNeAR annotates it. A subordinate clause right after the
     * closing mark, without a comma ("he is “a unifier” who …", "“ready” as he …"), stays in the content:
     * PolNeAR runs it on.
     */
    static void trimAfterQuote(TextModel m, CandidateAttribution r) {
        if (r.ce <= r.cs) {
            return;
        }
        if (namesQuotation(m, r) || endsAtOpeningQuotation(m, r)) {
            return;
        }
        if (r.quotation >= 0 && m.quotations.get(r.quotation).start() <= r.cs) {
            return;
        }
        int from = TokenSpans.firstToken(m, r.cs);
        int to = TokenSpans.firstToken(m, r.ce - 1);
        if (from < 0 || to < 0 || to - from > 400) {
            return;
        }
        for (int k = from; k < to; k++) {
            if (!m.closesQuote(k)) {
                continue;
            }
            int n = k + 1;
            while (n < to && m.kind[n] == TextModel.PUNCT && m.quote[n] < 0 && !m.lower[n].equals(",")) {
                n++;
            }
            boolean cut = false;
            if (k + 2 <= to && SignatureRule.isDash(m.lower[k + 1]) && m.quote[k + 1] < 0
                    && m.kind[k + 2] == TextModel.WORD && m.quote[k + 2] < 0
                    && !dashIn(m, from, k) && !dashIn(m, k + 2, to)) {
                // "likened it to “…” - a charge that …": an aside after a dash, unless it is quoted too or the
                // dash is one of a pair ("argued that “…” - including X - favored …", "called a vote — “…” — for …")
                cut = true;
            } else if (n < to && m.lower[n].equals(",") && n + 1 <= to) {
                String w = m.lower[n + 1];
                cut = m.kind[n + 1] == TextModel.WORD && !m.isCapitalized(n + 1)
                        && (w.endsWith("ing") || CLAUSE_AFTER_COMMA.contains(w));
            } else if (n < to && (m.is(n, "and") || m.is(n, "but")) && n + 1 <= to) {
                String w = m.lower[n + 1];
                cut = m.kind[n + 1] == TextModel.WORD && !m.isCapitalized(n + 1) && m.quote[n + 1] < 0
                        && (CueLexicon.lemma(w) != null || w.endsWith("ed") && !Lexicon.STOP.contains(w))
                        || m.quote[n + 1] < 0 && ClauseSubjects.SUBJECT_PRONOUNS.contains(w) && !w.equals("who")
                        && !w.equals("you"); // "… “a nice guy” and he did not …": a new clause with its own subject
            }
            if (cut) {
                r.ce = m.end[k];
                r.quotation = m.quote[k];
                return;
            }
        }
    }

    /**
     * A content opening with a quotation whose comma is inside the closing mark, then a subordinate clause of
     * time ("she says “Don’t you do it,” until gunshots are heard"): the clause is the narrator's, not the speaker's.
     * True when it cut the content there.
     */
    private static boolean endsAtOpeningQuotation(TextModel m, CandidateAttribution r) {
        int first = TokenSpans.firstToken(m, r.cs);
        if (first < 0 || m.start[first] != r.cs || !m.opensQuote(first) || r.interrupted) {
            return false;
        }
        Quotation q = m.quotations.get(m.quote[first]);
        int close = TokenSpans.firstToken(m, q.end() - 1);
        if (!q.closed() || q.end() >= r.ce || close + 1 >= m.size || m.quote[close + 1] >= 0
                || !TIME_CLAUSES.contains(m.lower[close + 1]) || m.isCapitalized(close + 1)
                || MixedQuoteRule.lastNonQuoteChar(m.text, q) != ',') {
            return false;
        }
        r.ce = q.end();
        r.quotation = m.quote[first];
        return true;
    }

    private static final Set<String> TIME_CLAUSES = Words.set("until", "as", "when", "before", "after", "while");

    private static final Set<String> NAMING_FORMS = Words.set("called", "calls", "call", "dubbed", "dubs", "termed",
            "terms", "labeled", "labelled", "labels", "nicknamed", "branded", "brands");

    /**
     * A naming cue whose content opens with a quotation ("under what X called “the old model,” the club …",
     * "what X called “a new era” in his memoir"): the quotation is the name given, so the content ends with it.
     * True when it cut the content there.
     */
    private static boolean namesQuotation(TextModel m, CandidateAttribution r) {
        if (r.cf < 0 || r.cf != r.ct || !NAMING_FORMS.contains(m.lower[r.cf])) {
            return false;
        }
        int first = TokenSpans.firstToken(m, r.cs);
        if (first < 0 || m.start[first] != r.cs || !m.opensQuote(first)) {
            return false;
        }
        Quotation q = m.quotations.get(m.quote[first]);
        if (q.start() != r.cs || !q.closed() || q.end() >= r.ce) {
            return false;
        }
        r.ce = q.end();
        r.quotation = m.quote[first];
        return true;
    }
}

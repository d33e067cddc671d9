package dev.attache.core.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who said what in an article: direct quotations (“…,” X said / X said: “…” / quotes that
 * span paragraphs or are interrupted by their cue), mixed and indirect speech (X said that …,
 * according to X, …), each with its content, cue and source mention, and the speaker the mention
 * resolves to within the article. Heuristic and linear in the text length; thread-safe (no state
 * between calls). Offsets are Java String indices into the text.
 */
public final class AttributionExtractor {

    private static final Set<String> TIME_WORDS = Words.set("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "yesterday", "today", "tonight", "earlier", "later", "recently",
            "again", "repeatedly", "publicly", "privately", "afterward", "afterwards", "previously",
            "also", "too", "last", "this", "week", "month", "year", "morning", "afternoon", "evening",
            "night", "then", "once", "twice", "separately", "flatly", "bluntly", "simply", "frankly",
            "openly", "firmly");
    private static final Set<String> PP_PREPOSITIONS = Words.set("in", "on", "at", "during", "to", "after",
            "before", "via", "through", "from", "with", "over", "for", "about", "of", "by");
    private static final Set<String> NOT_A_CUE_BEFORE = Words.set("to", "the", "a", "an", "his", "her", "their",
            "its", "our", "my", "your", "this", "these", "those", "that", "so-called", "was", "were", "been",
            "being", "be", "is", "are", "get", "got", "i", "you", "not");
    /** Longer contents are judged from the quotation index instead of rescanning (keeps extraction linear). */
    private static final int DIRECT_RULE_MAX_LENGTH = 4000;
    private static final Set<String> OBJECT_PRONOUNS = Words.set("them", "him", "her", "me", "us", "you",
            "reporters", "journalists", "listeners", "viewers", "supporters", "voters", "lawmakers");
    private static final Set<String> NOUN_LIKE = Words.set("support", "plan", "show", "want", "oppose", "endorse",
            "decline", "refuse", "seek", "intend", "note", "state", "comment", "remark", "claim", "tweet");
    private static final Set<String> SUBJECT_PRONOUNS = Words.set("i", "we", "they", "you", "he", "she", "who");
    private static final Set<String> WH = Words.set("whether", "if", "how", "why", "what", "who", "when", "where",
            "which", "about");
    private static final Set<String> SUBJECTLESS = Words.set("that", "which", "it", "this", "there", "what");

    /** Extracts the attributions of {@code text}; never throws for any input string. */
    public List<Attribution> extract(String text, ArticleContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        if (text.isEmpty()) {
            return List.of();
        }
        TextModel m = new TextModel(text);
        List<Raw> raws = new ArrayList<>();
        for (int[] s : m.sentences) {
            cuePass(m, s[0], s[1], raws);
        }
        raws.sort(Comparator.comparingInt(r -> r.cueStart(m)));
        quotePass(m, context, raws);
        raws.sort(Comparator.comparingInt(r -> r.cueStart(m)));
        truncateOverlaps(m, raws);
        for (Raw r : raws) {
            trimAfterQuote(m, r);
        }
        SpeakerResolver resolver = new SpeakerResolver(m, context);
        List<Attribution> out = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            if (r.ce <= r.cs) {
                continue;
            }
            Optional<Speaker> speaker;
            if (r.sourceOf != null) {
                speaker = r.sourceOf.speaker;
            } else if (r.sf >= 0) {
                speaker = resolver.resolve(r.sf, r.st);
            } else if (r.authorSpeaks) {
                speaker = Optional.of(resolver.authorSpeaker());
            } else {
                speaker = Optional.empty();
            }
            r.speaker = speaker;
            Optional<Span> source = r.sf >= 0 ? Optional.of(new Span(m.start[r.sf], m.end[r.st])) : Optional.empty();
            Optional<Span> cue = r.cf >= 0 ? Optional.of(new Span(m.start[r.cf], m.end[r.ct])) : Optional.empty();
            Span content = new Span(r.cs, r.ce);
            boolean direct = isDirect(m, content) || r.interrupted && startsWithQuotation(m, r);
            out.add(new Attribution(content, source, cue, speaker, direct));
        }
        out.sort(Comparator.comparingInt(a -> a.content().start()));
        return List.copyOf(out);
    }

    /** An attribution under construction; offsets of content are characters, the rest tokens. */
    private static final class Raw {
        int cs;
        int ce;
        int sf = -1;
        int st = -1;
        int cf = -1;
        int ct = -1;
        int sentence;
        int quotation = -1; // the (last) quotation its content is made of, or -1
        boolean authorSpeaks;
        boolean interrupted; // a quotation continued after its reporting clause: direct whatever lies between
        int strength = 1; // 3: "X said: “…”", 2: "“…,” X said", 1: otherwise; breaks ties between cues of one quote
        Raw sourceOf;
        Optional<Speaker> speaker = Optional.empty();

        int cueStart(TextModel m) {
            return cf >= 0 ? m.start[cf] : cs;
        }
    }

    // ---------------------------------------------------------------- cue-driven pass

    private static void cuePass(TextModel m, int a, int b, List<Raw> raws) {
        Raw previous = null;
        for (int t = a; t <= b; t++) {
            if (m.quote[t] >= 0 || m.kind[t] != TextModel.WORD) {
                continue;
            }
            Raw r = null;
            if (m.lower[t].equals("according") && m.is(t + 1, "to") && t + 1 <= b) {
                r = according(m, t, a, b);
            } else if (NOUN_CUES.contains(m.lower[t]) && t - 1 >= a && t + 2 <= b && (r = nounCue(m, t, a, b)) != null) {
                // "Kim’s claim that …"
            } else if (m.lower[t].equals("asked") && m.isCapitalized(t) && (t == a || m.is(t - 1, "when"))) {
                r = askedIntro(m, t, b);
            } else if (m.lower[t].equals("expected") && t > a && t + 1 <= b && m.is(t + 1, "to")
                    && Words.set("is", "are", "was", "were", "be", "been", "’s", "'s").contains(m.lower[t - 1])) {
                r = expected(m, t, t - 1, a, b);
            } else if (m.lower[t].equals("asked") && t > a && t + 2 <= b && !m.is(t + 1, "by")
                    && Words.set("was", "were", "is", "are", "been", "being").contains(m.lower[t - 1])
                    && (r = passiveAsked(m, t, b)) != null) {
                // "Trump was asked what he thought …": the asker is not named
            } else if (SEEM.contains(m.lower[t]) && t > a && t + 1 <= b && m.quote[t + 1] < 0
                    && !Lexicon.DETERMINERS.contains(m.lower[t - 1]) && !m.is(t - 1, "to")) {
                r = expected(m, t, t, a, b); // "The panel seemed aimed at …": an impression, whose holder is not named
            } else {
                String lemma = CueLexicon.lemma(m.lower[t]);
                if (lemma != null && !m.isCapitalized(t)) {
                    r = verb(m, t, lemma, a, b, previous);
                }
            }
            if (r != null) {
                r.sentence = m.sentence[t];
                raws.add(r);
                previous = r;
            }
        }
    }

    private static final Set<String> NOUN_CUES = Words.set("claim", "claims", "assertion", "assertions", "suggestion",
            "statement", "remarks", "comments", "comment", "criticism", "concern", "concerns", "argument", "warning",
            "warnings", "promise", "pledge", "view", "belief", "insistence", "accusation", "accusations", "allegation",
            "allegations", "denial", "prediction", "assessment", "announcement", "contention", "suggestions",
            "admission", "assurance", "assurances", "vow", "hope", "fear", "fears", "complaint", "complaints",
            "criticisms", "praise", "support", "opposition", "proposal", "plan", "plans", "call", "calls", "demand",
            "demands", "decision", "threat", "threats", "insistence", "position", "message");
    private static final Set<String> POSSESSIVE_PRONOUNS = Words.set("his", "her", "their", "its", "my", "our");

    /** "Kim’s claim that …", "his warning that …": a possessive source and the clause the noun introduces. */
    private static Raw nounCue(TextModel m, int t, int a, int b) {
        int n = t + 1;
        if (!m.is(n, "that") || m.quote[n] >= 0) {
            return null;
        }
        int p = t - 1;
        while (p >= a && p >= t - 3 && m.kind[p] == TextModel.WORD && !m.isCapitalized(p)
                && !POSSESSIVE_PRONOUNS.contains(m.lower[p]) && !m.lower[p].equals("’s") && !m.lower[p].equals("'s")
                && !Lexicon.STOP.contains(m.lower[p]) && !Lexicon.DETERMINERS.contains(m.lower[p])) {
            p--; // adjectives: "his repeated claims"
        }
        int[] src;
        if (p >= a && POSSESSIVE_PRONOUNS.contains(m.lower[p]) && !m.is(p, "its") && !m.is(p, "my") && !m.is(p, "our")) {
            src = new int[]{p, p};
        } else if (p - 1 >= a && (m.lower[p].equals("’s") || m.lower[p].equals("'s")) && m.isCapitalized(p - 1)) {
            int from = MentionFinder.nounPhraseLeft(m, p - 1, a);
            if (from < 0) {
                return null;
            }
            src = new int[]{from, p - 1};
        } else {
            return null;
        }
        int c = n + 1;
        int e = c;
        while (e + 1 <= b && e - c < 60 && !(m.quote[e + 1] < 0 && (m.lower[e + 1].equals(",") && !m.is(e + 2, "“")
                || m.lower[e + 1].equals(";") || m.lower[e + 1].equals("—")))) {
            e++;
        }
        e = contentEnd(m, c, e);
        if (e < c + 1) {
            return null;
        }
        Raw r = new Raw();
        r.sf = src[0];
        r.st = src[1];
        r.cf = t;
        r.ct = t;
        setContent(m, r, c, e);
        return r;
    }

    /** "Asked whether the plan would pass, the senator said …": the question, with no source of its own. */
    private static Raw askedIntro(TextModel m, int t, int b) {
        int k = t + 1;
        while (k <= b && k - t < 10 && m.quote[k] < 0 && !WH.contains(m.lower[k]) && !m.lower[k].equals(",")) {
            k++;
        }
        if (k > b || !WH.contains(m.lower[k]) || m.quote[k] < 0 && m.lower[k].equals(",")) {
            return null;
        }
        int e = k + 1;
        while (e <= b && e - k < 60 && !(m.lower[e].equals(",") && m.quote[e] < 0)) {
            e++;
        }
        if (e > b || e - k < 2) {
            return null;
        }
        Raw r = new Raw();
        r.cf = t;
        r.ct = t;
        setContent(m, r, k, e - 1);
        return r;
    }

    /** "The bill is expected to pass", "He seems ready": an expectation or impression whose holder the sentence does not name. */
    private static Raw passiveAsked(TextModel m, int t, int b) {
        int c = t + 1;
        int e = c;
        while (e + 1 <= b && e - c < 60 && !(m.quote[e + 1] < 0 && (m.lower[e + 1].equals(",") || m.lower[e + 1].equals(";")))) {
            e++;
        }
        e = contentEnd(m, c, e);
        if (e < c + 1 || m.quote[c] >= 0) {
            return null;
        }
        Raw r = new Raw();
        r.cf = t - 1;
        r.ct = t;
        setContent(m, r, c, e);
        return r;
    }

    private static final Set<String> SEEM = Words.set("seem", "seems", "seemed", "seeming", "appear", "appears",
            "appeared");

    private static Raw expected(TextModel m, int t, int cueFrom, int a, int b) {
        int e = contentEnd(m, t + 1, b);
        int first = a;
        while (first < t && m.kind[first] == TextModel.PUNCT) {
            first++;
        }
        if (e < t + 1 || t - 1 - first < 1 || t - first > 25) {
            return null;
        }
        for (int k = first; k < t; k++) {
            if (m.lower[k].equals(",") || m.quote[k] >= 0) {
                first = k + 1; // an introductory phrase or an earlier clause is not part of it
            }
        }
        if (first >= t - 1) {
            return null;
        }
        if (first >= cueFrom) {
            return null;
        }
        Raw r = new Raw();
        r.cf = cueFrom;
        r.ct = t;
        setContent(m, r, first, e);
        return r;
    }

    private static Raw according(TextModel m, int t, int a, int b) {
        int[] src = MentionFinder.nounPhraseRight(m, t + 2, b);
        if (src == null) {
            return null;
        }
        Raw r = new Raw();
        r.cf = t;
        r.ct = t + 1;
        r.sf = src[0];
        r.st = src[1];
        int first = a;
        while (first < t && (m.is(first, "but") || m.is(first, "and") || m.kind[first] == TextModel.PUNCT)) {
            first++;
        }
        if (first == t) {
            int c = src[1] + 1;
            if (c <= b && m.lower[c].equals(",")) {
                c++;
            }
            int e = contentEnd(m, c, b);
            if (e < c) {
                return null;
            }
            setContent(m, r, c, e);
        } else {
            int e = t - 1;
            while (e >= a && m.kind[e] == TextModel.PUNCT && !m.closesQuote(e)) {
                e--;
            }
            if (e < a) {
                return null;
            }
            int c = src[1] + 1;
            int end = e;
            if (c <= b && m.lower[c].equals(",") && contentEnd(m, c + 1, b) >= c + 2) {
                end = contentEnd(m, c + 1, b); // "X, according to Y, Z"
            }
            if (m.quote[e] >= 0 && m.closesQuote(e)) {
                setQuotation(m, r, m.quote[e]);
            } else {
                setContent(m, r, first, end);
            }
        }
        return r;
    }

    private static Raw verb(TextModel m, int t, String lemma, int a, int b, Raw previous) {
        String w = m.lower[t];
        if (t - 1 >= a && NOT_A_CUE_BEFORE.contains(m.lower[t - 1])
                && !(Lexicon.FIRST_PERSON.contains(m.lower[t - 1]) || m.lower[t - 1].equals("you"))) {
            return null;
        }
        if (m.is(t + 1, "of") && !lemma.equals("say")) {
            return null;
        }
        if (NOUN_LIKE.contains(lemma) && (w.equals(lemma) || w.equals(lemma + "s"))) {
            // "support", "plans": as often nouns as verbs; a verb only after a subject-like word or an auxiliary
            int p = t - 1;
            boolean verbLike = p >= a && (SUBJECT_PRONOUNS.contains(m.lower[p])
                    || Lexicon.BETWEEN.contains(m.lower[p]) && !m.lower[p].endsWith("s") && !m.is(p, "has"));
            if (!verbLike) {
                return null;
            }
        }
        boolean weak = CueLexicon.WEAK.contains(lemma);
        boolean gerund = w.endsWith("ing");
        int j = MentionFinder.skipBetweenLeft(m, t - 1, a);
        int[] subj = null;
        Raw sourceOf = null;
        if (gerund) {
            if (j >= a && (m.lower[j].equals(",") || m.lower[j].equals("and")) && previous != null
                    && previous.sentence == m.sentence[t] && previous.sf >= 0) {
                sourceOf = previous;
            } else if (j >= a && (m.lower[j].equals(",") || m.lower[j].equals("and")
                    || m.kind[j] == TextModel.WORD && !m.isCapitalized(j) && !Lexicon.STOP.contains(m.lower[j])
                    && lemma.equals("say"))) {
                subj = nearestClauseSubject(m, a, j);
                if (subj == null) {
                    subj = sentenceSubject(m, a, j);
                }
                if (subj == null) {
                    return null;
                }
            } else {
                return null;
            }
        } else {
            subj = MentionFinder.subjectLeft(m, j, a);
            if (subj != null && subj[0] == subj[1] && SUBJECTLESS.contains(m.lower[subj[0]])) {
                return null;
            }
            if (subj == null && j > a && (m.is(j, "and") || m.is(j, "but"))) {
                subj = sentenceSubject(m, a, j); // "Reid voted on Saturday and says …": the subject of the first verb
                if (subj != null && m.start[j] - m.end[subj[1]] > 200) {
                    subj = null;
                }
            }
        }
        // right side: audience object, modifiers, "that", ":" or ","
        int r = t + 1;
        final int r0 = r;
        boolean weakOpen = false;
        if (CueLexicon.AUDIENCE.contains(lemma) && r <= b && m.kind[r] == TextModel.WORD && m.quote[r] < 0
                && !m.is(r, "that")) {
            int[] obj = MentionFinder.nounPhraseRight(m, r, b);
            if (obj != null) {
                r = obj[1] + 1;
            } else if (OBJECT_PRONOUNS.contains(m.lower[r])) {
                r++;
            } else if (lemma.equals("tell")) {
                return null;
            }
        }
        int objectStart = r0;
        r = skipModifiers(m, r, b);
        if (CueLexicon.AUDIENCE.contains(lemma) && !lemma.equals("tell") && r <= b && r > objectStart
                && m.is(r, "to") && m.quote[r] < 0) {
            r = objectStart; // "urged Congress to act": the object is part of what is urged
            weakOpen = true;
        } else if (r <= b && WH.contains(m.lower[r]) && m.quote[r] < 0) {
            weakOpen = true; // "asked Trump how high the wall would be"
        }
        boolean that = false;
        boolean colon = false;
        if (r <= b && m.is(r, "that") && m.quote[r] < 0) {
            that = true;
            r++;
        }
        boolean comma = false;
        if (r <= b && m.quote[r] < 0 && (m.lower[r].equals(",") || m.lower[r].equals(":") || m.lower[r].equals("—"))) {
            colon = m.lower[r].equals(":");
            comma = m.lower[r].equals(",");
            r++;
        }
        int rightQuote = -1;
        if (r <= b && m.opensQuote(r)) {
            rightQuote = m.quote[r];
        } else if (colon && r > b && r < m.size && m.opensQuote(r)) {
            rightQuote = m.quote[r]; // "He added:" then the quote in the next paragraph
        }
        int rightEnd = contentEnd(m, r, b);
        boolean rightEmpty = rightEnd < r || comma && rightQuote < 0 && startsNewClause(m, r);
        if (!rightEmpty && comma && rightQuote < 0 && startsNewClause(m, r)) {
            rightEmpty = true;
        }

        // left side
        int lp = subj != null ? subj[0] - 1 : j;
        int leftQuote = -1;
        if (lp >= a && m.closesQuote(lp)) {
            leftQuote = m.quote[lp];
        } else if (lp - 1 >= a && m.lower[lp].equals(",") && m.closesQuote(lp - 1)) {
            leftQuote = m.quote[lp - 1];
        }
        if (leftQuote >= 0 && !opensClause(m, leftQuote)) {
            leftQuote = -1;
        }
        boolean leftSep = lp >= a && (m.lower[lp].equals(",") || m.lower[lp].equals("—") || leftQuote >= 0
                || m.closesQuote(lp));
        if (lp < a && a - 1 >= 0 && m.closesQuote(a - 1) && m.paragraph[a - 1] == m.paragraph[a] && subj != null
                && !gerund && opensClause(m, m.quote[a - 1]) && (rightEmpty || r <= b && Lexicon.STOP.contains(m.lower[r]) && !that)) {
            // "…?" Rubio said. / “Too forced?” He tweeted when …  (the quote ended the previous sentence)
            leftQuote = m.quote[a - 1];
            rightQuote = -1;
        }

        int[] src = subj;
        if (gerund && subj != null) {
            leftSep = false;
        }
        if (src == null && sourceOf == null) {
            // inverted: “…,” said Kashin. / …, notes the columnist.
            if (j != t - 1 || !(lp >= a && (m.lower[lp].equals(",") || m.closesQuote(lp) && (reportingMarkBefore(m, lp)
                    || sentenceOpeningQuote(m, m.quote[lp], a) && lemma.equals("say"))))) {
                return null;
            }
            src = MentionFinder.nounPhraseRight(m, t + 1, b);
            if (src == null) {
                return null;
            }
            int after = skipModifiers(m, src[1] + 1, b);
            rightEnd = contentEnd(m, after, b);
            rightEmpty = rightEnd < after || m.lower[after].equals(",") && startsNewClause(m, after + 1);
            rightQuote = after <= b && m.opensQuote(after) ? m.quote[after] : -1;
            r = after;
            if (!rightEmpty && leftQuote < 0 && !(after <= b && m.lower[after].equals(","))) {
                return null; // "…, said Obama “understood …”": the phrase after the cue is the content's subject
            }
        }
        Raw raw = new Raw();
        raw.cf = t;
        raw.ct = t;
        if (sourceOf != null) {
            raw.sourceOf = sourceOf;
            raw.sf = sourceOf.sf;
            raw.st = sourceOf.st;
        } else {
            raw.sf = src[0];
            raw.st = src[1];
        }
        if (leftQuote >= 0 && sourceOf == null) {
            raw.strength = 2;
            setQuotation(m, raw, leftQuote);
            if (rightQuote >= 0 && rightQuote != leftQuote) {
                extendToQuotation(m, raw, rightQuote); // “…,” he said, “…”
            }
            return raw;
        }
        if (rightQuote >= 0 && (r <= b ? m.start[r] == m.quotations.get(rightQuote).start() || m.opensQuote(r) : true)
                && quotationFillsRest(m, rightQuote, r, b)) {
            raw.strength = colon || comma ? 3 : 1;
            setQuotation(m, raw, rightQuote);
            return raw;
        }
        if (leftSep && subj != null && sourceOf == null || src != subj && sourceOf == null) {
            int le = lp;
            while (le >= a && m.kind[le] == TextModel.PUNCT && !m.closesQuote(le)) {
                le--;
            }
            int ls = a;
            while (ls < le && (m.kind[ls] == TextModel.PUNCT && m.quote[ls] < 0)) {
                ls++;
            }
            if (le - ls < 1) {
                if (rightEmpty || src != subj) {
                    return null;
                }
            } else if (rightEmpty) {
                setContent(m, raw, ls, le);
                return raw;
            } else if (comma && !that) {
                setContent(m, raw, ls, rightEnd); // "The plan, he said, is …"
                return raw;
            }
        }
        if (rightEmpty) {
            return null;
        }
        if (weak && !weakOpen && !that && !colon && rightQuote < 0 && !containsQuotation(m, r, rightEnd)) {
            return null;
        }
        if (!that && rightEnd - r < 2 && rightQuote < 0) {
            return null;
        }
        setContent(m, raw, r, rightEnd);
        return raw;
    }

    /** A quotation opens a clause: it starts a sentence or follows punctuation, "and", "but". */
    private static boolean opensClause(TextModel m, int q) {
        int first = firstToken(m, m.quotations.get(q).start());
        if (first <= 0 || m.sentenceStart(first) == first) {
            return true;
        }
        int p = first - 1;
        return m.kind[p] != TextModel.WORD || m.is(p, "and") || m.is(p, "but") || m.is(p, "that");
    }

    /** A quotation that opens the sentence {@code a} begins: "“…” said X" without a comma is still a report. */
    private static boolean sentenceOpeningQuote(TextModel m, int q, int a) {
        return q >= 0 && m.quotations.get(q).start() == m.start[a];
    }

    /** A closing quote mark right after "," "?" "!" (or "—"): “…,” said X. */
    private static boolean reportingMarkBefore(TextModel m, int closeTok) {
        int p = m.start[closeTok] - 1;
        while (p > 0 && (m.text.charAt(p) == '’' || m.text.charAt(p) == '\'' || QuoteScanner.isSpace(m.text.charAt(p)))) {
            p--; // a nested quote closed with the outer one
        }
        if (p < 0) {
            return false;
        }
        char c = m.text.charAt(p);
        return c == ',' || c == '?' || c == '!' || c == '—' || c == '-';
    }

    /** True when the quotation starting at r runs to the end of the sentence (nothing substantial after it). */
    private static boolean quotationFillsRest(TextModel m, int q, int r, int b) {
        Quotation qt = m.quotations.get(q);
        int u = r;
        while (u <= b && (m.quote[u] == q)) {
            u++;
        }
        while (u <= b && m.kind[u] == TextModel.PUNCT) {
            u++;
        }
        return u > b || m.end[b] <= qt.end();
    }

    /** ", adding that …", ", according to …", ", he said": the right side is a new clause, not content. */
    private static boolean startsNewClause(TextModel m, int r) {
        if (r >= m.size) {
            return true;
        }
        String w = m.lower[r];
        return w.endsWith("ing") && CueLexicon.lemma(w) != null || w.equals("according") || w.equals("and")
                || w.equals("but") || w.equals("who") || w.equals("which") || w.equals("as")
                || w.equals("while") || w.equals("when") || w.equals("after") || w.equals("before")
                || w.equals("although") || w.equals("because");
    }

    private static boolean containsQuotation(TextModel m, int from, int to) {
        return from < m.size && m.nextQuoted[from] <= to;
    }

    private static final Set<String> CLAUSE_OPENERS = Words.set("when", "as", "while", "after", "because", "before",
            "since", "and", "but", "where", "whereas");

    /** The subject of the last subordinate or coordinate clause before a participle ("…, when X interrupted, shouting"). */
    private static int[] nearestClauseSubject(TextModel m, int a, int limit) {
        for (int k = limit - 1; k > a && limit - k <= 25; k--) {
            if (m.quote[k] >= 0) {
                return null;
            }
            if (CLAUSE_OPENERS.contains(m.lower[k]) && !m.isCapitalized(k)) {
                int[] np = MentionFinder.nounPhraseRight(m, k + 1, limit - 1);
                if (np != null && np[1] + 1 < limit && m.kind[np[1] + 1] == TextModel.WORD
                        && !m.isCapitalized(np[1] + 1) && !Lexicon.STOP.contains(m.lower[np[1] + 1])
                        && !SUBJECTLESS.contains(m.lower[np[0]]) && personLike(m, np)) {
                    return np;
                }
                return null;
            }
        }
        return null;
    }

    /** The subject at the start of a sentence (after an introductory phrase), ending before {@code limit}. */
    static int[] sentenceSubject(TextModel m, int a, int limit) {
        int k = a;
        String w0 = m.lower[k];
        boolean pronoun = Words.set("he", "she", "they", "we", "i").contains(w0);
        if (k < limit && !pronoun && (Lexicon.STOP.contains(w0) || MentionFinder.isLyAdverb(m, k)
                || w0.length() > 4 && w0.endsWith("ly") && m.kind[k] == TextModel.WORD
                || m.kind[k] != TextModel.WORD || w0.endsWith("ed") || w0.endsWith("ing"))) {
            int c = k;
            while (c < limit && c - k < 15 && !m.lower[c].equals(",")) {
                c++;
            }
            if (c >= limit || !m.lower[c].equals(",")) {
                return null;
            }
            k = c + 1;
        }
        if (k >= limit || m.quote[k] >= 0) {
            return null;
        }
        int[] np = MentionFinder.nounPhraseRight(m, k, limit - 1);
        if (np != null && k == a && (MentionFinder.TIME_NOUNS.contains(m.lower[np[1]]) || m.is(np[1] + 1, "ago")
                || m.is(np[1] + 1, "later") || m.is(np[1] + 1, "earlier"))) {
            // "Hours later, Trump …", "Eight years ago, he …": the subject follows the time phrase
            int c = np[1] + 1;
            while (c < limit && c - k < 8 && !m.lower[c].equals(",")) {
                c++;
            }
            if (c + 1 < limit && m.lower[c].equals(",")) {
                return sentenceSubject(m, c + 1, limit);
            }
        }
        if (np == null || np[1] + 1 >= limit || m.kind[np[1] + 1] != TextModel.WORD || m.isCapitalized(np[1] + 1)) {
            return null;
        }
        if (np[0] == np[1] && SUBJECTLESS.contains(m.lower[np[0]])) {
            return null;
        }
        return np;
    }

    private static int skipModifiers(TextModel m, int r, int b) {
        boolean moved = true;
        int guard = 0;
        while (moved && r <= b && guard++ < 6) {
            moved = false;
            if (m.quote[r] >= 0 || m.kind[r] != TextModel.WORD) {
                break;
            }
            String w = m.lower[r];
            if (TIME_WORDS.contains(w) || MentionFinder.isLyAdverb(m, r)) {
                r++;
                moved = true;
                continue;
            }
            if (PP_PREPOSITIONS.contains(w)) {
                for (int e = r + 1; e <= b && e <= r + 12; e++) {
                    if (m.quote[e] < 0 && m.kind[e] != TextModel.WORD || m.quote[e] < 0 && e > r + 7) {
                        break;
                    }
                    int n = e + 1;
                    if (n > b || m.quote[n] < 0 && (m.is(n, "that") || m.is(n, ",") || m.is(n, ":")
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

    private static boolean isTerminalPunct(String w) {
        return w.equals(".") || w.equals("?") || w.equals("!");
    }

    /** Last content token from r to the sentence end b, dropping final punctuation outside quotes; may be < r. */
    private static int contentEnd(TextModel m, int r, int b) {
        int e = b;
        while (e >= r && m.kind[e] == TextModel.PUNCT && m.quote[e] < 0) {
            e--;
        }
        return e;
    }

    private static void setContent(TextModel m, Raw r, int from, int to) {
        r.cs = m.start[from];
        r.ce = m.end[Math.max(from, to)];
        r.quotation = -1;
        if (m.quote[to] >= 0 && m.closesQuote(to)) {
            r.quotation = m.quote[to];
        }
    }

    private static void setQuotation(TextModel m, Raw r, int q) {
        Quotation qt = m.quotations.get(q);
        r.cs = qt.start();
        r.ce = qt.end();
        r.quotation = q;
    }

    private static boolean startsWithQuotation(TextModel m, Raw r) {
        int t = firstToken(m, r.cs);
        return t >= 0 && m.start[t] == r.cs && m.opensQuote(t);
    }

    private static void extendToQuotation(TextModel m, Raw r, int q) {
        r.interrupted = true;
        r.ce = Math.max(r.ce, m.quotations.get(q).end());
        r.quotation = q;
    }

    // ---------------------------------------------------------------- quotation-driven pass

    private static void quotePass(TextModel m, ArticleContext context, List<Raw> raws) {
        List<Quotation> qs = m.quotations;
        boolean[] covered = new boolean[qs.size()];
        for (Raw r : raws) {
            // quotations are ordered and disjoint: binary search the first one ending after r.cs
            int lo = 0;
            int hi = qs.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (qs.get(mid).end() <= r.cs) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int q = lo; q < qs.size() && qs.get(q).start() < r.ce; q++) {
                if (overlap(qs.get(q), r.cs, r.ce) > 0) {
                    covered[q] = true;
                }
            }
        }
        List<Raw> added = new ArrayList<>();
        int ri = 0;
        Raw last = null;
        for (int q = 0; q < qs.size(); q++) {
            Quotation qt = qs.get(q);
            while (ri < raws.size() && raws.get(ri).ce <= qt.start()) {
                Raw cand = raws.get(ri);
                if (last == null || cand.ce >= last.ce) {
                    last = cand;
                }
                ri++;
            }
            if (covered[q]) {
                continue;
            }
            int first = firstToken(m, qt.start());
            if (first < 0) {
                continue;
            }
            Raw introduced = colonIntroduced(m, first, q);
            if (introduced != null) {
                added.add(introduced);
                covered[q] = true;
                continue;
            }
            if (m.sentenceStart(first) != first) {
                continue; // a quotation inside a sentence without a cue: a title or scare quotes
            }
            Raw reported = reportingClauseAfter(m, q);
            if (reported != null) {
                added.add(reported);
                covered[q] = true;
                last = reported;
                continue;
            }
            if (last != null && last.quotation >= 0 && continues(m, last, first)) {
                last.ce = qt.end();
                last.interrupted = true;
                last.quotation = q;
                covered[q] = true;
                continue;
            }
            Raw before = previousSentenceSource(m, first, q);
            if (before != null) {
                added.add(before);
                covered[q] = true;
                last = before;
                continue;
            }
            if (context.isSpeech()) {
                Raw r = new Raw();
                r.cs = qt.start();
                r.ce = qt.end();
                r.quotation = q;
                r.authorSpeaks = true;
                added.add(r);
            }
        }
        raws.addAll(added);
        dedupe(raws);
    }

    /** Of attributions with the same content keep the one with the strongest cue (then the first). */
    private static void dedupe(List<Raw> raws) {
        java.util.Map<Long, Raw> best = new java.util.HashMap<>();
        for (Raw r : raws) {
            long key = ((long) r.cs << 32) | (r.ce & 0xffffffffL);
            Raw b = best.get(key);
            if (b == null || r.strength > b.strength) {
                best.put(key, r);
            }
        }
        raws.removeIf(r -> best.get(((long) r.cs << 32) | (r.ce & 0xffffffffL)) != r);
    }

    /** “…” right after "X:" or "X fired back:" — the colon is the cue, X (or the sentence subject) the source. */
    private static Raw colonIntroduced(TextModel m, int first, int q) {
        int colon = first - 1;
        if (colon < 0 || !m.lower[colon].equals(":") || m.quote[colon] >= 0) {
            return null;
        }
        int k = colon - 1;
        if (k < 0 || m.quote[k] >= 0 || m.kind[k] != TextModel.WORD) {
            return null;
        }
        int a = m.sentenceStart(k);
        int[] src = null;
        boolean objectPronoun = Lexicon.PRONOUNS.contains(m.lower[k]) && !SUBJECT_PRONOUNS.contains(m.lower[k])
                && k > a; // "Cruz called them on it:" — "it" is an object, the speaker is the subject
        if ((m.isCapitalized(k) || Lexicon.PRONOUNS.contains(m.lower[k])) && !Lexicon.ORG_WORDS.contains(m.lower[k])
                && !objectPronoun) {
            int from = Lexicon.PRONOUNS.contains(m.lower[k]) ? k : MentionFinder.nounPhraseLeft(m, k, a);
            src = from < 0 || from - 1 >= a && PP_PREPOSITIONS.contains(m.lower[from - 1]) ? null : new int[]{from, k};
        }
        if (src == null) {
            src = sentenceSubject(m, a, k + 1);
        }
        if (src == null) {
            return null;
        }
        Raw r = new Raw();
        r.sf = src[0];
        r.st = src[1];
        r.cf = colon;
        r.ct = colon;
        r.strength = 3;
        setQuotation(m, r, q);
        return r;
    }

    private static final Set<String> SPEECH_NOUNS = Words.set("statement", "statements", "interview", "remarks",
            "speech", "spoke", "speaking", "tweet", "tweets", "post", "posted", "email", "letter", "conference",
            "rally", "address", "appearance", "testimony", "briefing", "video", "ad", "message", "op-ed", "essay",
            "book", "memo", "call", "reporters", "audience", "crowd", "supporters");

    /**
     * A quotation that opens a sentence with no cue of its own, right after a sentence whose subject
     * is a person speaking ("Kim spoke to reporters. “…”", "She took questions: “…”"): that subject.
     */
    private static Raw previousSentenceSource(TextModel m, int first, int q) {
        int s = m.sentence[first];
        if (s == 0) {
            return null;
        }
        int[] prev = m.sentences.get(s - 1);
        int pa = prev[0];
        int pb = prev[1];
        if (m.paragraph[first] - m.paragraph[pb] > 1 || pb - pa > 60 || m.quote[pa] >= 0) {
            return null;
        }
        int cue = -1;
        boolean speech = m.lower[pb].equals(":");
        for (int k = pa; k <= pb; k++) {
            if (m.quote[k] >= 0) {
                return null; // the sentence before is itself a quotation or holds one: handled elsewhere
            }
            if (m.kind[k] == TextModel.WORD && !m.isCapitalized(k)
                    && (CueLexicon.lemma(m.lower[k]) != null && !CueLexicon.WEAK.contains(CueLexicon.lemma(m.lower[k]))
                    || SPEECH_NOUNS.contains(m.lower[k]))) {
                if (cue < 0) {
                    cue = k;
                }
                speech = true;
            }
        }
        if (!speech) {
            return null;
        }
        int[] subj = sentenceSubject(m, pa, pb);
        if (subj == null || !personLike(m, subj)) {
            return null;
        }
        Raw r = new Raw();
        r.sf = subj[0];
        r.st = subj[1];
        int c = cue >= 0 ? cue : pb;
        r.cf = c;
        r.ct = c;
        r.strength = 1;
        setQuotation(m, r, q);
        return r;
    }

    /** A mention that can be a speaker: a pronoun for people, a capitalized name, or a role or group noun. */
    private static boolean personLike(TextModel m, int[] np) {
        String h = m.lower[np[1]];
        if (np[0] == np[1] && Words.set("he", "she", "they", "we", "i").contains(h)) {
            return true;
        }
        if (Lexicon.ROLE_NOUNS.contains(h) || Lexicon.ANONYMOUS_HEADS.contains(h)) {
            return true;
        }
        for (int k = np[0]; k <= np[1]; k++) {
            if (m.isCapitalized(k) && !Lexicon.DETERMINERS.contains(m.lower[k]) && !Lexicon.STOP.contains(m.lower[k])
                    && !Lexicon.ORG_WORDS.contains(h)) {
                return true;
            }
        }
        return false;
    }

    /** “…,” he mocks. / “…?” asked the host. — a reporting clause with any verb after a quote. */
    private static Raw reportingClauseAfter(TextModel m, int q) {
        Quotation qt = m.quotations.get(q);
        int close = firstToken(m, qt.end() - 1);
        if (close < 0 || !m.closesQuote(close) || !reportingMarkBefore(m, close) || close + 2 >= m.size) {
            return null;
        }
        int u = close + 1;
        int b = m.sentenceEnd(u);
        if (m.paragraph[u] != m.paragraph[close]) {
            return null;
        }
        if (m.sentence[u] != m.sentence[close]) {
            char mark = m.text.charAt(Math.max(0, m.start[close] - 1));
            if (mark != '?' && mark != '!' || !m.isCapitalized(u) && m.kind[u] == TextModel.WORD) {
                return null;
            }
        }
        if (b - u > 25 || u > b) {
            return null;
        }
        int[] np = MentionFinder.nounPhraseRight(m, u, b);
        int cue = -1;
        if (np != null) {
            int v = np[1] + 1;
            while (v <= b && Lexicon.BETWEEN.contains(m.lower[v])) {
                v++;
            }
            if (v <= b && m.kind[v] == TextModel.WORD && !m.isCapitalized(v) && !Lexicon.STOP.contains(m.lower[v])) {
                cue = v;
            }
        } else if (m.kind[u] == TextModel.WORD && !m.isCapitalized(u) && !Lexicon.STOP.contains(m.lower[u])) {
            np = MentionFinder.nounPhraseRight(m, u + 1, b);
            cue = np == null ? -1 : u;
        }
        if (cue < 0 || np == null) {
            return null;
        }
        Raw r = new Raw();
        r.sf = np[0];
        r.st = np[1];
        r.cf = cue;
        r.ct = cue;
        r.strength = 2;
        setQuotation(m, r, q);
        return r;
    }

    private static long overlap(Quotation q, int s, int e) {
        return Math.max(0, Math.min(q.end(), e) - Math.max(q.start(), s));
    }

    /** A quote right after an attributed quote continues it when only its reporting clause lies between. */
    private static boolean continues(TextModel m, Raw last, int first) {
        int lastTok = firstToken(m, last.ce - 1);
        if (lastTok < 0) {
            return false;
        }
        if (m.paragraph[first] - m.paragraph[lastTok] > 1) {
            return false;
        }
        if (first - lastTok > 200) {
            return false;
        }
        int clauseSentence = last.cf >= 0 ? m.sentence[last.cf] : -1;
        for (int u = lastTok + 1; u < first; u++) {
            boolean inClause = m.sentence[u] == clauseSentence;
            if (!inClause && m.kind[u] == TextModel.WORD) {
                return false;
            }
        }
        return true;
    }

    /** Index of the token starting at or containing char offset {@code pos}, or -1. */
    private static int firstToken(TextModel m, int pos) {
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

    /** Where a content runs into the next attribution of its sentence, cut it before that one's source or cue. */
    private static void truncateOverlaps(TextModel m, List<Raw> raws) {
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            for (int k = i + 1; k < raws.size(); k++) {
                Raw n = raws.get(k);
                if (n.cueStart(m) >= r.ce) {
                    break;
                }
                if (n.cueStart(m) <= r.cs) {
                    continue;
                }
                if (n.sf >= 0 && n.sourceOf == null && m.start[n.sf] == r.cs) {
                    continue; // nested: "X says [he backed the plan]" keeps the whole clause as X's content
                }
                int cut = n.cf >= 0 ? m.start[n.cf] : n.cs;
                if (n.sf >= 0 && n.sourceOf == null && m.start[n.sf] > r.cs && m.start[n.sf] < cut) {
                    cut = m.start[n.sf];
                }
                if (r.quotation >= 0 && r.cs <= m.quotations.get(r.quotation).start()
                        && m.quotations.get(r.quotation).end() > cut && isInside(m, r, cut)) {
                    continue; // the other cue lies inside this quotation
                }
                int e = firstToken(m, cut - 1);
                while (e >= 0 && m.start[e] > r.cs && (m.kind[e] == TextModel.PUNCT && m.quote[e] < 0
                        || m.is(e, "and") || m.is(e, "but") || m.is(e, "as"))) {
                    e--;
                }
                if (e >= 0 && m.end[e] > r.cs) {
                    r.ce = Math.min(r.ce, m.end[e]);
                }
                break;
            }
        }
    }

    private static final Set<String> AFTER_QUOTE_CUT = Words.set("as", "while", "until", "that", "which", "who",
            "when", "because", "since", "although", "though", "after", "before", "during", "despite", "whereas");
    private static final Set<String> CLAUSE_AFTER_COMMA = Words.set("as", "while", "according", "who", "which",
            "in", "at", "after", "before", "during", "when", "though", "although", "because", "since", "but", "and",
            "even", "then", "despite", "where");

    /**
     * Mixed quotes: "X says he is “tied for second” with Y, in a finish that …" ends the content after
     * the quoted words when what follows is a new clause or an adjunct (", adding …", " and argued …",
     * ", in a …"), as PolNeAR annotates it.
     */
    private static void trimAfterQuote(TextModel m, Raw r) {
        if (r.ce <= r.cs || r.quotation >= 0 && m.quotations.get(r.quotation).start() <= r.cs) {
            return;
        }
        int from = firstToken(m, r.cs);
        int to = firstToken(m, r.ce - 1);
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
            String next = n <= to ? m.lower[n] : "";
            if (n <= to && m.kind[n] == TextModel.WORD && !m.isCapitalized(n) && m.quote[n] < 0
                    && AFTER_QUOTE_CUT.contains(next)) {
                cut = true; // he’s “excited where we stand” as he faces …
            } else if (n < to && m.lower[n].equals(",") && n + 1 <= to) {
                String w = m.lower[n + 1];
                cut = m.kind[n + 1] == TextModel.WORD && !m.isCapitalized(n + 1)
                        && (w.endsWith("ing") || CLAUSE_AFTER_COMMA.contains(w));
            } else if (n < to && (m.is(n, "and") || m.is(n, "but")) && n + 1 <= to) {
                String w = m.lower[n + 1];
                cut = m.kind[n + 1] == TextModel.WORD && !m.isCapitalized(n + 1) && m.quote[n + 1] < 0
                        && (CueLexicon.lemma(w) != null || w.endsWith("ed") && !Lexicon.STOP.contains(w));
            }
            if (cut) {
                r.ce = m.end[k];
                r.quotation = m.quote[k];
                return;
            }
        }
    }

    private static boolean isInside(TextModel m, Raw r, int pos) {
        for (Span s : m.quotations.get(r.quotation).segments()) {
            if (s.start() <= pos && pos < s.end()) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- direct or not

    /** Direct when at least half of the content's non-space characters lie inside quotations (as {@link DirectQuoteRule}). */
    static boolean isDirect(TextModel m, Span content) {
        if (content.length() <= DIRECT_RULE_MAX_LENGTH) {
            return DirectQuoteRule.isDirect(m.text, List.of(content));
        }
        return m.quotedFraction(content.start(), content.end()) >= DirectQuoteRule.THRESHOLD; // linear-time bound

    }
}

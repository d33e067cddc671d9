package dev.attache.core.attribution;

import java.util.List;
import java.util.Set;

/**
 * The cue-driven pass: walks one sentence's tokens outside quotations and hands each cue word (verb,
 * noun, "according to", "asked", "expected", "seems") to the rule that knows it.
 */
final class CuePass {

    private static final Set<String> BE_BEFORE_EXPECTED = Words.set("is", "are", "was", "were", "be", "been", "’s", "'s");
    private static final Set<String> BE_BEFORE_ASKED = Words.set("was", "were", "is", "are", "been", "being");

    private CuePass() {
    }

    static void run(TextModel m, int a, int b, List<CandidateAttribution> raws) {
        CandidateAttribution previous = null;
        for (int t = a; t <= b; t++) {
            if (m.quote[t] >= 0 || m.kind[t] != TextModel.WORD) {
                continue;
            }
            String cueLemma = CueLexicon.lemma(m.lower[t]);
            if (cueLemma == null && !TRIGGERS.contains(m.lower[t])) {
                continue; // one lookup decides for most words that no rule below applies
            }
            if (t + 1 <= b && (m.is(t + 1, "off") || m.is(t + 1, "up")) && ("show".equals(cueLemma) || "call".equals(cueLemma))) {
                // "called off the trip", "showing off the country's prowess", "showed up late", "called up the
                // reservists": no report ("said off the record" is)
                continue;
            }
            if (CueLexicon.opensACompoundNoun(m, t)) {
                continue; // "the London-based think tank Chatham House": no one thinks
            }
            CandidateAttribution r = null;
            if (m.lower[t].equals("according") && m.is(t + 1, "to") && t + 1 <= b) {
                r = AccordingToRule.match(m, t, a, b);
            } else if (NounCueRule.NOUN_CUES.contains(m.lower[t]) && t - 1 >= a && t + 2 <= b && (r = NounCueRule.match(m, t, a, b)) != null) {
                // "Kim’s claim that …"
            } else if ((m.lower[t].equals("put") || m.lower[t].equals("puts")) && t - 2 >= a && m.is(t + 1, "it") && t + 1 <= b
                    && (r = PutItRule.match(m, t, a, b)) != null) {
                // "As X put it, “…”", "…, as X put it."
            } else if (m.lower[t].equals("words") && t - 2 >= a && (r = InWordsRule.match(m, t, a, b)) != null) {
                // "In Forbes’ words, “…”", "in the words of an aide, “…”"
            } else if (m.lower[t].equals("asked") && (m.isCapitalized(t) && t == a || t > a && m.is(t - 1, "when"))) {
                r = SourcelessCueRules.askedIntro(m, t, b);
            } else if (m.lower[t].equals("expected") && t > a && t + 1 <= b && m.is(t + 1, "to")
                    && BE_BEFORE_EXPECTED.contains(m.lower[t - 1])) {
                r = SourcelessCueRules.expected(m, t, t - 1, a, b);
            } else if (m.lower[t].equals("asked") && t > a && t + 2 <= b && !m.is(t + 1, "by")
                    && BE_BEFORE_ASKED.contains(m.lower[t - 1])
                    && (r = SourcelessCueRules.passiveAsked(m, t, b)) != null) {
                // "Trump was asked what he thought …": the asker is not named
            } else if (SourcelessCueRules.SEEM.contains(m.lower[t]) && t > a && t + 1 <= b && m.quote[t + 1] < 0
                    && !Lexicon.DETERMINERS.contains(m.lower[t - 1]) && !m.is(t - 1, "to")) {
                r = SourcelessCueRules.expected(m, t, t, a, b); // "The panel seemed aimed at …": an impression, whose holder is not named
            } else if (t == a && m.lower[t].equals("in") && (r = inFinding(m, t, b)) != null) {
                // "In a CBS News poll released Monday, Clinton led by 12 points": the poll reports the clause
            } else if (m.lower[t].endsWith("ly") && HEARSAY_ADVERBS.contains(m.lower[t]) && (r = hearsay(m, t, a, b)) != null) {
                // "The group is reportedly spending …": a report whose source the sentence does not name
            } else if (SEE_AS.contains(m.lower[t]) && !m.isCapitalized(t) && t > a && seenAs(m, t, b)
                    && (r = ReportingVerbRule.match(m, t, "see", a, b, previous)) != null) {
                // "Voters see Clinton as the stronger candidate": a view held
            } else {
                String lemma = cueLemma;
                if (lemma == null) {
                    // not a cue
                } else if (PassiveCueRule.applies(m, t, a)) {
                    r = PassiveCueRule.match(m, t, a, b); // "X was criticized by Y for …"
                } else if (!m.isCapitalized(t) || inTitle(m, t, a, b)) {
                    r = ReportingVerbRule.match(m, t, lemma, a, b, previous);
                    if (r != null) {
                        QuotedAsSaying.reassign(m, r, t, b); // "Interfax quoted him as saying …" is his
                    }
                } else if (t == a && (lemma.equals("say") || lemma.equals("add") || lemma.equals("write")) && !m.lower[t].equals(lemma)
                        && (r = sentenceOpeningCue(m, t, b)) != null) {
                    // "Said Holm, “…”": an inverted reporting clause that opens the sentence
                } else if (t > a && localTitle(m, t, a, b) && (r = ReportingVerbRule.match(m, t, lemma, a, b, previous)) != null) {
                    endAtTitleRun(m, r, t, b); // "Rubio Says The Plan Will Work Former Gov. …": a headline run into the text
                }
            }
            if (r != null) {
                r.sentence = m.sentence[t];
                if (previous != null && previous.sentence == r.sentence && previous.cs <= m.start[t] && m.start[t] < previous.ce) {
                    r.within = previous.within != null ? previous.within : previous; // "X said officials believe …"
                }
                raws.add(r);
                previous = r;
            }
        }
    }

    /** "Said Holm, “…”" / "Added the mayor: “…”": the phrase after the cue is the source, the quotation the content. */
    static CandidateAttribution sentenceOpeningCue(TextModel m, int t, int b) {
        int[] src = MentionFinder.nounPhraseRight(m, t + 1, b);
        if (src == null) {
            return null;
        }
        int c = src[1] + 1;
        if (c + 1 > b || m.quote[c] >= 0 || !(m.is(c, ",") || m.is(c, ":")) || !m.opensQuote(c + 1)) {
            return null;
        }
        return TokenSpans.quoted(m, m.quote[c + 1], src, t, t, 3);
    }

    /**
     * A name and a reporting verb after the opening phrase's comma ("In a report released on Friday, Jordan insisted
     * that …"): the clause is that person's report, which the phrase only places.
     */
    private static boolean namedReporterAfter(TextModel m, int k, int b) {
        int[] subject = MentionFinder.nounPhraseRight(m, k, b);
        return subject != null && m.isCapitalized(subject[0]) && subject[1] + 1 <= b && m.quote[subject[1] + 1] < 0
                && CueLexicon.lemma(m.lower[subject[1] + 1]) != null && !m.isCapitalized(subject[1] + 1);
    }

    private static final Set<String> FINDING_HEADS = Words.set("poll", "survey", "study", "report", "analysis");

    /** A sentence-opening "In a … poll / survey / study, CLAUSE": the finding is the source of the clause. */
    static CandidateAttribution inFinding(TextModel m, int t, int b) {
        int head = -1;
        int comma = -1;
        for (int k = t + 1; k <= b && k - t <= 15; k++) {
            if (m.quote[k] >= 0) {
                return null;
            }
            if (m.is(k, ",")) {
                comma = k;
                break;
            }
            if (head < 0 && FINDING_HEADS.contains(m.lower[k])) {
                head = k;
            }
        }
        if (head < 0 || comma < 0 || TokenSpans.contentEnd(m, comma + 1, b) < comma + 3 || namedReporterAfter(m, comma + 1, b)) {
            return null;
        }
        CandidateAttribution r = new CandidateAttribution();
        r.sf = t + 1;
        r.st = comma - 1;
        r.cf = t;
        r.ct = t;
        TokenSpans.setContent(m, r, comma + 1, TokenSpans.contentEnd(m, comma + 1, b));
        return r;
    }

    private static final Set<String> HEARSAY_ADVERBS = Words.set("reportedly", "allegedly", "purportedly", "supposedly");

    /** The clause around a hearsay adverb, from its start (the sentence or the last comma before) to the next comma. */
    static CandidateAttribution hearsay(TextModel m, int t, int a, int b) {
        int s = a;
        for (int k = t - 1; k >= a && t - k <= 30; k--) {
            if (m.quote[k] >= 0) {
                return null;
            }
            if (m.kind[k] == TextModel.PUNCT && (m.is(k, ",") || m.is(k, ";") || m.is(k, ":") || SignatureRule.isDash(m.lower[k]))) {
                s = k + 1;
                break;
            }
        }
        while (s < t && m.kind[s] == TextModel.PUNCT) {
            s++;
        }
        int e = t + 1;
        while (e + 1 <= b && e - t < 60 && !(m.quote[e + 1] < 0 && (m.is(e + 1, ",") || m.is(e + 1, ";")))) {
            e++;
        }
        e = TokenSpans.contentEnd(m, t + 1, e);
        if (e < t + 2 || t - s > 30) {
            return null;
        }
        CandidateAttribution r = new CandidateAttribution();
        r.cf = t;
        r.ct = t;
        TokenSpans.setContent(m, r, s < t ? s : t + 1, e);
        return r;
    }

    private static final Set<String> SEE_AS = Words.set("see", "sees", "saw", "view", "views", "regard", "regards",
            "regarded", "cast", "casts", "paint", "paints", "painted", "brand", "brands", "branded", "characterize",
            "characterizes", "characterized", "depict", "depicts", "depicted", "frame", "frames", "framed", "label",
            "labels", "labeled", "labelled");

    /** Every word that starts a rule of this pass besides the verbs of {@link CueLexicon}. */
    private static final Set<String> TRIGGERS = new java.util.HashSet<>();

    static {
        TRIGGERS.addAll(List.of("according", "asked", "expected", "put", "puts", "in", "words"));
        TRIGGERS.addAll(NounCueRule.NOUN_CUES);
        TRIGGERS.addAll(SourcelessCueRules.SEEM);
        TRIGGERS.addAll(HEARSAY_ADVERBS);
        TRIGGERS.addAll(SEE_AS);
    }

    /** "see X as Y": an "as" a few words after the verb, with nothing but words between. */
    static boolean seenAs(TextModel m, int t, int b) {
        for (int k = t + 2; k <= b && k <= t + 8; k++) {
            if (m.kind[k] != TextModel.WORD) {
                return false;
            }
            if (m.is(k, "as") && m.quote[k] < 0) {
                return !(m.is(k - 1, "such") || m.is(k + 1, "well") || m.is(k + 1, "soon") || m.is(k + 1, "long")
                        || m.is(k + 1, "much") || m.is(k + 1, "many")
                        || k + 1 <= b && ClauseSubjects.SUBJECT_PRONOUNS.contains(m.lower[k + 1])); // "saw him as he left"
            }
        }
        return false;
    }

    /**
     * A capitalized cue inside a run of title-case words that is not the whole sentence (a headline the
     * sentence splitter joined to the text around it): at least two capitalized words just before it and
     * four just after, with no punctuation between.
     */
    static boolean localTitle(TextModel m, int t, int a, int b) {
        if (t - 2 < a || t + 4 > b || !m.isCapitalized(t - 1) || !m.isCapitalized(t - 2)) {
            return false;
        }
        for (int k = t + 1; k <= t + 4; k++) {
            if (m.kind[k] != TextModel.WORD || m.quote[k] >= 0 || !m.isCapitalized(k)) {
                return false;
            }
        }
        return true;
    }

    private static void endAtTitleRun(TextModel m, CandidateAttribution r, int t, int b) {
        int k = t + 1;
        while (k + 1 <= b && m.quote[k + 1] < 0 && (m.kind[k + 1] == TextModel.WORD && (m.isCapitalized(k + 1)
                || Lexicon.STOP.contains(m.lower[k + 1]) && k + 2 <= b && m.isCapitalized(k + 2))
                || m.is(k + 1, "’") || m.is(k + 1, "'"))) {
            k++;
        }
        if (r.cs >= m.start[t] && r.ce > m.end[k]) {
            r.ce = m.end[k];
            r.quotation = -1;
        }
    }

    /**
     * A capitalized cue inside a title-case headline ("Rubio Says Trump Is Unfit"): the words around it
     * are capitalized too, and it is not the first word of its sentence.
     */
    static boolean inTitle(TextModel m, int t, int a, int b) {
        if (t == a || !m.isCapitalized(t - 1) || t + 1 > b) {
            return false;
        }
        int words = 0;
        int capitalized = 0;
        for (int k = a; k <= b && k - a < 40; k++) {
            if (m.kind[k] == TextModel.WORD && m.quote[k] < 0) {
                words++;
                if (m.isCapitalized(k) || Lexicon.STOP.contains(m.lower[k]) || m.is(k, "’s") || m.is(k, "'s")) {
                    capitalized++; // "’s" split off a capitalized word ("He’s", "Trump’s Son")
                }
            }
        }
        return words >= 4 && capitalized == words;
    }
}

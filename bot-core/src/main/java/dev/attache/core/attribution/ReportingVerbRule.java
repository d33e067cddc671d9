package dev.attache.core.attribution;

import java.util.Set;

/**
 * The verb-cue rule: a verb of saying, stance or intention with its subject (left, or right when inverted,
 * "…, said X") and its content before the cue ("…, X said"), after it ("X said that …", "X said: “…”"), or around it.
 */
final class ReportingVerbRule {

    private ReportingVerbRule() {
    }

    static final Set<String> NOT_A_CUE_BEFORE = Words.set("to", "the", "a", "an", "his", "her", "their",
            "its", "our", "my", "your", "this", "these", "those", "that", "so-called", "was", "were", "been",
            "being", "be", "is", "are", "get", "got", "i", "you");

    static final Set<String> OBJECT_PRONOUNS = Words.set("them", "him", "her", "me", "us", "you",
            "reporters", "journalists", "listeners", "viewers", "supporters", "voters", "lawmakers");

    static final Set<String> NOUN_LIKE = Words.set("support", "plan", "show", "want", "oppose", "endorse",
            "decline", "refuse", "seek", "intend", "note", "state", "comment", "remark", "claim", "tweet");

    /** Records and findings that "show" something ("records show", "a poll shows"): "show" is their verb. */
    static final Set<String> EVIDENCE_NOUNS = Words.set("poll", "polls", "survey", "surveys", "record", "records",
            "report", "reports", "data", "document", "documents", "filing", "filings", "study", "studies",
            "result", "results", "analysis", "figures", "numbers", "statistics", "review", "video", "videos",
            "footage", "research", "estimates", "returns", "documents", "emails", "logs", "tallies", "count",
            "polling", "markets", "evidence");

    /** The unquoted comma that closes an aside opened at {@code from}, within a dozen tokens; else -1. */
    private static int closingComma(TextModel m, int from, int b) {
        for (int k = from; k <= b && k - from <= 12 && m.quote[k] < 0; k++) {
            if (m.is(k, ",")) {
                return k;
            }
        }
        return -1;
    }

    /** Words that open a quotation which goes on with the sentence before it ("…, “because they …”"). */
    private static final Set<String> CLAUSE_LINKS = Words.set("because", "since", "although", "though", "while",
            "whereas", "unless", "until", "as", "if", "so", "when");

    /** Bare forms that are mostly nouns in news ("a press call", "the AP report", "criminal charges"). */
    static final Set<String> BARE_NOUN_LIKE = Words.set("call", "report", "charge", "charges");

    /** Lower-case heads of an audience after capitalized modifiers ("a Senate panel", "the Fox News audience"). */
    static final Set<String> AUDIENCE_HEADS = Words.set("panel", "committee", "audience", "crowd", "program", "show",
            "interview", "host", "anchor", "reporter", "reporters", "correspondent", "radio", "station", "network",
            "newspaper", "magazine", "podcast", "caucus", "conference", "subcommittee", "hearing", "delegation",
            "supporters", "voters", "students", "donors", "members", "leaders", "officials", "affiliate", "website");

    private static final Set<String> NAMING = Words.set("called", "named", "dubbed", "titled", "entitled", "labeled",
            "labelled", "nicknamed");

    private static final Set<String> GERUND_PREPOSITIONS = Words.set("by", "after", "before", "while", "without", "upon");


    /**
     * The end of a name appositive right after a lower-case role ("the mayor’s spokeswoman, Tia Kasp" ending the
     * clause or followed by a comma), or after a role in an organization when the name opens with a given name ("the
     * chief executive of Acme, John Ferriola"; "the mayor of Albuquerque, New Mexico" names a place), or -1.
     */
    private static int roleNameAppositiveEnd(TextModel m, int[] src, int b) {
        int c = src[1] + 1;
        if (c + 2 > b || !m.is(c, ",") || m.quote[c] >= 0 || m.kind[src[1]] != TextModel.WORD) {
            return -1;
        }
        boolean roleHead = !m.isCapitalized(src[1])
                && (Lexicon.ROLE_NOUNS.contains(m.lower[src[1]]) || Lexicon.ANONYMOUS_HEADS.contains(m.lower[src[1]]));
        if (!roleHead && !(roleInOrganization(m, src) && GivenNames.gender(m.lower[c + 1]) != '?')) {
            return -1;
        }
        int e = c + 1;
        while (e <= b && e - c <= 4 && m.isCapitalized(e) && m.quote[e] < 0 && !Lexicon.STOP.contains(m.lower[e])) {
            e++;
        }
        if (e - c < 3 || e <= b && !(m.is(e, ",") || TokenSpans.isTerminalPunct(m.lower[e])) || e <= b && m.quote[e] >= 0) {
            return -1; // two to four capitalized words, then a comma or the end of the sentence
        }
        return e - 1;
    }

    /** A phrase ending in an organization's name after a lower-case role and "of", "at" or "for" ("the head of Acme"). */
    private static boolean roleInOrganization(TextModel m, int[] src) {
        if (!m.isCapitalized(src[1])) {
            return false;
        }
        for (int k = src[0] + 1; k < src[1]; k++) {
            if ((m.is(k, "of") || m.is(k, "at") || m.is(k, "for")) && !m.isCapitalized(k - 1)
                    && Lexicon.ROLE_NOUNS.contains(m.lower[k - 1])) {
                return true;
            }
        }
        return false;
    }

    /** Tokens {@code ls..le} are one subordinate clause opening the sentence, with no comma of its own ("As …"). */
    private static boolean openingSubordinateClause(TextModel m, int ls, int le) {
        if (m.sentenceStart(ls) != ls || !Lexicon.SUBORDINATORS.contains(m.lower[ls]) || m.quote[ls] >= 0
                || m.is(ls, "as") && ls + 1 <= le && (m.is(ls + 1, "many") || m.is(ls + 1, "much") || m.is(ls + 1, "few"))) {
            return false; // "As many as a third of the shops …" is a number's qualifier
        }
        for (int k = ls + 1; k <= le; k++) {
            if (m.kind[k] == TextModel.PUNCT || m.quote[k] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** "who" or "which" after a comma: a relative clause set in a sentence whose main verb comes after it. */
    private static boolean nonRestrictiveRelative(TextModel m, int k) {
        return (m.is(k, "who") || m.is(k, "which")) && k > 0 && m.is(k - 1, ",") && m.quote[k - 1] < 0;
    }

    /**
     * The last token of a content {@code r..end} inside a relative clause set off by commas: before its first comma
     * when the main clause's verb comes after it ("Maxwell, who has denied the charges, has been in jail …"; "Hale,
     * who calls Kasp a “sociopath,” said …", the comma inside the quotation), else {@code end} ("who said the plan,
     * if passed, would fail" may be the relative clause's own words).
     */
    private static int relativeClauseEnd(TextModel m, int r, int end) {
        for (int k = r + 1; k < end; k++) {
            boolean comma = m.is(k, ",") && m.quote[k] < 0;
            boolean quotedComma = m.closesQuote(k) && m.text.charAt(m.start[k] - 1) == ',';
            if (comma || quotedComma) {
                return mainVerbAt(m, k + 1) ? (comma ? k - 1 : k) : end;
            }
        }
        return end;
    }

    /**
     * The relative pronoun at {@code k} is the subject of the cue at {@code t} itself ("who has long opposed the tax"),
     * not of an earlier verb coordinated with it ("who has expressed support … and has criticized Kasp"): a short
     * content is then the whole object.
     */
    private static boolean ownsCue(TextModel m, int k, int t) {
        for (int i = k + 1; i < t; i++) {
            if (m.kind[i] != TextModel.WORD || m.quote[i] >= 0 || m.is(i, "and") || m.is(i, "but") || m.is(i, "or")) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case finite verb, auxiliary or reporting form at {@code k}, maybe after an adverb ("…, ultimately did"). */
    private static boolean mainVerbAt(TextModel m, int k) {
        if (m.quote[k] >= 0 || m.kind[k] != TextModel.WORD || m.isCapitalized(k)) {
            return false;
        }
        String w = m.lower[k];
        if (MAIN_CLAUSE_ADVERBS.contains(w) && k + 1 < m.size) {
            return mainVerbAt(m, k + 1);
        }
        return Lexicon.FINITE_AUXILIARIES.contains(w) || Lexicon.MODALS.contains(w) || FINITE_REPORTS.contains(w);
    }

    /** Verbs of saying, whose prepositional phrases say where or when, not what ("said in a speech to …"). */
    private static final Set<String> SAYING = Words.set("say", "tell", "add", "write", "note", "explain", "state");

    private static final Set<String> MAIN_CLAUSE_ADVERBS = Words.set("also", "later", "ultimately", "now", "still",
            "then", "eventually", "recently", "quickly", "never", "already");

    private static final Set<String> FINITE_REPORTS = Words.set("said", "says", "told", "tells", "added", "wrote");

    /** Sentence adverbs set off by commas right after a cue ("X said, however, that …"). */
    private static final Set<String> INSERTED_ADVERBS = Words.set("however", "though", "too", "also", "moreover",
            "nonetheless", "nevertheless", "instead", "meanwhile", "again", "later", "earlier", "repeatedly",
            "furthermore", "still", "privately", "publicly");

    static final Set<String> WH = Words.set("whether", "if", "how", "why", "what", "who", "when", "where",
            "which", "about");

    /**
     * A participle "-ed by" an agent right after a common noun, with no auxiliary between: a relative clause in the
     * passive that describes the noun ("the figures reported by the agency show"), not a report the noun makes. "By"
     * a medium or a time ("said by phone", "announced by the end of May") leaves the verb a report.
     */
    private static boolean reducedPassive(TextModel m, int t, int a, int b) {
        int p = t - 1;
        int by = t + 1;
        if (p < a || by + 1 > b || !m.lower[t].endsWith("ed") || !m.is(by, "by") || m.quote[by] >= 0 || m.quote[p] >= 0
                || m.kind[p] != TextModel.WORD || m.isCapitalized(p) || Lexicon.STOP.contains(m.lower[p])
                || Lexicon.PRONOUNS.contains(m.lower[p]) || MentionFinder.isLyAdverb(m, p) || CueLexicon.isVerbOnly(m.lower[p])
                || !MentionFinder.determinedNoun(m, p, a)) {
            return false;
        }
        int agent = Lexicon.DETERMINERS.contains(m.lower[by + 1]) && by + 2 <= b ? by + 2 : by + 1;
        return m.kind[agent] == TextModel.WORD && m.quote[agent] < 0 && !BY_WHAT_OR_WHEN.contains(m.lower[agent])
                && !MentionFinder.TIME_NOUNS.contains(m.lower[agent]) && !Character.isDigit(m.lower[agent].charAt(0));
    }

    /** Nouns after "by" that name a medium, a manner or a time, not an agent. */
    private static final Set<String> BY_WHAT_OR_WHEN = Words.set("phone", "telephone", "email", "e-mail", "video",
            "videolink", "video-link", "letter", "text", "mail", "satellite", "way", "end", "time", "middle", "close",
            "start", "beginning", "far", "then", "now", "contrast", "comparison", "proxy", "hand", "tweet", "twitter",
            "zoom", "radio", "teleconference", "conference", "fax", "cable", "mistake", "accident");

    static CandidateAttribution match(TextModel m, int t, String lemma, int a, int b, CandidateAttribution previous) {
        String w = m.lower[t];
        int before = t - 1; // the token before the cue, or before "went on to" ("He went on to say …")
        // "Biden keeps talking about …", "Apple has started saying …": the gerund is what the name or pronoun before
        // them does ("the meeting began vowing" is left alone: a common noun's verb may end its own clause)
        boolean afterAspectVerb = w.endsWith("ing") && t - 2 >= a && ASPECT_VERBS.contains(m.lower[t - 1])
                && m.quote[t - 1] < 0 && namesItsSubject(m, MentionFinder.skipBetweenLeft(m, t - 2, a), a);
        if (afterAspectVerb) {
            before = t - 2;
        } else if (t - 3 >= a && m.is(t - 1, "to") && m.is(t - 2, "on") && GO_FORMS.contains(m.lower[t - 3])
                && lemma.equals(w) && m.quote[t - 3] < 0) {
            before = t - 4;
        } else if (t - 3 >= a && m.is(t - 1, "to") && READY_ADJECTIVES.contains(m.lower[t - 2]) && m.quote[t - 2] < 0
                && BE_FORMS.contains(m.lower[t - 3]) && lemma.equals(w)) {
            before = t - 3; // "X was quick to point out …"
        } else if (t - 4 >= a && m.is(t - 1, "to") && m.is(t - 3, "to") && TAKE_FORMS.contains(m.lower[t - 4])
                && (m.isCapitalized(t - 2) || m.is(t - 2, "airwaves") || m.is(t - 2, "media")) && lemma.equals(w)) {
            before = t - 5; // "X took to Twitter to say …"
        }
        if (before == t - 1 && t - 1 >= a && NOT_A_CUE_BEFORE.contains(m.lower[t - 1])
                && !(Lexicon.FIRST_PERSON.contains(m.lower[t - 1]) || m.lower[t - 1].equals("you"))
                && !(w.endsWith("ing") && progressive(m, t, a))) {
            return null;
        }
        if ((w.endsWith("ed") || w.endsWith("wn")) && !w.equals(lemma) && t - 1 >= a && t + 1 <= b && m.quote[t + 1] < 0
                && (Lexicon.DETERMINERS.contains(m.lower[t - 1]) && !ClauseSubjects.SUBJECT_PRONOUNS.contains(m.lower[t - 1])
                || Character.isDigit(m.lower[t - 1].charAt(0)))
                && m.kind[t + 1] == TextModel.WORD && !m.isCapitalized(t + 1) && !Lexicon.STOP.contains(m.lower[t + 1])) {
            return null; // "271 pledged delegates", "the stated goal": a participle before a noun is an adjective
        }
        if (w.endsWith("ing") && t - 1 >= a && t + 1 <= b && m.quote[t + 1] < 0 && m.quote[t - 1] < 0
                && BEFORE_AN_ADJECTIVE.contains(m.lower[t - 1])
                && m.kind[t + 1] == TextModel.WORD && !m.isCapitalized(t + 1) && !Lexicon.STOP.contains(m.lower[t + 1])) {
            return null; // "best supporting actress", "the supporting evidence": an adjective before its noun
        }
        if (NAMING.contains(w) && t - 1 >= a && t + 1 <= b && m.kind[t - 1] == TextModel.WORD && m.quote[t - 1] < 0
                && !m.isCapitalized(t - 1) && !Lexicon.PRONOUNS.contains(m.lower[t - 1]) && !Lexicon.BETWEEN.contains(m.lower[t - 1])
                && !Lexicon.STOP.contains(m.lower[t - 1]) && !MentionFinder.isLyAdverb(m, t - 1)
                && !ClauseSubjects.isIrregularPast(m.lower[t - 1]) && !m.lower[t - 1].endsWith("ed")
                && m.opensQuote(t + 1)) {
            return null; // "a short film called “…”": a name given, not a report by the film
        }
        if (NAMING.contains(w) && t - 2 >= a && m.is(t - 1, ",") && m.quote[t - 1] < 0 && m.kind[t - 2] == TextModel.WORD
                && !m.isCapitalized(t - 2) && m.quote[t - 2] < 0 && !Lexicon.PRONOUNS.contains(m.lower[t - 2])
                && nameThenComma(m, m.is(t + 1, "the") ? t + 2 : t + 1, b)) {
            // "the legislation, called the Inflation Reduction Act, is …": a name given in passing ("Cruz, a hopeful,
            // called the KKK “abhorrent”" calls it something)
            return null;
        }
        if (NAMING.contains(w) && t - 2 >= a && m.kind[t - 1] == TextModel.WORD && !m.isCapitalized(t - 1)
                && m.quote[t - 1] < 0 && (m.is(t - 2, "a") || m.is(t - 2, "an") || m.is(t - 3, "a") || m.is(t - 3, "an"))
                && nameThenClauseEnd(m, t + 1, b)) {
            return null; // "a new tool called Screen Time that shows …": a name given, not a report by the tool
        }
        if (w.equals("known") && t - 1 >= a && t + 1 <= b && m.quote[t + 1] < 0 && KNOWN_AS.contains(m.lower[t + 1])
                && m.kind[t - 1] == TextModel.WORD && !KNOWN_AFTER_AUXILIARIES.contains(m.lower[t - 1])
                && !Lexicon.PRONOUNS.contains(m.lower[t - 1])) {
            return null; // "contests known as Super Tuesday", "a developer known to be …", "best known for": a name or
                         // a reputation, not a report; "has known him", "is known to …" stay
        }
        if ((w.equals("said") || w.equals("reported")) && t + 2 <= b && m.is(t + 1, "to") && m.quote[t + 1] < 0
                && (m.is(t + 2, "be") || m.is(t + 2, "have"))) {
            return null; // "a mindset said to have helped …", "a man reported to be …": hearsay about it, not its report
        }
        if (w.equals("reported") && t + 1 <= b && m.is(t + 1, "per") && m.quote[t + 1] < 0) {
            return null; // "Violent crimes reported per 100,000 residents": a statistic's heading
        }
        if (lemma.equals("add") && w.endsWith("ing") && progressive(m, t, a) && t + 1 <= b && m.quote[t + 1] < 0
                && (Lexicon.DETERMINERS.contains(m.lower[t + 1]) || MentionFinder.NUMBER_WORDS.contains(m.lower[t + 1])
                || Character.isDigit(m.lower[t + 1].charAt(0)))) {
            return null; // "The Redskins are adding another big man", "is adding 500 jobs": to add a thing, not words
        }
        if (MentionFinder.postModifierAt(m, t) && t - 1 >= a && m.quote[t - 1] < 0
                && (Lexicon.ANONYMOUS_HEADS.contains(m.lower[t - 1]) || Lexicon.ROLE_NOUNS.contains(m.lower[t - 1]))) {
            return null; // "a person informed of the deal told …": who knows, as "familiar with", not a report
        }
        if (reducedPassive(m, t, a, b)) {
            return null; // "the 31 statues claimed by Georg Solti", "the plan announced by the mayor would …": a participle
        }
        if (lemma.equals("add") && t + 1 <= b && m.is(t + 1, "to") && m.quote[t + 1] < 0) {
            return null; // "added to her lead", "added to the confusion": to increase, not to say
        }
        if (w.startsWith("slam") && t + 1 <= b && (m.is(t + 1, "into") || m.is(t + 1, "onto")) && m.quote[t + 1] < 0) {
            return null; // "the storm slammed into Cuba": a blow, not a rebuke
        }
        if (lemma.equals("continue") && continuesADeed(m, t, b)) {
            return null; // "he continued to build his power base": to go on doing, not to say ("continued to insist" stays)
        }
        if (w.equals("told") && t - 1 >= a && m.is(t - 1, "all") && t + 1 <= b && m.is(t + 1, ",")) {
            return null; // "All told, …"
        }
        if (m.is(t + 1, "of") && !lemma.equals("say") && !w.endsWith("ed") && !ofPhraseBeforeQuotation(m, t + 1, b)) {
            return null; // "the support of …" is a noun; "warned of …" a verb
        }
        if (before == t - 1 && (NOUN_LIKE.contains(lemma) && (w.equals(lemma) || w.equals(lemma + "s")) || BARE_NOUN_LIKE.contains(w))) {
            // "support", "plans": as often nouns as verbs; a verb only after a subject-like word or an auxiliary,
            // or before "that" / "to" ("Trump plans to …", "the ad claims that …")
            int p = t - 1;
            boolean verbLike = p >= a && (ClauseSubjects.SUBJECT_PRONOUNS.contains(m.lower[p])
                    || lemma.equals("show") && EVIDENCE_NOUNS.contains(m.lower[p]) && m.quote[p] < 0
                    || Lexicon.BETWEEN.contains(m.lower[p]) && !m.lower[p].endsWith("s") && !m.is(p, "has")
                    || t + 1 <= b && (m.is(t + 1, "that") || m.is(t + 1, "to")) && m.kind[p] == TextModel.WORD
                    && !m.lower[p].equals("’s") && !m.lower[p].equals("'s") && !Lexicon.DETERMINERS.contains(m.lower[p])
                    && !Character.isDigit(m.lower[p].charAt(0))
                    || lemma.equals("claim") && claimsAfterAName(m, p, t, a, b));
            if (!verbLike) {
                return null;
            }
        }
        boolean weak = CueLexicon.NEEDS_MARKED_CONTENT.contains(lemma);
        boolean gerund = w.endsWith("ing") && !progressive(m, t, a) && !afterAspectVerb;
        int j = skipInserts(m, MentionFinder.skipBetweenLeft(m, before, a), a);
        int[] subj = null;
        CandidateAttribution sourceOf = null;
        boolean commaQuote = j >= a && m.closesQuote(j) && m.text.charAt(m.start[j] - 1) == ','; // “…,” adding …
        boolean afterReport = previous != null && previous.sentence == m.sentence[t] && previous.sf >= 0;
        if (gerund) {
            if (j >= a && afterReport && (m.lower[j].equals(",") || m.lower[j].equals("and") || commaQuote
                    || GERUND_PREPOSITIONS.contains(m.lower[j]) && (previous.ct == j - 1
                    || previous.ct == j - 2 && m.is(j - 1, ",") && m.quote[j - 1] < 0))) {
                // "…, adding …", "X said (,) before adding …": the source of the report just made; of the outer one
                // when that was a group's belief inside it ("X said officials believe prices will fall, adding …")
                sourceOf = previous.within != null && previous.within.sf >= 0 && groupsBelief(m, previous) ? previous.within
                        : previous;
            } else if (j > a && GERUND_PREPOSITIONS.contains(m.lower[j]) && m.quote[j] < 0 && m.sentenceStart(j) != j) {
                // "landed in trouble by saying …", "left after telling reporters …": the subject of the clause
                int end = beforeDashAside(m, a, j);
                subj = ClauseSubjects.nearestClauseSubject(m, a, end);
                if (subj == null) {
                    subj = ClauseSubjects.sentenceSubject(m, a, end);
                }
                if (subj == null) {
                    subj = subjectAfterOpeningQuotation(m, a, end);
                }
                if (subj == null) {
                    return null;
                }
            } else if (j == a && GERUND_PREPOSITIONS.contains(m.lower[j]) && m.isCapitalized(j)) {
                // "After saying he was nervous, the man asked …": the subject of the main clause
                int c = t + 1;
                while (c <= b && c - t < 40 && !(m.is(c, ",") && m.quote[c] < 0)) {
                    c++;
                }
                subj = c + 1 <= b ? MentionFinder.nounPhraseRight(m, c + 1, b) : null;
                if (subj == null || !(ClauseSubjects.personLike(m, subj) || Lexicon.PRONOUNS.contains(m.lower[subj[0]]))
                        || subj[1] + 1 > b || m.kind[subj[1] + 1] != TextModel.WORD) {
                    return null;
                }
            } else if (j >= a && (m.lower[j].equals(",") || m.lower[j].equals("and") || SignatureRule.isDash(m.lower[j]) || commaQuote
                    || m.kind[j] == TextModel.WORD && !m.isCapitalized(j) && !Lexicon.STOP.contains(m.lower[j])
                    && lemma.equals("say"))) {
                subj = ClauseSubjects.nearestClauseSubject(m, a, j);
                if (subj == null) {
                    subj = ClauseSubjects.sentenceSubject(m, a, j);
                }
                if (subj == null) {
                    return null;
                }
            } else if (j >= a && j == t - 1 && m.kind[j] == TextModel.WORD && !Lexicon.STOP.contains(m.lower[j])
                    && (subj = MentionFinder.subjectLeft(m, j, a)) != null && ClauseSubjects.personLike(m, subj)
                    && !(subj[0] == subj[1] && Lexicon.PRONOUNS.contains(m.lower[j]))
                    && !(subj[0] == a && t + 1 < m.size && m.is(t + 1, ":"))) {
                // "with Donald Trump tweeting that …", "the share of Republicans saying …": the noun before (not a
                // listing's field, "Worth repeating: “…”")
            } else {
                return null;
            }
        } else {
            subj = MentionFinder.subjectLeft(m, j, a);
            if (subj != null && j == t - 1 && subj[1] == j && subj[0] < j && pastTenseAfterAName(m, j)
                    && (NounCueRule.NOUN_CUES.contains(w) || w.equals("doubt") || w.equals("doubts") || w.equals("reports"))) {
                // "Powell voiced doubt about …", "Biden renewed calls for …": the cue word is a noun, the verb's object
                // ("the voters POLITICO interviewed said" keeps its participle)
                return null;
            }
            if (subj != null && j == t - 1 && ClauseSubjects.nounAfterSingular(m, subj, w, lemma)) {
                return null; // "a wake-up call for …", "a plan to …": a bare verb form cannot follow "a …": a noun
            }
            if (subj != null && subj[0] == subj[1] && ClauseSubjects.SUBJECTLESS.contains(m.lower[subj[0]])
                    && !(m.is(subj[0], "it") && DOCUMENT_VERBS.contains(lemma) && !w.equals(lemma) && !w.endsWith("ing"))) {
                return null; // "it" can be a document or an organization that says, reads, adds … ("the letter … It added, “…”")
            }
            if (subj == null && j > a && (m.is(j, "and") || m.is(j, "but")) && afterReport) {
                subj = newClauseSubject(m, previous.ct + 1, j); // "When asked whom she supported, Ms. Reyes smiled and said …"
            }
            if (subj == null && j > a && (m.is(j, "and") || m.is(j, "but")) && afterReport
                    && previous.sf < previous.cf && previous.ct < j) {
                subj = new int[]{previous.sf, previous.st}; // "He called her “weak” and said …": the subject of the report just made
            } else if (subj == null && j > a && (m.is(j, "and") || m.is(j, "but"))
                    && (subj = ClauseSubjects.subordinateClauseSubject(m, a, j)) != null) {
                // "The rant began when Kasp brought up the bombing and later said …": the verb is the clause's second
            } else if (subj == null && j > a && (m.is(j, "and") || m.is(j, "but"))) {
                subj = ClauseSubjects.sentenceSubject(m, a, j); // "Reid voted on Saturday and says …": the subject of the first verb
                if (subj != null && m.start[j] - m.end[subj[1]] > 200) {
                    subj = null;
                }
            }
        }
        b = openingClauseEnd(m, t, a, b);
        // right side: audience object, modifiers, "that", ":" or ","
        int r = t + 1;
        final int r0 = r;
        boolean weakOpen = false;
        if (CueLexicon.AUDIENCE.contains(lemma) && r <= b && m.kind[r] == TextModel.WORD && m.quote[r] < 0
                && !m.is(r, "that")) {
            int[] obj = MentionFinder.nounPhraseRight(m, r, b);
            if (obj == null && Character.isDigit(m.lower[r].charAt(0)) && r + 1 <= b) {
                obj = MentionFinder.nounPhraseRight(m, r + 1, b); // "told 2,267 supporters": past the number
            }
            if (obj != null && obj[1] + 1 <= b && m.isCapitalized(obj[1])
                    && m.kind[obj[1] + 1] == TextModel.WORD && m.quote[obj[1] + 1] < 0 && !m.isCapitalized(obj[1] + 1)
                    && AUDIENCE_HEADS.contains(m.lower[obj[1] + 1])) {
                obj[1]++; // "told a Senate panel", "told the Fox News audience", "told Jewish leaders"
            }
            if (obj != null) {
                for (int k = obj[0] + 1; k <= obj[1]; k++) {
                    if (Lexicon.DETERMINERS.contains(m.lower[k]) && m.kind[k - 1] == TextModel.WORD
                            && !TokenSpans.PP_PREPOSITIONS.contains(m.lower[k - 1]) && !m.is(k - 1, "and")
                            && !m.is(k - 1, "of") && !m.lower[k - 1].equals("’s") && !m.lower[k - 1].equals("'s")) {
                        obj[1] = k - 1; // "told reporters the plan was …": the audience ends where a new phrase begins
                        break;
                    }
                }
                r = obj[1] + 1;
                for (int k = r; k <= b && k - r <= 2 && m.kind[k] == TextModel.WORD && m.quote[k] < 0; k++) {
                    if (m.is(k, "that")) {
                        r = k; // "told a crowd at Philadelphia’s Union League club that …": the audience's last nouns
                        break;
                    }
                    if (Lexicon.STOP.contains(m.lower[k]) || CueLexicon.lemma(m.lower[k]) != null || m.lower[k].endsWith("ed")) {
                        break;
                    }
                }
            } else if (OBJECT_PRONOUNS.contains(m.lower[r])) {
                r++;
            } else if (lemma.equals("tell")) {
                return null;
            }
        }
        if (CueLexicon.AUDIENCE.contains(lemma) && r <= b && m.opensQuote(r) && MentionFinder.quotedTitle(m, m.quote[r])) {
            int close = TokenSpans.firstToken(m, m.quotations.get(m.quote[r]).end() - 1);
            if (close + 1 <= b && m.is(close + 1, "that") && m.quote[close + 1] < 0) {
                r = close + 1; // "told ABC’s “Good Morning America” that …": the show is the audience
            }
        }
        int objectStart = r0;
        r = TokenSpans.skipModifiers(m, r, b);
        if (SAYING.contains(lemma) && r <= b && (m.is(r, "in") || m.is(r, "during") || m.is(r, "at") && !m.is(r + 1, "least")
                && !m.is(r + 1, "most")) && m.quote[r] < 0 && TokenSpans.phrasesToTheEnd(m, r, b)) {
            r = b + 1; // "…, Subroto said in an earlier speech to trainees at Pertamina Oil Company.": where, not what
        }
        boolean topic = false;
        if (TokenSpans.contentEnd(m, r, b) < r && objectStart + 2 <= b && m.quote[objectStart] < 0 && TOPIC_PREPOSITIONS.contains(m.lower[objectStart])
                && !TokenSpans.TIME_WORDS.contains(m.lower[objectStart + 1])
                && !MentionFinder.TIME_NOUNS.contains(m.lower[objectStart + 1])) {
            r = objectStart + 1; // "joked about Jewish stereotypes", "warned of the dangers": the topic is the content
            topic = true;
        }
        if (CueLexicon.AUDIENCE.contains(lemma) && !lemma.equals("tell") && r <= b && r > objectStart
                && m.is(r, "to") && m.quote[r] < 0) {
            r = objectStart; // "urged Congress to act": the object is part of what is urged
            weakOpen = true;
        } else if (r <= b && WH.contains(m.lower[r]) && m.quote[r] < 0) {
            weakOpen = true; // "asked Trump how high the wall would be"
        }
        boolean that = false;
        boolean colon = false;
        if (r <= b && m.is(r, "that") && m.quote[r] < 0 && r + 1 <= b && (m.kind[r + 1] == TextModel.WORD || m.quote[r + 1] >= 0)) {
            that = true; // "that" alone at the end is a demonstrative: "before he said that."
            r++;
        } else if (r + 3 <= b && m.is(r, "that") && m.is(r + 1, ",") && m.is(r + 2, "according") && m.quote[r] < 0) {
            int close = closingComma(m, r + 3, b);
            if (close > 0) {
                that = true; // "X said that, according to intelligence, Z": the phrase is an aside, Z the content
                r = close + 1;
            }
        }
        boolean comma = false;
        if (r <= b && m.quote[r] < 0 && (m.lower[r].equals(",") || m.lower[r].equals(":") || m.lower[r].equals("—"))) {
            colon = m.lower[r].equals(":");
            comma = m.lower[r].equals(",");
            r++;
        }
        if (comma && r + 2 <= b && m.quote[r] < 0 && INSERTED_ADVERBS.contains(m.lower[r]) && m.is(r + 1, ",")
                && m.quote[r + 1] < 0) {
            r += 2; // "X said, however, that …": an adverb set off by commas is no content
            if (m.is(r, "that") && m.quote[r] < 0 && r + 1 <= b && (m.kind[r + 1] == TextModel.WORD || m.quote[r + 1] >= 0)) {
                r++;
                that = true;
                comma = false;
            }
        }
        if (comma && r <= b && m.quote[r] < 0 && Lexicon.SUBORDINATORS.contains(m.lower[r])) {
            // "X said in the spring, when the story broke, “…”" / ", that …": a subordinate clause between the cue and
            // its quotation or that-clause
            for (int k = r + 1; k < b && k - r <= 15 && m.quote[k] < 0; k++) {
                if (m.is(k, ",") && m.opensQuote(k + 1)) {
                    r = k + 1;
                    break;
                }
                if (m.is(k, ",") && m.is(k + 1, "that") && m.quote[k + 1] < 0 && k + 2 <= b) {
                    r = k + 2;
                    that = true;
                    break;
                }
            }
        }
        int rightQuote = -1;
        if (r <= b && m.opensQuote(r) && comma && CueLexicon.WEAK.contains(lemma) && r - 1 > r0 && r + 1 <= b
                && m.quote[r + 1] >= 0 && !m.isCapitalized(r + 1) && CLAUSE_LINKS.contains(m.lower[r + 1])) {
            // "do not agree with the invasion, “because they …”": a stance verb, its object and a comma before a
            // quotation that goes on with the sentence; the quotation is someone else's words, not the stance
            return null;
        }
        if (r <= b && m.opensQuote(r)) {
            rightQuote = m.quote[r];
        } else if (colon && r > b && r < m.size && m.opensQuote(r)) {
            rightQuote = m.quote[r]; // "He added:" then the quote in the next paragraph
        }
        int rightEnd = TokenSpans.contentEnd(m, r, b);
        boolean relativeClause = subj != null && subj[0] == subj[1] && nonRestrictiveRelative(m, subj[0]);
        if (relativeClause) {
            rightEnd = relativeClauseEnd(m, r, rightEnd);
        }
        int labelDash = labelledQuoteDash(m, r, rightEnd);
        if (labelDash >= 0) {
            rightEnd = TokenSpans.contentEnd(m, r, labelDash - 1);
        }
        boolean rightEmpty = rightEnd < r || comma && rightQuote < 0 && startsNewClause(m, r);
        if (!rightEmpty && comma && rightQuote < 0 && startsNewClause(m, r)) {
            rightEmpty = true;
        }
        if (!rightEmpty && !that && !colon && r <= b && m.quote[r] < 0 && Lexicon.SUBORDINATORS.contains(m.lower[r])
                && (r > r0 || r + 1 <= b && m.is(r + 1, "asked"))) {
            rightEmpty = true; // "…, Obama told his advisers as he worked on the speech": a new clause, not content
        }

        // left side
        int lp = subj != null ? subj[0] - 1 : j;
        int leftQuote = -1;
        if (lp >= a && m.closesQuote(lp)) {
            leftQuote = m.quote[lp];
        } else if (lp - 1 >= a && m.lower[lp].equals(",") && m.closesQuote(lp - 1)) {
            leftQuote = m.quote[lp - 1];
        }
        if (leftQuote >= 0 && gerund && j > a && GERUND_PREPOSITIONS.contains(m.lower[j])) {
            leftQuote = -1; // "“…,” Blige sings to Clinton before asking her, “…”": the first quotation is the main verb's
        }
        if (leftQuote >= 0 && (!opensClause(m, leftQuote) || MixedQuoteRule.isTitle(m, leftQuote)
                && !(opensSentence(m, leftQuote) && reportingMarkBefore(m, lp - (m.closesQuote(lp) ? 0 : 1))))) {
            // a title before the source names something ("“Daily Show” host X said", "…, “Y Show,” X reported")
            leftQuote = -1;
        }
        boolean leftSep = lp >= a && (m.lower[lp].equals(",") || m.lower[lp].equals("—") || leftQuote >= 0
                || m.closesQuote(lp));
        if (!leftSep && lp - 1 >= a && m.is(lp, "as") && m.quote[lp] < 0 && m.is(lp - 1, ",") && subj != null && !gerund
                && rightEmpty && lemma.equals("say")) {
            lp--; // "The bill is dead, as the senator said."
            leftSep = true;
        }
        if (lp < a && a - 1 >= 0 && m.closesQuote(a - 1) && m.paragraph[a - 1] == m.paragraph[a] && subj != null
                && !gerund && opensSentence(m, m.quote[a - 1]) && (rightEmpty || r <= b && Lexicon.STOP.contains(m.lower[r]) && !that)) {
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
            if (j != before || !(lp >= a && (m.lower[lp].equals(",") || m.closesQuote(lp) && (reportingMarkBefore(m, lp)
                    || sentenceOpeningQuote(m, m.quote[lp], a) && lemma.equals("say"))))) {
                return null;
            }
            src = MentionFinder.nounPhraseRight(m, t + 1, b);
            if (src == null) {
                return null;
            }
            int nameEnd = roleNameAppositiveEnd(m, src, b);
            if (nameEnd > src[1]) {
                src = new int[]{src[0], nameEnd}; // "…, said the mayor’s spokeswoman, Tia Kasp.": the name is part of it
            }
            // "…, said an official who oversaw the inquiry.": the relative clause tells which one, it is no content
            int after = TokenSpans.skipModifiers(m, Math.max(src[1], restrictiveRelativeEnd(m, src[1] + 1, b)) + 1, b);
            int relative = leftQuote >= 0 && m.opensQuote(after) ? reportingRelative(m, src) : -1;
            if (relative > 0) {
                // "“…,” said X, who thinks the staff “need to …”": the relative clause reports the second quotation
                src = new int[]{src[0], relative - 2};
                after = b + 1;
            }
            rightEnd = TokenSpans.contentEnd(m, after, b);
            rightEmpty = rightEnd < after || m.lower[after].equals(",") && (startsNewClause(m, after + 1)
                    || after + 1 <= b && !m.opensQuote(after + 1)) // "…, said X, a union that …": more about X
                    || saysThenDash(m, t, src, after, leftQuote);
            rightQuote = after <= b && m.opensQuote(after) ? m.quote[after]
                    : leftQuote >= 0 && after + 1 <= b && m.lower[after].equals(",") && m.opensQuote(after + 1)
                    ? m.quote[after + 1] : -1; // “…,” said X, “…”: the quotation goes on after the comma
            r = after;
            if (!rightEmpty && leftQuote < 0 && !(after <= b && m.lower[after].equals(","))) {
                return null; // "…, said Obama “understood …”": the phrase after the cue is the content's subject
            }
        }
        CandidateAttribution raw = new CandidateAttribution();
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
            TokenSpans.setQuotation(m, raw, leftQuote);
            if (rightQuote >= 0 && rightQuote != leftQuote) {
                TokenSpans.extendToQuotation(m, raw, rightQuote); // “…,” he said, “…”
            }
            return raw;
        }
        if (rightQuote >= 0 && (r <= b ? m.start[r] == m.quotations.get(rightQuote).start() || m.opensQuote(r) : true)
                && (quotationFillsRest(m, rightQuote, r, b) || newClauseAfter(m, rightQuote, b))) {
            raw.strength = colon || comma ? 3 : 1;
            TokenSpans.setQuotation(m, raw, rightQuote);
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
                // the subject right after the clause and its comma, and words after the cue that were passed over
                boolean clauseBeforeSubject = src == subj && subj != null && le + 2 == subj[0] && m.is(le + 1, ",")
                        && t + 1 <= b && m.kind[t + 1] == TextModel.WORD;
                if (IntroPhrase.opensWith(m, ls, le) && !IntroPhrase.holdsClause(m, ls, le)
                        || clauseBeforeSubject && openingSubordinateClause(m, ls, le)) {
                    // "On Tuesday, Jo Hale urged an open primary", "As the mayor spoke, Hale railed at …": the opening
                    // phrase or clause was not said ("After Jo took over, he changed it, records show" is the content)
                    return null;
                }
                TokenSpans.setContent(m, raw, IntroPhrase.endBeforeQuotedClause(m, ls, le), le);
                return raw;
            } else if (comma && !that) {
                // "The plan, he said, is …"; "During the war, she said, the town “…”": an opening adverbial stays out
                boolean framed = IntroPhrase.opensWith(m, ls, le) && TokenSpans.containsQuotation(m, r, rightEnd);
                TokenSpans.setContent(m, raw, framed ? r : ls, rightEnd);
                return raw;
            }
        }
        if (rightEmpty) {
            return null;
        }
        if (weak && !weakOpen && !that && !colon && rightQuote < 0 && !TokenSpans.containsQuotation(m, r, rightEnd)) {
            return null;
        }
        // a relative clause's own object may be short ("who has long opposed the tax", "who endorsed Clinton")
        int shortest = relativeClause && ownsCue(m, subj[0], t) ? (m.isCapitalized(r) ? 0 : 1) : topic ? 1 : 2;
        if (!that && rightEnd - r < shortest && rightQuote < 0 && !shortReply(m, r, rightEnd)) {
            return null;
        }
        TokenSpans.setContent(m, raw, r, rightEnd);
        return raw;
    }

    /**
     * Whether "claims" at {@code t} is the verb of the name ending at {@code p} before a clause ("Zelensky claims his
     * country's military retook a key city", "Felipe Massa claims he is …"): a name's claims are a noun only after a
     * determiner ("the Biden claims") or before "of" (taken earlier). Not when what is claimed is a thing taken
     * ("Bolivia claims its frontier on the Pacific", "the United States claims the right to intervene").
     */
    private static boolean claimsAfterAName(TextModel m, int p, int t, int a, int b) {
        if (t + 1 > b || !m.isCapitalized(p) || m.quote[p] >= 0 || m.kind[p] != TextModel.WORD
                || p - 1 >= a && Lexicon.DETERMINERS.contains(m.lower[p - 1])
                || Lexicon.DETERMINERS.contains(m.lower[p]) || KINDS_OF_CLAIMS.contains(m.lower[p])) {
            return false;
        }
        if (ClauseSubjects.SUBJECT_PRONOUNS.contains(m.lower[t + 1])) {
            return true;
        }
        if (!Lexicon.DETERMINERS.contains(m.lower[t + 1])) {
            return false;
        }
        for (int k = t + 2; k <= Math.min(b, t + 4); k++) {
            if (CLAIMED_THINGS.contains(m.lower[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adjectives that make "claims" a noun when they open a sentence before it ("False claims a vigilante shot …"), as a
     * determiner does ("These claims …").
     */
    private static final Set<String> KINDS_OF_CLAIMS = Words.set("false", "fake", "bogus", "viral", "baseless",
            "unfounded", "unverified", "similar", "earlier", "recent", "new");

    /** What one claims as one's own, not as true: "claims the right to …", "claims its place", "claims the title". */
    private static final Set<String> CLAIMED_THINGS = Words.set("right", "rights", "privilege", "privileges", "role",
            "place", "title", "titles", "cup", "crown", "championship", "victory", "win", "credit", "responsibility",
            "share", "seat", "seats", "territory", "territories", "sovereignty", "ownership", "life", "lives", "prize",
            "medal", "trophy", "leadership", "monopoly", "frontier", "frontiers", "land", "lands", "island", "islands",
            "category", "award", "awards");

    /**
     * Whether a dash follows the inverted source of "said", "says", "wrote" or "writes" ("…, said Garcia-Herrero –
     * effects that spill over …", "…, says Knapp – a technique where …"): what follows tells more of the subject or
     * the source, as a comma would. Only for those verbs and a source that is a name or opens with a determiner: after
     * "reported" the phrase is its object ("Dallas County reported its first death – …"), after "written" no source
     * ("…, written mostly in Urdu – …"), and "said recently – …" names no one.
     */
    private static boolean saysThenDash(TextModel m, int t, int[] src, int after, int leftQuote) {
        return leftQuote < 0 && SAYS_BEFORE_A_DASH.contains(m.lower[t]) && SignatureRule.isDash(m.lower[after])
                && m.quote[after] < 0 && (m.isCapitalized(src[0]) || Lexicon.DETERMINERS.contains(m.lower[src[0]]));
    }

    private static final Set<String> SAYS_BEFORE_A_DASH = Words.set("said", "says", "wrote", "writes");

    /**
     * The sentence end {@code b}, or the token before the comma that closes a sentence-opening adverbial clause the
     * cue at {@code t} lies in ("After Kasp criticized her, Hale shot back, “…”", "With leaders worried about …,
     * Obama is rolling out …": the main clause is no content).
     */
    private static int openingClauseEnd(TextModel m, int t, int a, int b) {
        if (!Lexicon.SUBORDINATORS.contains(m.lower[a]) && !m.is(a, "with") || m.is(a, "as") || m.quote[a] >= 0) {
            return b;
        }
        for (int k = a + 1; k < t; k++) {
            if (m.is(k, ",") && m.quote[k] < 0) {
                return b; // the cue is in the main clause
            }
        }
        for (int k = t + 1; k <= b && k - t <= 40; k++) {
            if (m.is(k, ",") && m.quote[k] < 0) {
                int[] subject = MentionFinder.nounPhraseRight(m, k + 1, b);
                boolean mainClause = subject != null && subject[1] + 1 <= b && m.kind[subject[1] + 1] == TextModel.WORD
                        && !m.isCapitalized(subject[1] + 1) && m.quote[subject[1] + 1] < 0;
                return mainClause ? k - 1 : b;
            }
        }
        return b;
    }

    /**
     * The last token of a relative clause opening with "who" / "whose" at {@code k} right after an inverted source,
     * up to a comma, colon, semicolon or quotation (at most {@link MentionFinder#MAX_APPOSITIVE} tokens); else -1.
     */
    private static int restrictiveRelativeEnd(TextModel m, int k, int b) {
        if (k > b || m.quote[k] >= 0 || !(m.is(k, "who") || m.is(k, "whose"))) {
            return -1;
        }
        int e = k;
        while (e + 1 <= b && e - k < MentionFinder.MAX_APPOSITIVE && m.quote[e + 1] < 0
                && !(m.kind[e + 1] == TextModel.PUNCT && (m.is(e + 1, ",") || m.is(e + 1, ":") || m.is(e + 1, ";")
                || m.is(e + 1, ".")))) {
            e++;
        }
        return e - k < MentionFinder.MAX_APPOSITIVE ? e : -1;
    }

    /**
     * The "who" of a relative clause inside the phrase {@code src} (", who thinks the staff") that holds a cue verb
     * of its own, or -1.
     */
    private static int reportingRelative(TextModel m, int[] src) {
        for (int k = src[0] + 1; k < src[1]; k++) {
            if (m.is(k, ",") && m.quote[k] < 0 && (m.is(k + 1, "who") || m.is(k + 1, "whose"))) {
                for (int v = k + 2; v <= src[1]; v++) {
                    if (MentionFinder.cueVerbAt(m, v)) {
                        return k + 1;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> PRO_FORMS = Words.set("so", "yes", "no", "otherwise", "nothing", "that", "this", "it");
    private static final Set<String> AUXILIARIES = Words.set("would", "will", "did", "does", "do", "was", "were",
            "had", "has", "have", "could", "can", "should", "might", "may", "is", "are", "wouldn’t", "wouldn't",
            "won’t", "won't", "didn’t", "didn't", "wasn’t", "wasn't", "hadn’t", "hadn't", "couldn’t", "couldn't");

    /**
     * A short content that stands for a clause: "said so", "said yes", "said the same", "said he would", or an
     * infinitive alone ("declined to comment").
     */
    private static boolean shortReply(TextModel m, int r, int e) {
        if (r > e || m.quote[r] >= 0 || m.quote[e] >= 0 || e + 1 < m.size && m.kind[e + 1] == TextModel.WORD) {
            return false;
        }
        if (r == e) {
            return PRO_FORMS.contains(m.lower[r]);
        }
        return e == r + 1 && (m.is(r, "the") && m.is(e, "same") || m.is(r, "to") && m.kind[e] == TextModel.WORD
                && !Lexicon.STOP.contains(m.lower[e]) && !Lexicon.DETERMINERS.contains(m.lower[e])
                || ClauseSubjects.SUBJECT_PRONOUNS.contains(m.lower[r]) && !m.is(r, "who") && AUXILIARIES.contains(m.lower[e]));
    }

    private static final Set<String> DOCUMENT_VERBS = Words.set("say", "add", "state", "read", "continue", "note",
            "write", "warn", "claim", "argue", "conclude", "accuse", "urge", "call", "describe", "predict");

    private static final Set<String> READY_ADJECTIVES = Words.set("quick", "first", "eager", "careful", "quicker",
            "reluctant", "willing", "happy", "keen", "loath", "hesitant");
    private static final Set<String> TAKE_FORMS = Words.set("took", "take", "takes", "taking", "taken");

    private static final Set<String> GO_FORMS = Words.set("went", "go", "goes", "going", "gone");

    /** "adding of the plan, “…”": an of-phrase, then a comma or colon and a quotation. */
    private static boolean ofPhraseBeforeQuotation(TextModel m, int of, int b) {
        for (int e = of + 1; e <= b && e <= of + 10; e++) {
            if (m.quote[e] >= 0) {
                return false;
            }
            if (m.is(e, ",") || m.is(e, ":")) {
                return e > of + 1 && e + 1 <= b && m.opensQuote(e + 1);
            }
            if (m.kind[e] != TextModel.WORD) {
                return false;
            }
        }
        return false;
    }

    /** Prepositions whose object is what a cue is about ("talking about …", "railed against …"). */
    private static final Set<String> TOPIC_PREPOSITIONS = Words.set("about", "of", "against");

    private static final Set<String> FLOATING = Words.set("all", "both", "each", "themselves", "himself", "herself",
            "itself");
    private static final Set<String> INSERT_OPENERS = Words.set("including", "like", "along", "together", "as",
            "and", "especially", "particularly", "notably", "among");

    /**
     * Skips what stands between a subject and its verb besides auxiliaries: a floating quantifier
     * ("Strategists all agree") and an inserted phrase between dashes or commas that adds to the
     * subject ("Democrats -- including Clinton -- accused", "Clinton, as well as her campaign, has said"); between
     * dashes, any phrase ("Gingrich -- mentioned as a running mate -- told").
     */
    private static int skipInserts(TextModel m, int j, int a) {
        if (j > a && m.quote[j] < 0 && FLOATING.contains(m.lower[j])) {
            j = MentionFinder.skipBetweenLeft(m, j - 1, a);
        }
        if (j > a && m.quote[j] < 0 && (SignatureRule.isDash(m.lower[j]) || m.is(j, ","))) {
            String delimiter = m.lower[j];
            int close = j;
            while (close - 1 > a && SignatureRule.isDash(delimiter) && SignatureRule.isDash(m.lower[close - 1])) {
                close--; // "--" as two tokens
            }
            for (int k = close - 1; k > a && j - k <= 20; k--) {
                if (m.quote[k] >= 0) {
                    break;
                }
                if (m.lower[k].equals(delimiter) || SignatureRule.isDash(delimiter) && SignatureRule.isDash(m.lower[k])) {
                    int open = k;
                    while (open - 1 > a && SignatureRule.isDash(delimiter) && SignatureRule.isDash(m.lower[open - 1])) {
                        open--;
                    }
                    if (k + 1 < close && (INSERT_OPENERS.contains(m.lower[k + 1]) && !clauseAfterAdverb(m, k + 1)
                            || SignatureRule.isDash(delimiter))
                            && m.kind[open - 1] == TextModel.WORD && !serialList(m, open, a)) {
                        return MentionFinder.skipBetweenLeft(m, open - 1, a);
                    }
                    break;
                }
            }
        }
        return j;
    }

    /**
     * "…, especially when the Fed is raising rates, said X": an adverb before a subordinating conjunction opens a
     * clause of the content, not a phrase that adds to the subject ("Democrats, especially those in the House, said").
     */
    private static boolean clauseAfterAdverb(TextModel m, int k) {
        return k + 1 < m.size && m.lower[k].endsWith("ly") && m.quote[k + 1] < 0
                && (Lexicon.SUBORDINATORS.contains(m.lower[k + 1]) || m.is(k + 1, "if"));
    }

    /** Capitalized words from {@code k} closed by a comma: "the Inflation Reduction Act,". */
    private static boolean nameThenComma(TextModel m, int k, int b) {
        int e = k;
        while (e <= b && m.isCapitalized(e) && m.quote[e] < 0) {
            e++;
        }
        return e > k && e <= b && m.is(e, ",") && m.quote[e] < 0;
    }

    /** Capitalized words from {@code k} that end at punctuation, the sentence's end or a relative pronoun. */
    private static boolean nameThenClauseEnd(TextModel m, int k, int b) {
        int e = k;
        while (e <= b && m.isCapitalized(e) && m.quote[e] < 0) {
            e++;
        }
        return e > k && (e > b || m.kind[e] == TextModel.PUNCT && m.quote[e] < 0 || m.is(e, "that") || m.is(e, "which")
                || m.is(e, "who"));
    }

    /** ", and harbors," closing a list ("parks, roads, and harbors,"): a comma two words before {@code comma}. */
    private static boolean serialList(TextModel m, int comma, int a) {
        return m.is(comma + 1, "and") && comma - 2 >= a && m.is(comma - 2, ",") && m.quote[comma - 2] < 0
                && m.kind[comma - 1] == TextModel.WORD;
    }

    private static final Set<String> KNOWN_AS = Words.set("as", "for", "to");
    private static final Set<String> KNOWN_AFTER_AUXILIARIES = Words.set("is", "are", "was", "were", "am", "be", "been", "being",
            "has", "have", "had", "’s", "'s", "’ve", "'ve", "would", "will", "could", "should", "may", "might", "not");
    /** Words after which an -ing form before a noun modifies it: articles, possessives, "best" ("best supporting actress"). */
    private static final Set<String> BEFORE_AN_ADJECTIVE = Words.set("a", "an", "the", "this", "these", "those", "his",
            "its", "their", "our", "my", "your", "best");

    /** A lower-case word in -ed right after a capitalized one: the name's verb, not a word of its noun phrase. */
    private static boolean pastTenseAfterAName(TextModel m, int k) {
        return m.kind[k] == TextModel.WORD && !m.isCapitalized(k) && m.lower[k].endsWith("ed") && m.quote[k] < 0
                && m.kind[k - 1] == TextModel.WORD && m.isCapitalized(k - 1) && m.quote[k - 1] < 0;
    }

    /** A name or a personal pronoun at {@code k}, outside quotations; not the generic "you". */
    private static boolean namesItsSubject(TextModel m, int k, int a) {
        return k >= a && m.quote[k] < 0 && m.kind[k] == TextModel.WORD && m.isCapitalized(k)
                || k >= a && m.quote[k] < 0 && ClauseSubjects.SUBJECT_PRONOUNS.contains(m.lower[k]) && !m.is(k, "you");
    }

    /** Verbs of going on or beginning, which take a gerund as what their subject does ("keeps saying"). */
    private static final Set<String> ASPECT_VERBS = Words.set("keep", "keeps", "kept", "start", "starts", "started",
            "begin", "begins", "began", "begun", "continue", "continues", "continued", "resume", "resumes", "resumed",
            "stop", "stops", "stopped", "quit", "quits");

    private static final Set<String> BE_FORMS = Words.set("is", "are", "was", "were", "am", "been", "be", "’s", "'s",
            "’re", "'re", "’m", "'m", "isn’t", "isn't", "wasn’t", "wasn't", "aren’t", "aren't", "weren’t", "weren't");

    /**
     * "continued to build", "continued working": a verb that is neither a cue nor one of arguing follows "continue",
     * directly or after "to" ("continued to insist", "continued to defend the notion" stay reports).
     */
    private static boolean continuesADeed(TextModel m, int t, int b) {
        int v = t + 1 <= b && m.is(t + 1, "to") ? t + 2 : t + 1;
        if (v > b || m.kind[v] != TextModel.WORD || m.quote[v] >= 0 || m.isCapitalized(v)
                || v == t + 1 && !m.lower[v].endsWith("ing")) {
            return false;
        }
        String stem = v == t + 1 ? m.lower[v].substring(0, m.lower[v].length() - 3) : m.lower[v]; // "refut(ing)"
        return CueLexicon.lemma(m.lower[v]) == null && !Lexicon.STOP.contains(m.lower[v])
                && !ARGUING.contains(stem) && !ARGUING.contains(stem + "e");
    }

    /** Verbs of arguing that the cue lexicon leaves out but that report a stance after "continued to". */
    private static final Set<String> ARGUING = Words.set("defend", "refute", "dispute", "push", "press", "fight",
            "question", "attack", "blast", "slam", "challenge", "rail", "reject", "champion", "lobby");

    /**
     * The speaker of a sentence that opens with a quotation ("“…,” Blige sings to Clinton before asking her, “…”"):
     * the phrase right after the closing mark, when a lower-case verb follows it before {@code limit}; else null.
     */
    private static int[] subjectAfterOpeningQuotation(TextModel m, int a, int limit) {
        if (!m.opensQuote(a)) {
            return null;
        }
        int close = TokenSpans.firstToken(m, m.quotations.get(m.quote[a]).end() - 1);
        int k = close + 1;
        if (k < limit && m.is(k, ",") && m.quote[k] < 0) {
            k++;
        }
        int[] np = k < limit ? MentionFinder.nounPhraseRight(m, k, limit - 1) : null;
        return np != null && np[1] + 1 < limit && m.kind[np[1] + 1] == TextModel.WORD && !m.isCapitalized(np[1] + 1)
                && ClauseSubjects.personLike(m, np) ? np : null;
    }

    /**
     * {@code j}, or the opening dash of an aside that ends right before it ("… the stadium - where the Panthers
     * played - while chanting …"): the aside's subject is not the clause's.
     */
    private static int beforeDashAside(TextModel m, int a, int j) {
        if (j - 1 <= a || !SignatureRule.isDash(m.lower[j - 1]) || m.quote[j - 1] >= 0) {
            return j;
        }
        for (int k = j - 2; k > a && j - k <= 30; k--) {
            if (m.quote[k] >= 0) {
                return j;
            }
            if (SignatureRule.isDash(m.lower[k])) {
                return k;
            }
        }
        return j;
    }

    /** A belief held by a group the report names by a plural noun: "officials believe", "analysts expect". */
    private static boolean groupsBelief(TextModel m, CandidateAttribution r) {
        String lemma = r.cf >= 0 ? CueLexicon.lemma(m.lower[r.cf]) : null;
        return lemma != null && BELIEFS.contains(lemma) && r.st >= 0 && !m.isCapitalized(r.st) && m.lower[r.st].endsWith("s") && !m.lower[r.st].endsWith("ss");
    }

    private static final Set<String> BELIEFS = Words.set("believe", "think", "expect", "fear", "hope", "worry", "feel",
            "know", "doubt", "suspect");

    /** "X is talking about …", "X has been saying …": a finite progressive form, not a participle clause. */
    private static boolean progressive(TextModel m, int t, int a) {
        int p = t - 1;
        while (p >= a && p >= t - 3 && m.quote[p] < 0 && (MentionFinder.isLyAdverb(m, p) || m.is(p, "also")
                || m.is(p, "still") || m.is(p, "now") || m.is(p, "not") || m.is(p, "already") || m.is(p, "again"))) {
            p--;
        }
        return p >= a && m.quote[p] < 0 && BE_FORMS.contains(m.lower[p]) && p > a;
    }

    /** A quotation opens a clause: it starts a sentence or follows punctuation, "and", "but". */
    static boolean opensClause(TextModel m, int q) {
        int first = TokenSpans.firstToken(m, m.quotations.get(q).start());
        if (first <= 0 || m.sentenceStart(first) == first) {
            return true;
        }
        int p = first - 1;
        return m.kind[p] != TextModel.WORD || m.is(p, "and") || m.is(p, "but") || m.is(p, "that");
    }

    /** A quotation that opens its sentence. */
    static boolean opensSentence(TextModel m, int q) {
        int first = TokenSpans.firstToken(m, m.quotations.get(q).start());
        return first <= 0 || m.sentenceStart(first) == first;
    }

    /** A quotation that opens the sentence {@code a} begins: "“…” said X" without a comma is still a report. */
    static boolean sentenceOpeningQuote(TextModel m, int q, int a) {
        return q >= 0 && m.quotations.get(q).start() == m.start[a];
    }

    /** A closing quote mark right after "," "?" "!" (or "—"): “…,” said X. */
    static boolean reportingMarkBefore(TextModel m, int closeTok) {
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
    static boolean quotationFillsRest(TextModel m, int q, int r, int b) {
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

    /** A new clause after the quotation that opens the rest: said, “…,” promising … / said: “…” — and added … */
    private static boolean newClauseAfter(TextModel m, int q, int b) {
        int close = TokenSpans.firstToken(m, m.quotations.get(q).end() - 1);
        if (close < 0 || !m.closesQuote(close)) {
            return false;
        }
        int n = close + 1;
        if (n <= b && m.is(n, ",") && m.quote[n] < 0) {
            n++;
        } else if (!reportingMarkBefore(m, close)) {
            return false;
        }
        return n <= b && m.quote[n] < 0 && m.kind[n] == TextModel.WORD && !m.isCapitalized(n) && startsNewClause(m, n);
    }

    /**
     * "Pollsters agree - Jo Reyes: “…”", "Polls did predict the race - Jo Reyes: “…”": a dash, a name and a colon
     * before a quotation give the quotation to the name (digest style), so the content of the cue before ends at
     * the dash. Returns the dash's token, or -1.
     */
    private static int labelledQuoteDash(TextModel m, int r, int e) {
        for (int d = r; d < e && d - r <= 30; d++) {
            if (m.quote[d] >= 0) {
                return -1;
            }
            if (SignatureRule.isDash(m.lower[d]) && labelledQuoteAfter(m, d, e)) {
                return d;
            }
        }
        return -1;
    }

    private static boolean labelledQuoteAfter(TextModel m, int d, int e) {
        for (int k = d + 1; k < e && k - d <= SpeakerLabelRule.MAX_LABEL; k++) {
            if (m.is(k, ":")) {
                return k > d + 1 && m.opensQuote(k + 1);
            }
            if (m.quote[k] >= 0 || !(m.kind[k] == TextModel.WORD && m.isCapitalized(k) || m.is(k, "."))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A new clause with a subject of its own between a report and a cue coordinated with "and": after the last
     * unquoted comma, a person-like phrase and a lower-case verb ("When asked whom she supported, Ms. Reyes smiled
     * and said …"); that phrase, or null.
     */
    private static int[] newClauseSubject(TextModel m, int from, int and) {
        for (int k = and - 2; k >= from; k--) {
            if (m.is(k, ",") && m.quote[k] < 0) {
                int[] np = m.quote[k + 1] < 0 && m.isCapitalized(k + 1)
                        ? MentionFinder.nounPhraseRight(m, k + 1, and - 1) : null;
                return np != null && np[1] + 1 < and && m.kind[np[1] + 1] == TextModel.WORD && !m.isCapitalized(np[1] + 1)
                        && !Lexicon.STOP.contains(m.lower[np[1] + 1]) && ClauseSubjects.personLike(m, np) ? np : null;
            }
        }
        return null;
    }

    /** ", adding that …", ", according to …", ", he said": the right side is a new clause, not content. */
    static boolean startsNewClause(TextModel m, int r) {
        if (r >= m.size) {
            return true;
        }
        String w = m.lower[r];
        return w.endsWith("ing") && CueLexicon.lemma(w) != null || w.equals("according") || w.equals("and")
                || w.equals("but") || w.equals("who") || w.equals("which") || w.equals("as")
                || w.equals("while") || w.equals("when") || w.equals("after") || w.equals("before")
                || w.equals("although") || w.equals("because");
    }
}

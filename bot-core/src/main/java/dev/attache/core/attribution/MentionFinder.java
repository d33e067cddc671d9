package dev.attache.core.attribution;

/**
 * Finds the noun phrase a cue attaches to: the subject left of "said" (skipping "has also"),
 * with an optional appositive ("Vasiliy Kashin, a senior specialist at …,"), or the phrase after
 * an inverted cue ("said Kashin", "according to officials"). Works on token indices of a
 * {@link TextModel}; ranges are inclusive {@code [from, to]}; never crosses a quotation.
 */
final class MentionFinder {

    static final int MAX_LOWERCASE_RUN = 4;
    static final int MAX_APPOSITIVE = 30;
    static final int MAX_PHRASE = 15;
    static final int MAX_TITLE_WORDS = 8;

    /** Openers of a parenthetical between a subject and its cue ("Blunt, after a long pause, said"). */
    static final java.util.Set<String> PARENTHETICAL_OPENERS = Words.set("after", "in", "at", "on",
            "during", "speaking", "asked", "when", "while", "like", "however", "meanwhile", "too", "for",
            "though", "in", "unlike", "by", "with", "from", "also", "instead", "visibly", "later", "earlier");

    /** Subordinators before a participle in a parenthetical ("X, when asked about it, said"). */
    private static final java.util.Set<String> PARTICIPLE_CLAUSE_OPENERS = Words.set("when", "while", "if", "once",
            "after", "before", "as", "though", "although", "unless", "until");

    /** Lower-case nouns that may follow a name in one phrase ("the Clinton campaign", "Trump supporters"). */
    private static final java.util.Set<String> NOUNS_AFTER_NAMES = Words.set("campaign", "team", "camp",
            "administration", "government", "office", "report", "statement", "website", "foundation", "supporters",
            "voters", "television", "station", "network", "newspaper", "radio", "channel", "show", "program",
            "magazine", "reporter", "reporters", "interviewer", "audience", "crowd", "podcast", "broadcaster", "allies", "forces", "police", "officials", "agency", "ministry", "spokesman", "spokeswoman",
            "aides", "lawyers", "lawyer", "attorney", "family", "group", "party", "study", "poll", "survey",
            "data", "memo", "letter", "account", "organization", "committee", "staff", "staffers", "news", "tweet",
            "intelligence", "media", "authorities", "military", "diplomats", "sources", "prosecutors", "investigators",
            "lawmakers", "analysts", "experts", "leaders", "embassy", "troops", "army", "navy");

    private MentionFinder() {
    }

    /** Skips auxiliaries and adverbs left of a cue; returns the index left of them (may be < limit). */
    static int skipBetweenLeft(TextModel m, int t, int limit) {
        int j = t;
        while (j >= limit && t - j < 9 && m.quote[j] < 0 && m.kind[j] != TextModel.PUNCT) {
            if (modalSurname(m, j)) {
                break;
            }
            if (Lexicon.BETWEEN.contains(m.lower[j]) || isLyAdverb(m, j)) {
                j--;
                continue;
            }
            int k = timePhraseStart(m, j, limit);
            if (k < 0) {
                break;
            }
            j = k - 1;
        }
        return j;
    }

    static final java.util.Set<String> TIME_NOUNS = Words.set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year",
            "today", "yesterday", "tonight", "day", "ago", "later", "earlier", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "years",
            "months", "weeks", "days", "hours", "minutes");

    /** Start of a time phrase ending at j ("on Saturday", "last week", "Tuesday night", "in May"), or -1. */
    static int timePhraseStart(TextModel m, int j, int limit) {
        if (!TIME_NOUNS.contains(m.lower[j]) || m.quote[j] >= 0) {
            return -1;
        }
        int k = j;
        while (k - 1 >= limit && j - k < 3 && m.quote[k - 1] < 0 && (TIME_NOUNS.contains(m.lower[k - 1])
                || Character.isDigit(m.lower[k - 1].charAt(0)))) {
            k--;
        }
        if (k - 1 >= limit && TIME_PHRASE_OPENERS.contains(m.lower[k - 1])) {
            k--;
        } else if (!DAYS.contains(m.lower[k])) {
            return -1;
        }
        return k;
    }

    /** Words that open a time phrase before its noun ("on Monday", "last May", "early next week"). */
    private static final java.util.Set<String> TIME_PHRASE_OPENERS = Words.set("on", "in", "last", "this", "next",
            "early", "late", "mid", "earlier", "later", "since", "until");

    private static final java.util.Set<String> DAYS = Words.set("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "today", "yesterday", "tonight");

    /** A lower-case verb of the cue lexicon that is not as often a noun ("state", "call"): a clause of its own. */
    static boolean cueVerbAt(TextModel m, int k) {
        return !m.isCapitalized(k) && CueLexicon.lemma(m.lower[k]) != null && !bareNounLike(m.lower[k]);
    }

    private static final java.util.Set<String> LY_NOUNS = Words.set("family", "ally", "rally", "supply",
            "assembly", "monopoly", "anomaly", "reply", "italy", "july", "bully", "belly", "jelly", "lily");

    static boolean isLyAdverb(TextModel m, int j) {
        String w = m.lower[j];
        return w.length() > 4 && w.endsWith("ly") && !m.isCapitalized(j) && !LY_NOUNS.contains(w);
    }

    /** The subject noun phrase ending at or before {@code j} (the token left of the cue after skipping). */
    static int[] subjectLeft(TextModel m, int j, int limit) {
        if (j >= limit && m.closesQuote(j) && j - 1 >= limit && m.is(j - 1, ",") && quotedTitle(m, m.quote[j])) {
            int[] subj = appositiveSubject(m, j - 1, limit); // "Jo Hale, the author of “The Book,” said"
            if (subj != null) {
                subj[1] = j;
            }
            return subj;
        }
        if (j < limit || m.quote[j] >= 0) {
            return null;
        }
        if (m.kind[j] == TextModel.PUNCT && m.lower[j].equals(",")) {
            return appositiveSubject(m, j, limit);
        }
        if (m.lower[j].equals(")")) {
            // "Rep. Jim Reed (D-Md.) said"
            int open = openingParen(m, j, limit);
            if (open - 1 >= limit && m.kind[open - 1] == TextModel.WORD && m.isCapitalized(open - 1)) {
                int from = nounPhraseLeft(m, open - 1, limit);
                return from < 0 ? null : new int[]{from, j};
            }
            return null;
        }
        if (yearAfterPreposition(m, j, limit)) {
            return subjectLeft(m, j - 2, limit); // "an arbitration panel in 2001 found": the phrase before the year
        }
        int quantity = quantityLeft(m, j, limit);
        if (quantity >= 0) {
            return new int[]{quantity, j};
        }
        if (m.kind[j] != TextModel.WORD) {
            return null;
        }
        if ((m.is(j, "them") || m.is(j, "us") || m.is(j, "those")) && j - 2 >= limit && m.is(j - 1, "of")
                && m.quote[j - 2] < 0 && (SHARE_WORDS.contains(m.lower[j - 2]) || NUMBER_WORDS.contains(m.lower[j - 2])
                || m.is(j - 2, "none") || m.is(j - 2, "each") || m.is(j - 2, "both") || m.is(j - 2, "several"))) {
            return new int[]{j - 2, j}; // "most of them said"
        }
        int[] modified = postModifiedLeft(m, j, limit);
        if (modified != null) {
            return modified;
        }
        if (Lexicon.PRONOUNS.contains(m.lower[j]) || m.is(j, "another")) {
            return new int[]{j, j}; // "Yet another said …": "another" stands for a person of the last sentence
        }
        if (modalSurname(m, j)) {
            // "“…,” May said", "which Will claims …": a capitalized modal inside a sentence is a surname
            int given = j - 1 >= limit && m.isCapitalized(j - 1) && m.quote[j - 1] < 0 && !Lexicon.STOP.contains(m.lower[j - 1])
                    ? nounPhraseLeft(m, j - 1, limit) : -1; // "British Prime Minister Theresa May"
            return new int[]{given >= 0 ? given : j, j};
        }
        int from = nounPhraseLeft(m, j, limit);
        if (from >= 0) {
            from = afterTimePhrase(m, from, j); // "Last year Tesla reported": Tesla did
            from = afterWith(m, from, j); // "the visit coincides with Sunak announcing": Sunak announces
        }
        int[] placed = placedPhraseLeft(m, from, j, limit);
        if (placed != null) {
            return placed;
        }
        if (from == j && m.sentenceStart(j) == j && IMPERATIVES.contains(m.lower[j])) {
            return null; // "Consider supporting our journalism", "Let’s hope …": an imperative has no subject
        }
        if (from >= 0 && from < j && participleAfterNoun(m, j) && !(from - 1 >= limit && RELATIVES.contains(m.lower[from - 1]))) {
            // "a report published (Monday) said", "guidelines adopted (in 2004) said": the participle is no part of it
            return new int[]{from, j - 1};
        }
        int[] agentOf = from < 0 ? null : passiveAgentHead(m, from, limit);
        if (agentOf != null) {
            return agentOf;
        }
        if (from - 2 >= limit && m.is(from - 1, "to") && m.quote[from - 1] < 0 && m.kind[from - 2] == TextModel.WORD
                && DOCUMENT_HEADS.contains(m.lower[from - 2]) && m.quote[from - 2] < 0) {
            int document = nounPhraseLeft(m, from - 2, limit); // "Sanders’ fundraising email to his supporters notes"
            if (document >= 0) {
                return new int[]{document, j};
            }
        }
        int[] relative = relativeClauseHead(m, from < 0 ? j + 1 : from, limit);
        if (relative != null) {
            return relative;
        }
        int[] named = from < 0 ? null : UnclosedAppositive.nameBefore(m, from, j, limit);
        if (named != null) {
            return named;
        }
        return from < 0 ? null : new int[]{Coordination.extendLeft(m, from, limit), j};
    }

    /**
     * "an official at the Canadian embassy in Copenhagen said", "the state health department in Baton Rouge said",
     * "authorities near Reno said": a place after "in" or "near" ends the phrase of who speaks, it does not name them;
     * the phrase with its place, or null.
     */
    private static int[] placedPhraseLeft(TextModel m, int from, int j, int limit) {
        int preposition = from - 1;
        int head = from - 2;
        if (from < 0 || head < limit || !m.isCapitalized(from) || !(m.is(preposition, "in") || m.is(preposition, "near"))
                || m.quote[preposition] >= 0 || m.quote[head] >= 0 || m.kind[head] != TextModel.WORD
                || m.isCapitalized(head) && m.sentenceStart(head) != head || !nounLike(m.lower[head])) {
            return null;
        }
        int[] phrase = subjectLeft(m, head, limit);
        return phrase == null || phrase[1] != head ? null : new int[]{phrase[0], j};
    }

    /** A lower-case word that may head a noun phrase: no function word, participle or verb of saying. */
    private static boolean nounLike(String w) {
        return !Lexicon.STOP.contains(w) && !Lexicon.PRONOUNS.contains(w) && !w.endsWith("ed") && !w.endsWith("ing")
                && CueLexicon.lemma(w) == null;
    }

    /**
     * The noun phrase a participle and its agent follow, when the phrase at {@code from} is that agent: "a memo
     * obtained by CNN says", "a statement issued by the campaign said", "a candidate backed by the union said" (the
     * memo, the statement, the candidate speak, not CNN); or null. After an auxiliary ("was rejected by") the
     * participle is the clause's verb and the phrase no agent of a subject.
     */
    private static int[] passiveAgentHead(TextModel m, int from, int limit) {
        int participle = from - 2;
        int headEnd = from - 3;
        if (headEnd < limit || !m.is(from - 1, "by") || m.quote[from - 1] >= 0 || m.quote[participle] >= 0
                || m.kind[participle] != TextModel.WORD || m.isCapitalized(participle)
                || !(m.lower[participle].endsWith("ed") || PARTICIPLES.contains(m.lower[participle]))
                || m.kind[headEnd] != TextModel.WORD || m.quote[headEnd] >= 0 || Lexicon.STOP.contains(m.lower[headEnd])
                || CueLexicon.isVerbOnly(m.lower[headEnd])) {
            return null;
        }
        int headStart = nounPhraseLeft(m, headEnd, limit);
        return headStart < 0 ? null : new int[]{headStart, headEnd};
    }

    /**
     * The start of a noun phrase from {@code from} to {@code to} after a time phrase that opens it ("Last year",
     * "This week", "Earlier this month"), or {@code from} when none does, nothing would be left or the phrase is a
     * possessive ("Last year’s statistics").
     */
    static int afterTimePhrase(TextModel m, int from, int to) {
        int k = from;
        if (m.is(k, "earlier") || m.is(k, "later")) {
            k++;
        }
        if (k + 1 < to && TIME_DETERMINERS.contains(m.lower[k]) && TIME_NOUNS.contains(m.lower[k + 1])
                && !m.is(k + 2, "’s") && !m.is(k + 2, "'s")) { // "last week's forum" is the forum
            return k + 2;
        }
        if (k > from && k <= to && m.sentenceStart(from) == from && m.isCapitalized(k)) {
            return k; // "Later Musk said": the adverb opens the sentence, the name follows it
        }
        return from;
    }

    /**
     * Before a gerund, the capitalized name after the last "with" in the phrase from {@code from} to {@code to} (the
     * gerund's own subject: "coincides with Sunak announcing", "with Trump tweeting"); else {@code from}.
     */
    static int afterWith(TextModel m, int from, int to) {
        if (to + 1 >= m.size || !m.lower[to + 1].endsWith("ing") || m.isCapitalized(to + 1)) {
            return from;
        }
        for (int k = to - 1; k > from; k--) {
            if (m.is(k, "with") && m.quote[k] < 0) {
                for (int n = k + 1; n <= to; n++) {
                    if (!m.isCapitalized(n)) {
                        return from;
                    }
                }
                return k + 1;
            }
        }
        return from;
    }

    private static final java.util.Set<String> TIME_DETERMINERS = Words.set("last", "this", "next", "that", "each",
            "every");

    /** An imperative that opens its sentence before a capitalized word: "Read Biden's full statement", a link's label. */
    static boolean opensWithImperative(TextModel m, int k) {
        return opensWithAnImperativeVerb(m, k) && m.isCapitalized(k + 1);
    }

    /** An imperative that opens its sentence before a lower-case word: "Remember the commercial with …:", "Listen to:". */
    static boolean opensImperativeClause(TextModel m, int k) {
        return opensWithAnImperativeVerb(m, k) && m.kind[k + 1] == TextModel.WORD && !m.isCapitalized(k + 1);
    }

    /** Whether token {@code k} opens its sentence with a verb of {@link #IMPERATIVES} and a token follows it. */
    private static boolean opensWithAnImperativeVerb(TextModel m, int k) {
        return m.sentenceStart(k) == k && IMPERATIVES.contains(m.lower[k]) && k + 1 < m.size;
    }

    /** Verbs that open a sentence as an imperative, which a reader or the writer is asked to do. */
    private static final java.util.Set<String> IMPERATIVES = Words.set("consider", "please", "let", "allow", "permit",
            "keep", "listen", "look", "imagine", "remember", "note", "read", "click", "watch", "subscribe", "sign", "join",
            "visit");

    private static final java.util.Set<String> PARTICIPLES = Words.set("written", "made", "seen", "sent", "given",
            "taken", "drawn", "shown", "held", "led", "brought", "put", "run", "won", "known", "set", "paid");

    /** Modal verbs that are also surnames (Theresa May, George Will). */
    private static final java.util.Set<String> MODAL_SURNAMES = Words.set("may", "will");

    /**
     * "May" or "Will" capitalized inside a sentence, not after a preposition or a determiner of time ("in May",
     * "last May") nor before another capitalized word (a headline's "Trump May Not Have …"): a surname, not a modal
     * or a month.
     */
    static boolean modalSurname(TextModel m, int j) {
        if (!MODAL_SURNAMES.contains(m.lower[j]) || !m.isCapitalized(j) || m.sentenceStart(j) == j
                || j + 1 < m.size && m.kind[j + 1] == TextModel.WORD && m.isCapitalized(j + 1)) {
            return false;
        }
        return !TokenSpans.PP_PREPOSITIONS.contains(m.lower[j - 1]) && !TIME_PHRASE_OPENERS.contains(m.lower[j - 1]);
    }

    /**
     * The person a restrictive relative clause or participle phrase without commas belongs to, when the
     * words left of a cue end such a clause: "a White House official who spoke anonymously … said",
     * "another source speaking to Fox News said", "the officials whose laws were struck down say"; or null.
     */
    private static int[] relativeClauseHead(TextModel m, int from, int limit) {
        for (int k = from - 1; k - 1 >= limit && from - k <= 12; k--) {
            if (m.quote[k] >= 0 || m.kind[k] != TextModel.WORD) {
                return null;
            }
            String w = m.lower[k];
            boolean relative = (w.equals("who") || w.equals("whose")) && !m.isCapitalized(k);
            boolean participle = w.endsWith("ing") && w.length() > 5 && !m.isCapitalized(k)
                    && CueLexicon.lemma(w) == null && !Lexicon.STOP.contains(w) && k < from - 1;
            boolean passive = w.endsWith("ed") && w.length() > 5 && !m.isCapitalized(k) && k == from - 1;
            if (passive && k - 1 >= limit && m.kind[k - 1] == TextModel.WORD && !m.isCapitalized(k - 1)
                    && DOCUMENT_HEADS.contains(m.lower[k - 1])) {
                participle = true; // "a report published Wednesday said"
            }
            if (!relative && !participle) {
                continue;
            }
            int headEnd = k - 1;
            if (m.kind[headEnd] != TextModel.WORD || m.quote[headEnd] >= 0 || Lexicon.STOP.contains(m.lower[headEnd])) {
                return null;
            }
            int headStart = nounPhraseLeft(m, headEnd, limit);
            if (headStart < 0 || !ClauseSubjects.personLike(m, new int[]{headStart, headEnd})
                    && !DOCUMENT_HEADS.contains(m.lower[headEnd])) {
                return null;
            }
            return new int[]{headStart, headEnd};
        }
        return null;
    }

    /** Adjective + preposition pairs after a source noun: "a source close to him", "people familiar with the talks". */
    private static final java.util.Map<String, String> POST_MODIFIERS = java.util.Map.of("close", "to", "familiar", "with",
            "briefed", "on", "knowledgeable", "about", "involved", "in", "loyal", "to", "allied", "with", "aligned", "with",
            "sympathetic", "to", "informed", "of");

    static boolean postModifierAt(TextModel m, int k) {
        if (k < 0 || k + 1 >= m.size || m.quote[k] >= 0 || m.quote[k + 1] >= 0) {
            return false;
        }
        String preposition = POST_MODIFIERS.get(m.lower[k]);
        return preposition != null && preposition.equals(m.lower[k + 1]);
    }

    /** "a source close to him" ending at {@code j}: the noun before "close to" / "familiar with" is the head. */
    private static int[] postModifiedLeft(TextModel m, int j, int limit) {
        for (int k = j - 1; k - 1 >= limit && j - k <= 6; k--) {
            if (m.quote[k] >= 0 || m.kind[k] != TextModel.WORD || m.is(k, "as")) {
                return null; // not over "as saying": "quoted a source close to Reagan as saying the White House …"
            }
            if (postModifierAt(m, k - 1) && k < j) {
                int head = k - 2;
                if (head < limit || m.kind[head] != TextModel.WORD || Lexicon.STOP.contains(m.lower[head]) && !m.is(head, "those")) {
                    return null;
                }
                int from = m.is(head, "those") ? head : nounPhraseLeft(m, head, limit); // "Those close to Harris argue
                return from < 0 ? null : new int[]{from, j};
            }
        }
        return null;
    }

    /** Documents and findings that can "say": "a report published Wednesday said". */
    static final java.util.Set<String> DOCUMENT_HEADS = Words.set("report", "statement", "letter", "memo",
            "study", "survey", "poll", "analysis", "document", "filing", "complaint", "lawsuit", "order", "ruling",
            "release", "email", "post", "ad", "video", "article", "editorial", "review", "audit", "indictment");

    private static final java.util.Set<String> SHARE_WORDS = Words.set("percent", "%", "majority", "half", "third",
            "thirds", "quarter", "quarters", "most", "many", "some", "all", "none", "share", "plurality", "minority");

    /** Words for a part of a group before "of the …" ("one of the advisers said"). */
    private static final java.util.Set<String> PART_OF_A_GROUP = Words.set("one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "several", "some", "many", "most", "few", "each", "both", "none",
            "all", "half", "majority", "minority", "dozens", "hundreds", "thousands");

    /** What joins a name to its organization ("Mr. Morgan of the Sierra Club", "Jo Hale from the Pier Trust"). */
    private static final java.util.Set<String> NAME_BEFORE_ORGANIZATION = Words.set("of", "at", "from");
    private static final java.util.Set<String> OF_ROLE = Words.set("for", "of", "at", "with", "from");

    /** Roles held towards someone ("an aide to the mayor", "an adviser to Jo Hale"). */
    private static final java.util.Set<String> TO_ROLES = Words.set("aide", "aides", "adviser", "advisers", "advisor",
            "advisors", "ambassador", "envoy", "assistant", "counselor", "consultant", "consultants", "spokesman",
            "spokeswoman", "spokesperson", "successor", "liaison");

    private static final java.util.Set<String> OBJECT_PRONOUNS = Words.set("him", "her", "them", "us", "it");

    static final java.util.Set<String> NUMBER_WORDS = Words.set("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "half", "most", "many", "few", "majority");
    private static final java.util.Set<String> APPROXIMATELY = Words.set("nearly", "about", "almost", "roughly", "only",
            "just", "some", "over", "under", "around", "fully", "than", "more", "fewer", "less");

    /**
     * A poll's share as a subject ending at {@code j}: "42% say", "47 percent said", "six in 10 say",
     * "nearly nine out of 10 say", "43 said"; the leftmost token of it, or -1.
     */
    static int quantityLeft(TextModel m, int j, int limit) {
        int k = j;
        String w = m.lower[j];
        if ((w.equals("%") || w.equals("percent")) && k - 1 >= limit && Character.isDigit(m.lower[k - 1].charAt(0))) {
            k--;
        } else if (m.kind[j] != TextModel.WORD || !(Character.isDigit(w.charAt(0))
                || NUMBER_WORDS.contains(w) && j - 2 >= limit && (m.is(j - 1, "in") || m.is(j - 1, "of"))) || m.quote[j] >= 0) {
            return -1; // a number, or a number word ending "one in four"
        } else if (yearAfterPreposition(m, j, limit)) {
            return -1; // "… who lost money in 2021 said": a time, no share of people
        } else if (k - 2 >= limit && (m.is(k - 1, "in") || m.is(k - 1, "of")) && m.quote[k - 2] < 0) {
            int p = m.is(k - 1, "of") && m.is(k - 2, "out") ? k - 3 : k - 2;
            if (p >= limit && (NUMBER_WORDS.contains(m.lower[p]) || Character.isDigit(m.lower[p].charAt(0)))) {
                k = p; // "six in 10", "nine out of 10"
            }
        }
        while (k - 1 >= limit && k - 1 >= j - 6 && m.quote[k - 1] < 0 && APPROXIMATELY.contains(m.lower[k - 1])) {
            k--;
        }
        return k;
    }

    /**
     * A lower-case past participle at {@code j} after a lower-case word that can end a noun phrase ("figures released",
     * "officials involved"); not "feed" or "need", nor after a function word, time word, adverb, gerund or verb ("the
     * enlarged", "earlier abandoned", "provide detailed"), nor after a name, whose verb it is ("the residents Harbor
     * Radio interviewed said").
     */
    private static boolean participleAfterNoun(TextModel m, int j) {
        String p = m.lower[j];
        String w = m.lower[j - 1];
        if (p.endsWith("ed") && !m.isCapitalized(j) && DOCUMENT_HEADS.contains(w)) {
            return true; // "a filing dated Monday"
        }
        return p.length() > 4 && p.endsWith("ed") && !p.endsWith("eed") && !m.isCapitalized(j)
                && m.kind[j - 1] == TextModel.WORD && m.quote[j - 1] < 0 && !m.isCapitalized(j - 1) && !Lexicon.STOP.contains(w)
                && !Lexicon.DETERMINERS.contains(w) && !Lexicon.PRONOUNS.contains(w) && !TIME_NOUNS.contains(w)
                && !w.endsWith("ing") && !w.endsWith("ed") && !isLyAdverb(m, j - 1) && !CueLexicon.isVerbOnly(w);
    }

    /** "in 2021", "from 2011": a year after a preposition, a time phrase. */
    private static boolean yearAfterPreposition(TextModel m, int j, int limit) {
        return isYear(m.lower[j]) && j - 2 >= limit && m.quote[j - 1] < 0 && TokenSpans.PP_PREPOSITIONS.contains(m.lower[j - 1]);
    }

    /** "a 2013 study": a year inside a noun phrase. */
    static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(2))
                && Character.isDigit(w.charAt(3));
    }

    /** "46-year-old", "71-year-old", "3-year": a number joined to words, an adjective or noun in a phrase. */
    static boolean isNumberAdjective(String w) {
        int dash = w.indexOf('-');
        return dash > 0 && dash + 1 < w.length() && Character.isLetter(w.charAt(dash + 1))
                || w.indexOf('/') > 0; // "76-year-old", "9/11"
    }

    /** The ")" matching the "(" at {@code open} within a few tokens, or -1. */
    static int closingParen(TextModel m, int open, int limit) {
        for (int k = open + 1; k <= limit && k - open <= 10; k++) {
            if (m.quote[k] >= 0 || m.lower[k].equals("(")) {
                return -1;
            }
            if (m.lower[k].equals(")")) {
                return k;
            }
        }
        return -1;
    }

    /** The "(" matching the ")" at {@code close} within a few tokens, or -1. */
    static int openingParen(TextModel m, int close, int limit) {
        for (int k = close - 1; k >= limit && close - k <= 10; k--) {
            if (m.quote[k] >= 0 || m.lower[k].equals(")")) {
                return -1;
            }
            if (m.lower[k].equals("(")) {
                return k;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> RELATIVES = Words.set("who", "whose", "whom", "which", "that", "where");

    /**
     * "Name, appositive," left of a cue; {@code comma} is the comma right before the cue. The
     * appositive may hold commas of its own ("Jo Reyes, 67, a nurse in Dayton, Ohio,") and relative
     * clauses ("who has met …"); the nearest comma preceded by a name and followed by something that
     * opens an appositive wins.
     */
    private static int[] appositiveSubject(TextModel m, int comma, int limit) {
        if (comma - 1 >= limit && m.lower[comma - 1].equals(")")) {
            int[] paren = subjectLeft(m, comma - 1, limit); // "Gov. Jo Reyes (R-Ohio), said"
            if (paren != null) {
                return paren;
            }
        }
        int lo = Math.max(limit, comma - MAX_APPOSITIVE - 15);
        int stop = lo;
        int finiteCue = -1;
        for (int k = comma - 1; k >= lo; k--) {
            if (m.quote[k] >= 0 && quotedTitle(m, m.quote[k])) {
                int open = TokenSpans.firstToken(m, m.quotations.get(m.quote[k]).start());
                if (open - 1 >= lo) {
                    k = open; // a title inside the appositive ("the author of “The Book,”"), passed over
                    continue;
                }
            }
            if (m.quote[k] >= 0 || m.kind[k] == TextModel.QUOTE || m.lower[k].equals(";") || m.lower[k].equals(":")) {
                stop = k + 1;
                break;
            }
        }
        // earliest relative word of the stretch: cue verbs after it belong to a relative clause
        int firstRelative = Integer.MAX_VALUE;
        for (int k = stop; k < comma; k++) {
            if (RELATIVES.contains(m.lower[k]) && !m.isCapitalized(k) && m.quote[k] < 0) {
                firstRelative = k;
                break;
            }
        }
        for (int k = comma - 1; k >= stop; k--) {
            if (CueLexicon.lemma(m.lower[k]) != null && m.quote[k] < 0 && !m.isCapitalized(k) && k < comma - 1 && isFiniteCueContext(m, k)
                    && !bareNounLike(m.lower[k]) // "a former state party chairman", "director of state campaigns"
                    && !(m.lower[k].endsWith("ed") && k - 1 >= stop && m.is(k - 1, ",")) // "X, asked about it, said"
                    && !(k - 1 >= stop && PARTICIPLE_CLAUSE_OPENERS.contains(m.lower[k - 1])) // "X, when asked …, said"
                    && k < firstRelative && !(k - 1 >= stop && (Lexicon.DETERMINERS.contains(m.lower[k - 1])
                    || m.lower[k - 1].equals("’s") || m.lower[k - 1].equals("'s")))) {
                finiteCue = k;
                break;
            }
        }
        int from = finiteCue >= 0 ? finiteCue + 1 : stop;
        int[] best = null;
        for (int c2 = comma - 1; c2 > from; c2--) {
            if (!m.lower[c2].equals(",") || c2 + 1 >= comma || m.quote[c2] >= 0) {
                continue;
            }
            int[] subj = appositiveCandidate(m, c2, comma, from);
            if (subj != null) {
                best = subj; // the farthest: "Jo Lee, director of Acme, a union that …, said"
            } else if (best != null && m.lower[c2 - 1].equals(",")) {
                break;
            }
        }
        return best;
    }

    /**
     * A short participle or adverb phrase between a name and its verb, set off by commas: "X, exasperated,
     * responded", "X, clearly annoyed, said".
     */
    private static boolean shortModifier(TextModel m, int from, int to) {
        return to - from < 3 && m.kind[from] == TextModel.WORD && !m.isCapitalized(from)
                && (m.lower[from].endsWith("ed") || isLyAdverb(m, from));
    }

    /**
     * A past participle and the words that complete it, set off by commas after a subject: "founded in 1998",
     * "released on Wednesday night by the Public Policy Institute of California", "based in Geneva". Not a
     * short modifier of a name ({@link #shortModifier}), which stays in the name's mention.
     */
    private static boolean participlePhrase(TextModel m, int from, int to) {
        if (to - from < 1 || to - from > MAX_PARTICIPLE_PHRASE || m.kind[from] != TextModel.WORD || m.isCapitalized(from)
                || m.quote[from] >= 0 || !(m.lower[from].endsWith("ed") || PARTICIPLES.contains(m.lower[from]))
                || CueLexicon.lemma(m.lower[from]) != null) {
            return false;
        }
        for (int k = from + 1; k <= to; k++) {
            if (m.quote[k] >= 0 || m.kind[k] == TextModel.QUOTE || RELATIVES.contains(m.lower[k]) || m.is(k, ",")) {
                return false;
            }
        }
        return true;
    }

    private static final int MAX_PARTICIPLE_PHRASE = 16;

    /**
     * A noun phrase at {@code from} where a subject stands: opening the sentence, after a comma or a conjunction,
     * or as the agent inside a longer subject ("A projection by the firm Oxford Economics, prepared for …,
     * predicted"); not the object of a verb ("He has run a brilliant campaign, invigorated the left, …").
     */
    private static boolean standsAsSubject(TextModel m, int from, int limit) {
        return from == m.sentenceStart(from) || from - 1 < limit
                || SUBJECT_OPENERS.contains(m.lower[from - 1]) && m.quote[from - 1] < 0;
    }

    private static final java.util.Set<String> SUBJECT_OPENERS = Words.set(",", ";", ":", "and", "but", "by", "of",
            "from");

    /** A short title in quotation marks, as an appositive may hold ("“The Apprentice,”", "''Empire of the Fund,''"). */
    static boolean quotedTitle(TextModel m, int q) {
        Quotation qt = m.quotations.get(q);
        int words = MixedQuoteRule.titleWords(m, q);
        return qt.closed() && qt.segments().size() == 1 && words >= 1 && words <= MAX_TITLE_WORDS;
    }

    private static int[] appositiveCandidate(TextModel m, int c2, int comma, int limit) {
        boolean age = Character.isDigit(m.lower[c2 + 1].charAt(0)) && m.lower[c2 + 1].length() <= 3
                || isPartyAndState(m.lower[c2 + 1]); // "Jo Reyes, 67," / "Jo Reyes, R-Ky.,"
        int nameEnd = c2 - 1;
        if (nameEnd < limit) {
            return null;
        }
        if (m.lower[nameEnd].equals(")")) {
            int open = openingParen(m, nameEnd, limit);
            nameEnd = open - 1;
            if (open < 0 || nameEnd < limit) {
                return null;
            }
        }
        if (m.quote[nameEnd] >= 0 || m.kind[nameEnd] != TextModel.WORD) {
            return null;
        }
        if (TIME_NOUNS.contains(m.lower[nameEnd]) && (nameEnd - 1 < limit || m.sentenceStart(nameEnd) == nameEnd
                || TokenSpans.PP_PREPOSITIONS.contains(m.lower[nameEnd - 1]) || m.is(nameEnd - 1, "last")
                || m.is(nameEnd - 1, "this") || m.is(nameEnd - 1, "next"))) {
            return null; // "On Monday, Jo Hale, the mayor, said": a time phrase opens the clause, nobody's name
        }
        boolean nameAfterNoun = comma - c2 <= 5 && !m.isCapitalized(nameEnd) && allCapitalized(m, c2 + 1, comma - 1)
                && !Lexicon.STOP.contains(m.lower[nameEnd]) && !Lexicon.DETERMINERS.contains(m.lower[nameEnd])
                && !CueLexicon.isVerbOnly(m.lower[nameEnd]) && determinedNoun(m, nameEnd, limit);
        boolean nameAfterRole = comma - c2 <= 5 && !m.isCapitalized(nameEnd)
                && (Lexicon.ROLE_NOUNS.contains(m.lower[nameEnd]) || nameAfterNoun) && allCapitalized(m, c2 + 1, comma - 1);
        // "Turkey's President, Recep Tayyip Erdogan,", "Vell's Foreign Minister, Jo Hale,": a title in capitals after
        // its country's possessive
        boolean nameAfterTitle = comma - c2 <= 5 && m.isCapitalized(nameEnd) && Lexicon.TITLES.contains(m.lower[nameEnd])
                && possessiveBefore(m, nameEnd, limit) && allCapitalized(m, c2 + 1, comma - 1);
        if (comma - c2 <= 5 && allCapitalized(m, c2 + 1, comma - 1) && roleOfNoun(m, nameEnd, limit)) {
            int roleFrom = nounPhraseLeft(m, nameEnd - 2, limit); // "the chief of staff, Jo Reyes,": the name speaks
            return roleFrom < 0 ? null : new int[]{roleFrom, comma - 1};
        }
        if (comma - c2 <= 5 && m.isCapitalized(nameEnd) && allCapitalized(m, c2 + 1, comma - 1)
                && roleOfOrganization(m, nameEnd, limit)) {
            // "The leader of the Harbor League, Jo Reyes,": the name speaks; after a quotation ("“…,” the leader of …,
            // Jo Reyes, said") the post is part of the source, no part of what was said
            int from = descriptionStart(m, nameEnd, limit);
            boolean afterQuotation = from - 1 >= 0 && (m.closesQuote(from - 1) || m.kind[from - 1] == TextModel.QUOTE);
            return new int[]{from >= 0 && afterQuotation ? from : c2 + 1, comma - 1};
        }
        if (participlePhrase(m, c2 + 1, comma - 1) && m.quote[nameEnd] < 0 && !Lexicon.STOP.contains(m.lower[nameEnd])
                && !Lexicon.PRONOUNS.contains(m.lower[nameEnd]) && !CueLexicon.isVerbOnly(m.lower[nameEnd])
                && (m.isCapitalized(nameEnd) || determinedNoun(m, nameEnd, limit))) {
            // "The company, founded in 1998, said", "The poll, conducted by Gallup, found": the phrase describes
            // the subject, which speaks alone (a speaker named "the company, founded in 1998" says nothing)
            int from = nounPhraseLeft(m, nameEnd, limit);
            return from < 0 || !standsAsSubject(m, from, limit) ? null : new int[]{from, nameEnd};
        }
        String first = m.lower[c2 + 1];
        if (PARENTHETICAL_OPENERS.contains(first) && nameBetweenCommas(m, c2 + 2, comma - 1)) {
            // "Supplies arrived, with the support of the U.N., Jo Hale, the relief chief, said": the phrase ends at its
            // comma and a name follows, which speaks; the words before the phrase are the content
            return null;
        }
        boolean ofPlace = first.equals("of") && c2 + 2 < comma && m.isCapitalized(c2 + 2) && m.isCapitalized(nameEnd);
        if (!age && !nameAfterRole && !nameAfterTitle && !ofPlace && !looksLikeAppositive(m, c2 + 1, comma - 1)
                && !PARENTHETICAL_OPENERS.contains(first) && !RELATIVES.contains(first)
                && !(m.isCapitalized(nameEnd) && shortModifier(m, c2 + 1, comma - 1))
                && !(first.endsWith("ing") && m.kind[c2 + 1] == TextModel.WORD && !m.isCapitalized(c2 + 1))) {
            return null;
        }
        if (!m.isCapitalized(nameEnd) && !Lexicon.PRONOUNS.contains(m.lower[nameEnd]) && !nameAfterNoun
                && !(determinedNoun(m, nameEnd, limit) && !Lexicon.STOP.contains(m.lower[nameEnd])
                && !Lexicon.DETERMINERS.contains(m.lower[nameEnd]) && !CueLexicon.isVerbOnly(m.lower[nameEnd]))
                && !Lexicon.ROLE_NOUNS.contains(m.lower[nameEnd]) && !Lexicon.ANONYMOUS_HEADS.contains(m.lower[nameEnd])) {
            return null;
        }
        if (m.lower[nameEnd].equals("that") || m.lower[nameEnd].equals("which") || m.lower[nameEnd].equals("it")) {
            return null;
        }
        int from = Lexicon.PRONOUNS.contains(m.lower[nameEnd]) ? nameEnd : nounPhraseLeft(m, nameEnd, limit);
        if (from >= 0 && objectOfOpeningPreposition(m, from, c2 - 1)) {
            return subjectAfterOpeningPhrase(m, from, c2, comma);
        }
        if (from - 2 >= limit && m.quote[from - 1] < 0 && m.kind[from] == TextModel.WORD && !m.isCapitalized(from)
                && (TokenSpans.PP_PREPOSITIONS.contains(m.lower[from - 1]) || Lexicon.PREPOSITIONS.contains(m.lower[from - 1]))
                && !m.isCapitalized(comma - 1)
                && !m.isCapitalized(from - 2) && !determinedNoun(m, from - 2, limit)) {
            // "But if the economy falls into a recession, cutting spending could hurt, …, said X": the object of a
            // verb's preposition is no subject ("A statement by the PTA, which …, said" is the statement's, and "… for
            // the elderly, Pascale Boistard, said" names her)
            return null;
        }
        return from < 0 ? null : new int[]{from, comma - 1};
    }

    /**
     * A noun phrase from {@code from} to {@code to} right after the preposition that opens its sentence ("In nearby
     * Decatur, the plant is …, said Jo Hale"; "In a statement, Jo Hale, the mayor, said"): the opening phrase's
     * object, not a subject. "After" and "before" also open clauses, whose subject a name is ("After Sen. Jo Hale,
     * R-Maine, criticized …"), so after them only a phrase in lower case is their object ("After the vote, Jo Hale").
     */
    private static boolean objectOfOpeningPreposition(TextModel m, int from, int to) {
        int prep = from - 1;
        if (prep < 0 || m.sentenceStart(from) != prep || m.quote[prep] >= 0 || !TokenSpans.PP_PREPOSITIONS.contains(m.lower[prep])) {
            return false;
        }
        if (m.is(prep, "after") || m.is(prep, "before")) {
            for (int k = from; k <= to; k++) {
                if (m.isCapitalized(k)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The subject after an opening phrase that runs from {@code from}, up to {@code comma}: after its time word,
     * written with a comma or without ("In an interview published Saturday, the former chief prosecutor …, Jo Hale,
     * said"; "On Sunday Sri Lanka’s energy minister, Kanchana Wijesekera, said"), or after its comma {@code c2} when
     * a noun phrase follows up to a comma ("In a news conference, the director of the bank’s trade department, Jo
     * Hale, said"); null when a clause follows ("In Decatur, the plant is under pressure, said Jo Hale").
     */
    private static int[] subjectAfterOpeningPhrase(TextModel m, int from, int c2, int comma) {
        int start = -1;
        for (int k = c2 - 1; k >= from && start < 0; k--) {
            if (TIME_NOUNS.contains(m.lower[k]) && m.quote[k] < 0) {
                start = k + 1 == c2 ? c2 + 1 : k + 1;
            }
        }
        if (start < 0) {
            int[] np = c2 + 1 < comma ? nounPhraseRight(m, c2 + 1, comma - 1) : null;
            boolean phrase = np != null && (np[1] == comma - 1 || m.is(np[1] + 1, ",") || m.is(np[1] + 1, "("));
            start = phrase ? c2 + 1 : -1;
        }
        return start >= 0 && start < comma && !holdsFiniteAuxiliary(m, start, comma - 1) ? new int[]{start, comma - 1} : null;
    }

    /** A finite auxiliary between {@code from} and {@code to} outside a relative clause ("who is also …"). */
    private static boolean holdsFiniteAuxiliary(TextModel m, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (m.quote[k] < 0 && RELATIVES.contains(m.lower[k])) {
                return false;
            }
            if (m.quote[k] < 0 && Lexicon.FINITE_AUXILIARIES.contains(m.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalized function word inside a sentence, after a lower-case word or a mark and before a capitalized
     * word, opens a name ("said Will Dane", "…, Will Dane said"): inside a sentence it is capitalized only as a name.
     */
    static boolean nameOpeningWord(TextModel m, int k, int limit) {
        return k + 1 <= limit && m.sentenceStart(k) != k && m.quote[k + 1] < 0 && m.isCapitalized(k + 1)
                && !Lexicon.STOP.contains(m.lower[k + 1]) && !Lexicon.DETERMINERS.contains(m.lower[k + 1])
                && !m.isCapitalized(k - 1) && !(m.quote[k - 1] >= 0 && m.opensQuote(k - 1));
    }

    /** "the chief of staff", "his head of security" end at {@code end}: a role or determined noun, "of", a lower-case noun. */
    private static boolean roleOfNoun(TextModel m, int end, int limit) {
        int role = end - 2;
        if (role < limit || !m.is(end - 1, "of") || m.quote[role] >= 0 || m.quote[end] >= 0
                || m.kind[end] != TextModel.WORD || m.isCapitalized(end) || m.isCapitalized(role)
                || Lexicon.STOP.contains(m.lower[end]) || Lexicon.DETERMINERS.contains(m.lower[end])
                || Lexicon.PRONOUNS.contains(m.lower[end])) {
            return false;
        }
        return Lexicon.ROLE_NOUNS.contains(m.lower[role])
                || determinedNoun(m, role, limit) && !Lexicon.STOP.contains(m.lower[role]);
    }

    /** "the leader of the Harbor League" ends at {@code orgEnd}: a determined role noun, "of" / "at" / "for", a name. */
    private static boolean roleOfOrganization(TextModel m, int orgEnd, int limit) {
        int k = orgEnd;
        while (k - 1 >= limit && orgEnd - k < 6 && m.quote[k - 1] < 0 && (m.isCapitalized(k - 1) || m.is(k - 1, "the"))) {
            k--;
        }
        int prep = k - 1;
        if (prep - 1 < limit || !(m.is(prep, "of") || m.is(prep, "at") || m.is(prep, "for"))) {
            return titleOfABody(m, orgEnd, limit);
        }
        int role = prep - 1;
        return !m.isCapitalized(role) && m.quote[role] < 0 && (Lexicon.ROLE_NOUNS.contains(m.lower[role])
                || determinedNoun(m, role, limit) && !Lexicon.STOP.contains(m.lower[role]))
                || titleOfABody(m, orgEnd, limit);
    }

    /** Where "the leader of the Harbor League" or "The President of Vell", ending at {@code orgEnd}, opens; or -1. */
    private static int descriptionStart(TextModel m, int orgEnd, int limit) {
        int t = orgEnd;
        while (t - 1 >= limit && orgEnd - t < 14 && m.quote[t - 1] < 0 && m.kind[t - 1] == TextModel.WORD
                && !m.is(t - 1, "and") && (m.isCapitalized(t - 1) || m.is(t - 1, "the") || m.is(t - 1, "of")
                || m.is(t - 1, "for") || m.is(t - 1, "at") || Lexicon.ROLE_NOUNS.contains(m.lower[t - 1])
                || Lexicon.DETERMINERS.contains(m.lower[t - 1]))) {
            t--;
        }
        boolean opensSentence = m.sentenceStart(t) == t;
        while (t < orgEnd && Lexicon.STOP.contains(m.lower[t]) && !Lexicon.DETERMINERS.contains(m.lower[t])) {
            t++; // "But the mayor of East Palestine, Ohio"
        }
        return t < orgEnd && (Lexicon.DETERMINERS.contains(m.lower[t]) || opensSentence) ? t : -1;
    }

    /**
     * "The President of Vell", "the Director of the Press Office of the Holy See" ends at {@code orgEnd}: a title in
     * capitals after an article (or opening the sentence), "of" or "for", and the body's name.
     */
    private static boolean titleOfABody(TextModel m, int orgEnd, int limit) {
        int t = orgEnd;
        while (t - 1 >= limit && orgEnd - t < 12 && m.quote[t - 1] < 0
                && (m.isCapitalized(t - 1) || m.is(t - 1, "the") || m.is(t - 1, "of") || m.is(t - 1, "for"))) {
            t--;
        }
        boolean afterArticle = t < orgEnd && Lexicon.DETERMINERS.contains(m.lower[t]);
        if (afterArticle) {
            t++;
        }
        return t < orgEnd && m.isCapitalized(t) && Lexicon.isTitle(m.lower[t]) && (m.is(t + 1, "of") || m.is(t + 1, "for"))
                && (afterArticle || m.sentenceStart(t) == t);
    }

    /** A possessive right before the capitalized words that end at {@code end} ("Vell’s Foreign Minister"). */
    private static boolean possessiveBefore(TextModel m, int end, int limit) {
        int k = end;
        while (k - 1 >= limit && end - k < 4 && m.isCapitalized(k - 1) && m.quote[k - 1] < 0) {
            k--;
        }
        return k - 1 >= limit && (m.is(k - 1, "’s") || m.is(k - 1, "'s"));
    }

    /** A lower-case noun with a determiner or a possessive just before it ("the engineer", "the firm’s pilot"). */
    static boolean determinedNoun(TextModel m, int j, int limit) {
        for (int k = j - 1; k >= limit && k >= j - 3; k--) {
            if (m.quote[k] >= 0 || m.kind[k] != TextModel.WORD || Lexicon.STOP.contains(m.lower[k]) && !m.is(k, "the")) {
                return false;
            }
            if (m.is(k, "the") || m.is(k, "a") || m.is(k, "an") || m.is(k, "another") || m.is(k, "’s") || m.is(k, "'s")
                    || m.is(k, "his") || m.is(k, "her") || m.is(k, "their") || m.is(k, "its")) {
                return true;
            }
        }
        return false;
    }

    /** "r-ky.", "d-calif", "i-vt.": a party and state after a legislator's name. */
    static boolean isPartyAndState(String w) {
        return w.length() >= 4 && w.length() <= 9 && (w.charAt(0) == 'r' || w.charAt(0) == 'd' || w.charAt(0) == 'i')
                && w.charAt(1) == '-' && Character.isLetter(w.charAt(2));
    }

    static boolean allCapitalized(TextModel m, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!m.isCapitalized(k)) {
                return false;
            }
        }
        return from <= to;
    }

    /** A bare cue form that is as often a noun ("state", "support", "plans", "call"). */
    static boolean bareNounLike(String w) {
        String lemma = CueLexicon.lemma(w);
        return ReportingVerbRule.BARE_NOUN_LIKE.contains(w)
                || ReportingVerbRule.NOUN_LIKE.contains(lemma) && (w.equals(lemma) || w.equals(lemma + "s"));
    }

    private static boolean isFiniteCueContext(TextModel m, int k) {
        return !m.lower[k].endsWith("ing");
    }

    private static final java.util.Set<String> PARTY_MEMBERS = Words.set("democrat", "republican", "independent",
            "libertarian");

    /** An appositive opens with a determiner, "who", or names a role within its first words. */
    static boolean looksLikeAppositive(TextModel m, int from, int to) {
        String first = m.lower[from];
        if (first.equals("who") || first.equals("whose") || first.equals("a") || first.equals("an") || first.equals("the")
                || first.equals("his") || first.equals("her") || first.equals("their") || first.equals("its")
                || first.equals("former") || first.equals("then") || first.equals("now") || first.equals("another")
                || first.equals("one") || first.equals("also")) {
            return true;
        }
        if (to >= from + 2 && PARTY_MEMBERS.contains(first) && (m.is(from + 1, "of") || m.is(from + 1, "from"))
                && m.isCapitalized(from + 2)) {
            return true; // "Jo Hale, Republican of Maine,": party and state, in newspaper style
        }
        if (to > from && !m.isCapitalized(from) && m.kind[from] == TextModel.WORD && !Lexicon.STOP.contains(first)
                && (m.is(from + 1, "of") || m.is(from + 1, "at")) && !first.endsWith("ed")
                && !ClauseSubjects.isIrregularPast(first) && !first.equals("courtesy")) {
            return true; // "dean of the law school", "professor at Yale"; not "died of natural causes", "courtesy of"
        }
        for (int k = from + 1; k < to && k <= from + 3 && m.isCapitalized(from); k++) {
            if ((m.is(k, "’s") || m.is(k, "'s")) && m.isCapitalized(k - 1) && possessedRole(m, k + 1, to)) {
                return true; // "Trump’s former campaign manager", "Pyongyang’s only ally"
            }
            if (!m.isCapitalized(k)) {
                break;
            }
        }
        // not past a comma other than after an age, a party or an abbreviation ("Jo Hale, 67, a nurse", "of Vell, Fla., a
        // nurse"): "supplies, Jo Hale, Under-Secretary-General …" is a name and its post, and "in the next few days, Jo
        // Hale, co-leader of …" a time and a name
        for (int k = from; k <= to && k < from + 5 && !(m.is(k, ",") && k > from && !commaInsideTheAppositive(m, k - 1)); k++) {
            if (Lexicon.ROLE_NOUNS.contains(m.lower[k]) || m.lower[k].endsWith("ist") || Lexicon.hyphenatedOffice(m.lower[k])
                    || m.lower[k].endsWith("man") && !m.isCapitalized(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a comma between {@code from} and {@code to} is followed by capitalized words and another comma before
     * {@code to} ("…, with the support of the U.N., Jo Hale, the relief chief"; not a place's state: "in Columbus,
     * Ohio").
     */
    private static boolean nameBetweenCommas(TextModel m, int from, int to) {
        for (int k = from; k < to; k++) {
            if (m.is(k, ",") && m.quote[k] < 0 && m.isCapitalized(k + 1)) {
                int e = k + 1;
                while (e < to && m.isCapitalized(e + 1)) {
                    e++;
                }
                if (e < to && m.is(e + 1, ",")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the comma after token {@code k} stays inside an appositive: after an age, a party or an abbreviation. */
    private static boolean commaInsideTheAppositive(TextModel m, int k) {
        String w = m.lower[k];
        return Character.isDigit(w.charAt(0)) || isPartyAndState(w) || w.endsWith(".") && w.length() <= 5 && m.isCapitalized(k);
    }

    /**
     * Words from {@code from} that reach a role or relation noun within {@link #POSSESSED_ROLE_WORDS} ("former
     * campaign manager", "global politics and government outreach director"); a clause after a possessive ("Cruz’s
     * day ended in …", "Clinton’s favorability fell …") names none.
     */
    private static boolean possessedRole(TextModel m, int from, int to) {
        for (int k = from; k <= to && k < from + POSSESSED_ROLE_WORDS; k++) {
            if (m.kind[k] != TextModel.WORD || m.quote[k] >= 0) {
                return false;
            }
            if (Lexicon.ROLE_NOUNS.contains(m.lower[k])) {
                return true;
            }
        }
        return false;
    }

    private static final int POSSESSED_ROLE_WORDS = 6;

    /** Leftmost token of the noun phrase whose last token is {@code j}, or -1 if j heads none. */
    static int nounPhraseLeft(TextModel m, int j, int limit) {
        if (m.kind[j] != TextModel.WORD) {
            return -1;
        }
        String head = m.lower[j];
        boolean cap = m.isCapitalized(j);
        if (head.equals("’s") || head.equals("'s")) {
            return -1;
        }
        if (!cap && (Lexicon.STOP.contains(head) || Lexicon.DETERMINERS.contains(head)
                || CueLexicon.isVerbOnly(head) || Character.isDigit(head.charAt(0)))) {
            return -1;
        }
        if (cap && Lexicon.STOP.contains(head) && !head.equals("us")) {
            return -1;
        }
        int from = j;
        int lowercaseRun = cap ? 0 : 1;
        for (int k = j - 1; k >= limit && j - k <= MAX_PHRASE; k--) {
            if (m.quote[k] >= 0) {
                break;
            }
            String w = m.lower[k];
            if (m.kind[k] != TextModel.WORD) {
                if ((w.equals("-") && !spacedDash(m, k) || w.equals("&")) && k - 1 >= limit && m.isCapitalized(k - 1)) {
                    continue;
                }
                break;
            }
            if (Lexicon.DETERMINERS.contains(w)) {
                from = k;
                if (k - 2 >= limit && OF_ROLE.contains(m.lower[k - 1]) && m.quote[k - 2] < 0
                        && (Lexicon.ROLE_NOUNS.contains(m.lower[k - 2]) || Lexicon.ANONYMOUS_HEADS.contains(m.lower[k - 2]))) {
                    continue; // "a spokesman for the mayor": the role noun heads the phrase
                }
                if (k - 2 >= limit && m.is(k - 1, "to") && m.quote[k - 2] < 0 && TO_ROLES.contains(m.lower[k - 2])) {
                    continue; // "a senior aide to the mayor"
                }
                if (k - 2 >= limit && m.is(k - 1, "of") && m.quote[k - 2] < 0 && PART_OF_A_GROUP.contains(m.lower[k - 2])) {
                    from = k - 2;
                    k -= 2;
                    continue; // "one of the advisers", "most of his supporters": the part heads the phrase
                }
                if (k - 2 >= limit && GROUP_PLACES.contains(m.lower[k - 1]) && m.quote[k - 1] < 0 && groupNoun(m, k - 2)) {
                    from = k - 2;
                    k -= 2;
                    continue; // "residents in the town", "majorities in both parties": the group heads the phrase
                }
                if (w.equals("the") && k - 2 >= limit && NAME_BEFORE_ORGANIZATION.contains(m.lower[k - 1]) && m.quote[k - 2] < 0
                        && m.isCapitalized(k - 2) && !Lexicon.STOP.contains(m.lower[k - 2]) && !m.is(k - 2, "none")
                        && !TIME_NOUNS.contains(m.lower[k - 2])) {
                    continue; // "Mr. Morgan of the Sierra Club": a name before the organization heads the phrase
                }
                break;
            }
            if (m.isCapitalized(k)) {
                if (Lexicon.STOP.contains(w) && !unitedStates(m, k) && !nameOpeningWord(m, k, j)) {
                    break; // "US Senator X" is a name's part; "Us" opening a sentence is not
                }
                from = k;
                lowercaseRun = 0;
                continue;
            }
            if (w.equals("’s") || w.equals("'s")) {
                if (k - 1 >= limit && m.kind[k - 1] == TextModel.WORD && m.quote[k - 1] < 0) {
                    continue;
                }
                break;
            }
            if (w.equals("to") && k - 1 >= limit && m.quote[k - 1] < 0 && TO_ROLES.contains(m.lower[k - 1])) {
                continue; // "an adviser to Jo Hale"
            }
            if (w.equals("of") && k - 1 >= limit && m.quote[k - 1] < 0 && SHARE_WORDS.contains(m.lower[k - 1])) {
                continue; // "72 percent of Democrats", "a majority of voters"
            }
            if (w.equals("on") && k - 1 >= limit && m.quote[k - 1] < 0 && m.isCapitalized(k - 1) && m.isCapitalized(k + 1)
                    && Lexicon.ORG_WORDS.contains(m.lower[k - 1])) {
                continue; // "the Office on Drugs and Crime", "the Council on Foreign Relations"
            }
            if (NamePhrases.NAME_PARTICLES.contains(w) && k - 1 >= limit && NamePhrases.NAME_PARTICLES.contains(m.lower[k - 1])
                    && NamePhrases.afterParticles(m, k, j) >= 0) {
                continue; // "Ursula von der Leyen": a particle after a particle, the name going on after them
            }
            if (Lexicon.CONNECTORS.contains(w)) {
                if (w.equals("and") || w.equals("&")) {
                    if (k - 1 >= limit && m.isCapitalized(k - 1) && m.isCapitalized(k + 1)) {
                        continue;
                    }
                    break;
                }
                if (k - 1 >= limit && (m.isCapitalized(k - 1) || Lexicon.ROLE_NOUNS.contains(m.lower[k - 1])
                        || Lexicon.hyphenatedOffice(m.lower[k - 1]) && bodyName(m, k + 1, j) // "vice-president of Acme"
                        || m.lower[k - 1].endsWith("s") && !Lexicon.STOP.contains(m.lower[k - 1]))
                        && m.quote[k - 1] < 0) {
                    continue;
                }
                break;
            }
            if (CueLexicon.lemma(w) != null && !(k - 1 >= limit && (Lexicon.DETERMINERS.contains(m.lower[k - 1])
                    || m.lower[k - 1].equals("’s") || m.lower[k - 1].equals("'s")))
                    && !(bareNounLike(w) && m.isCapitalized(k + 1))) { // "state Sen. Jo Hale": a noun before a title
                break;
            }
            if (Lexicon.STOP.contains(w) || CueLexicon.isVerbOnly(w) || lowercaseRun >= MAX_LOWERCASE_RUN
                    || Character.isDigit(w.charAt(0)) && w.length() > 2 && !isNumberAdjective(w)) {
                break;
            }
            lowercaseRun++;
            from = k;
        }
        // never begin with a connector
        while (from < j && Lexicon.CONNECTORS.contains(m.lower[from]) && !m.isCapitalized(from)) {
            from++;
        }
        if (from == j && !cap && !head.endsWith("s") && !Lexicon.ROLE_NOUNS.contains(head)
                && !Lexicon.ANONYMOUS_HEADS.contains(head)) {
            return -1; // a bare singular common noun is rarely a source ("in key states")
        }
        return from;
    }

    /**
     * Whether tokens {@code from..to} read as a body's name after "of": capitalized words, articles and "and" ("the
     * Treasury", "GM Overseas Distribution Corporation"), not a field and a name ("finance Chris Stals").
     */
    private static boolean bodyName(TextModel m, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!m.isCapitalized(k) && !Lexicon.DETERMINERS.contains(m.lower[k]) && !m.is(k, "and") && !m.is(k, "&")) {
                return false;
            }
        }
        return from <= to;
    }

    /**
     * A lower-case word before a role noun that makes one role with it ("Vell point guard Jo Hale", "White House press
     * secretary"), or a title word before a title ("Republican state Rep. Jo Hale"), not a verb ("Farr-Kaye looks
     * forward to …").
     */
    private static boolean opensARole(TextModel m, int k, int limit) {
        String w = m.lower[k];
        return k + 1 <= limit && !(w.endsWith("s") && !w.endsWith("ss")) && (Lexicon.ROLE_NOUNS.contains(m.lower[k + 1])
                || Lexicon.TITLES.contains(w) && Lexicon.TITLES.contains(m.lower[k + 1]));
    }

    /** Prepositions that place a group ("officials in Kyiv", "farmers across the region"). */
    static final java.util.Set<String> GROUP_PLACES = Words.set("in", "at", "across", "throughout", "around", "near",
            "inside", "outside");

    /**
     * A plural noun for people at {@code k}: a group ("residents", "voters", "majorities"), the plural of a role
     * ("economists", "analysts") or a word for unnamed sources ("officials", "sources").
     */
    static boolean groupNoun(TextModel m, int k) {
        String w = m.lower[k];
        if (m.quote[k] >= 0 || m.kind[k] != TextModel.WORD) {
            return false;
        }
        return Lexicon.PEOPLE_GROUPS.contains(w) || Lexicon.ANONYMOUS_HEADS.contains(w)
                || w.endsWith("s") && Lexicon.ROLE_NOUNS.contains(w.substring(0, w.length() - 1));
    }

    /** "US" in capitals: the country, part of a name ("US officials", "US President Joe Biden"), not the pronoun. */
    static boolean unitedStates(TextModel m, int k) {
        return m.is(k, "us") && m.text.startsWith("US", m.start[k]);
    }

    /** A hyphen with a space on both sides is a dash between phrases ("… TIME - Jo Reyes:"), not part of a name. */
    static boolean spacedDash(TextModel m, int k) {
        return k > 0 && k + 1 < m.size && m.end[k - 1] < m.start[k] && m.end[k] < m.start[k + 1];
    }

    /** Whether lower-case words from {@code i} end in a role noun right before a capitalized word ("author Jo Hale"). */
    private static boolean roleThenName(TextModel m, int i, int limit) {
        for (int k = i; k < limit && k - i < 3 && m.quote[k] < 0 && m.kind[k] == TextModel.WORD && !m.isCapitalized(k); k++) {
            if (Lexicon.ROLE_NOUNS.contains(m.lower[k]) && m.isCapitalized(k + 1) && m.quote[k + 1] < 0) {
                return true;
            }
        }
        return false;
    }

    /** The noun phrase starting at {@code i} (after an inverted cue or "according to"); null if none. */
    static int[] nounPhraseRight(TextModel m, int i, int limit) {
        if (i > limit || m.quote[i] >= 0 || m.kind[i] != TextModel.WORD) {
            return null;
        }
        String w0 = m.lower[i];
        if (Lexicon.PRONOUNS.contains(w0) && !w0.equals("that") && !w0.equals("which") && !unitedStates(m, i)
                && !(Lexicon.DETERMINERS.contains(w0) && i + 1 <= limit && m.kind[i + 1] == TextModel.WORD
                && !Lexicon.STOP.contains(m.lower[i + 1]) && !m.lower[i + 1].equals("of"))) {
            return new int[]{i, i};
        }
        int k = i;
        boolean any = false;
        if (PART_OF_A_GROUP.contains(w0) && i + 2 <= limit && m.is(i + 1, "of") && m.quote[i + 2] < 0
                && Lexicon.DETERMINERS.contains(m.lower[i + 2])) {
            k = i + 2; // "one of those advisers": the group follows
            w0 = m.lower[k];
        }
        if (Lexicon.DETERMINERS.contains(w0)) {
            k++;
        }
        int lowercaseRun = 0;
        int end = -1;
        while (k <= limit && k - i <= MAX_PHRASE && m.quote[k] < 0) {
            String w = m.lower[k];
            if (m.kind[k] != TextModel.WORD) {
                if ((w.equals("-") || w.equals("&")) && any && k + 1 <= limit && m.isCapitalized(k + 1)) {
                    k++;
                    continue;
                }
                break;
            }
            if (m.isCapitalized(k) && (!(Lexicon.STOP.contains(w) && !any) || unitedStates(m, k) || nameOpeningWord(m, k, limit))) {
                any = true;
                end = k;
                lowercaseRun = 0;
            } else if (w.equals("’s") || w.equals("'s")) {
                if (!any) {
                    break;
                }
                end = k;
            } else if (Lexicon.CONNECTORS.contains(w) && any && !w.equals("and")) {
                if (k + 1 > limit || !(m.isCapitalized(k + 1) || Lexicon.DETERMINERS.contains(m.lower[k + 1])
                        || NamePhrases.afterParticles(m, k, limit) >= 0)) {
                    break;
                }
            } else if (w.equals("and") && any && k + 1 <= limit && m.isCapitalized(k + 1) && m.isCapitalized(k - 1)) {
                // "Smith and Jones"
            } else if (w.equals("and") && any && Lexicon.ROLE_NOUNS.contains(m.lower[k - 1])
                    && roleThenName(m, k + 1, limit)) {
                // "beer expert and author Jo Hale": two roles of the one person named after them
            } else if (Lexicon.DETERMINERS.contains(w) && k > i && Lexicon.CONNECTORS.contains(m.lower[k - 1])) {
                // "of the ..."
            } else if (!Lexicon.STOP.contains(w) && !CueLexicon.isVerbOnly(w) && lowercaseRun < MAX_LOWERCASE_RUN
                    && (!Character.isDigit(w.charAt(0)) || isNumberAdjective(w) || isYear(w) && k > i)
                    // a lower-case word after a name is no part of its phrase, after a compound adjective it is
                    // ("The Grammy-winning artist")
                    && !(end >= 0 && m.isCapitalized(end) && !(end == k - 1 && NamePhrases.hyphenatedAdjective(m, end))
                    && !NOUNS_AFTER_NAMES.contains(w)
                    && !Lexicon.ROLE_NOUNS.contains(w) && !Lexicon.ANONYMOUS_HEADS.contains(w)
                    && !opensARole(m, k, limit))) {
                any = true;
                end = k;
                lowercaseRun++;
            } else {
                break;
            }
            k++;
        }
        if (end < 0) {
            return null;
        }
        if (end > i && postModifierAt(m, end)) {
            end--; // the phrase took "close" of "close to" as a noun
        }
        if (postModifierAt(m, end + 1) && end + 3 <= limit) {
            int[] object = nounPhraseRight(m, end + 3, limit); // "a source close to the campaign"
            if (object != null) {
                end = object[1];
            } else if (Lexicon.PRONOUNS.contains(m.lower[end + 3]) || OBJECT_PRONOUNS.contains(m.lower[end + 3])) {
                end = end + 3;
            }
        }
        if (m.isCapitalized(end) && end + 1 <= limit && m.is(end + 1, "(")) {
            int close = closingParen(m, end + 1, limit);
            if (close > 0) {
                end = close; // "Sen. Jo Hale (R-Maine) said", "Rep. Jo Hale (R-S.C.):"
            }
        }
        // optional appositive: ", a spokeswoman for the campaign," up to the next comma or the sentence end
        int c = end + 1;
        if (c + 1 <= limit && m.lower[c].equals(",") && m.quote[c + 1] < 0 && m.kind[c + 1] == TextModel.WORD
                && looksLikeAppositive(m, c + 1, Math.min(limit, c + MAX_APPOSITIVE))) {
            int e = c + 1;
            while (e + 1 <= limit && e - c < MAX_APPOSITIVE && m.quote[e + 1] < 0
                    && !m.lower[e + 1].equals(",") && !m.lower[e + 1].equals(";")
                    && !(m.kind[e + 1] == TextModel.PUNCT && (m.lower[e + 1].equals(".") || m.lower[e + 1].equals(":")))) {
                e++;
            }
            if (e - c < MAX_APPOSITIVE) {
                end = e;
            }
        }
        return new int[]{i, end};
    }
}

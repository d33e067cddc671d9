package dev.attache.core.attribution;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The speaker-label rule: a paragraph that opens with a name and a colon is that name's statement —
 * headlines in the "Rubio: I'm Not Interested" style and transcripts ("A: …", "Ms. Reyes: …"). The
 * name is the source, the colon the cue, the rest of the paragraph the content.
 */
final class SpeakerLabelRule {

    /** How many tokens a label may have before its colon. */
    static final int MAX_LABEL = 6;
    private static final int MIN_TRANSCRIPT_LABELS = 4;
    /** So many labelled paragraphs with no label twice are a directory ({@link Tally#isDirectory}). */
    private static final int MIN_DIRECTORY_LABELS = 10;
    private static final int MAX_TURN_PARAGRAPHS = 8;
    /** Labels that introduce a note, not a speaker. */
    static final Set<String> NOT_SPEAKERS = Words.set("note", "update", "updated", "editor", "photo",
            "related", "correction", "clarification", "source", "sources", "watch", "read", "listen", "video", "videos",
            "photos", "pictures", "images", "gallery", "graphic", "map", "chart", "timeline", "analysis", "opinion",
            "review", "subscribe", "advertisement", "tags", "topics", "filed", "share", "caption", "credit", "see", "more",
            "also", "previously", "background", "disclosure", "q", "question", "full", "transcript", "text",
            "contributing", "contributors", "reporting", "additional", "editing", "edited", "compiled", "via",
            // a newspaper's sections, which open its corrections ("Politics: A previous version of this story …")
            "news", "money", "politics", "sports", "business", "nation", "world", "health", "tech", "travel",
            "entertainment", "life", "weather", "science", "markets", "economy",
            // the fields of a listing, a ranking or an award's list ("Details: 8 p.m. Sunday …", "Best: …",
            // "WINNER: “The Harbour” (HBO)")
            "details", "summary", "location", "when", "where", "cost", "tickets", "price", "hours", "address",
            "website", "phone", "best", "worst", "essential", "info", "information", "winner", "winners", "nominees",
            "finalists",
            // a profile's fields ("BORN: Aug. 8, 1990", "HOMETOWN: …", "TWITTER: @…", "Email: …")
            "born", "died", "hometown", "email", "e-mail", "twitter", "instagram", "sponsor", "noteworthy");
    /** Content after a label this short that opens with a number is an address or a tally ("Eutaw: 206 Greensboro St."). */
    private static final int MAX_ADDRESS_TOKENS = 8;

    private SpeakerLabelRule() {
    }

    /**
     * A label that comes back outside a dialogue before names alone ("Team: Vell Harbors", "Teams: Holm Pier, Vell
     * Harbors" for each player of a list): a listing's field. A columnist's pick ("Jo Hale: Harbors 26, Pier 16")
     * holds numbers and stays theirs.
     */
    private static boolean listedNames(TextModel m, CandidateAttribution label, Map<String, Integer> uses,
                                       ArticleWords articleWords) {
        return uses.get(labelText(m, label)) >= 2 && namesOnly(m, label) && articleWords.hasMixedCase();
    }

    /**
     * Whether a label's words are names alone: two words or more, each capitalized, no number and no function word (a
     * headline in title case has those: "Clinton Email Story Has Moved", "I’m Not Interested In …").
     */
    private static boolean namesOnly(TextModel m, CandidateAttribution label) {
        int words = 0;
        for (int k = label.ct + 1; k < m.size && m.end[k] <= label.ce; k++) {
            if (m.kind[k] != TextModel.WORD) {
                continue;
            }
            if (!Character.isLetter(m.lower[k].charAt(0)) || Character.isLowerCase(m.text.charAt(m.start[k]))
                    || Lexicon.STOP.contains(m.lower[k])) {
                return false;
            }
            words++;
        }
        return words >= 2;
    }

    private static boolean hasWord(TextModel m, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (m.kind[k] == TextModel.WORD && Character.isLetter(m.lower[k].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    static void run(TextModel m, List<CandidateAttribution> raws) {
        int paragraphs = m.paragraphs.size();
        int[] firstToken = new int[paragraphs];
        int[] lastToken = new int[paragraphs];
        CandidateAttribution[] labels = new CandidateAttribution[paragraphs];
        boolean[] fields = new boolean[paragraphs]; // paragraphs that open with a listing's field, which no turn runs over
        ArticleWords articleWords = new ArticleWords(m);
        Arrays.fill(firstToken, -1);
        int t = 0;
        for (int p = 0; p < paragraphs; p++) {
            int paraEnd = m.paragraphs.get(p).end();
            while (t < m.size && m.start[t] < m.paragraphs.get(p).start()) {
                t++;
            }
            if (t >= m.size) {
                break;
            }
            int first = t;
            int last = first;
            while (last + 1 < m.size && m.start[last + 1] < paraEnd) {
                last++;
            }
            firstToken[p] = first;
            lastToken[p] = last;
            labels[p] = label(m, first, last, articleWords);
            // a paragraph that opens with a label of no speaker ("Key to the game: …") is a listing's field too
            fields[p] = labels[p] == null && m.quote[first] < 0 && m.isCapitalized(first)
                    && labelColon(m, first, last, -1) > 0;
        }
        boolean dialogue = isDialogue(m, labels);
        if (!dialogue) {
            Map<String, Integer> uses = uses(m, labels);
            for (int p = 0; p < paragraphs; p++) {
                if (labels[p] != null && (unnamedWord(m, labels[p].sf, labels[p].st, articleWords)
                        || recurringField(m, labels[p], uses, articleWords)
                        || listedNames(m, labels[p], uses, articleWords))) {
                    labels[p] = null;
                    fields[p] = true;
                }
            }
        }
        Tally tally = Tally.of(m, labels);
        if (tally.isDirectory()) {
            return;
        }
        for (CandidateAttribution label : labels) {
            // a heading in capitals still counts towards telling a directory of links from a transcript above
            if (label != null && (dialogue || !shoutedHeading(m, label, articleWords))) {
                add(m, label, raws);
            }
        }
        if (tally.isTranscript()) {
            addContinuedTurns(m, labels, fields, firstToken, lastToken, raws);
        }
    }

    /**
     * Adds a statement of the speaker (again after its turn grew); cues inside it are the speaker's own words, as in
     * a quotation.
     */
    private static void add(TextModel m, CandidateAttribution r, List<CandidateAttribution> raws) {
        raws.removeIf(o -> o != r && o.cf > r.cf && m.start[o.cf] < r.ce && o.sf >= 0
                && (Lexicon.FIRST_PERSON.contains(m.lower[o.sf]) || m.is(o.sf, "you")) && o.sf == o.st);
        if (!raws.contains(r)) {
            raws.add(r);
        }
    }

    /**
     * A label of two words or more whose last is a lower-case noun for no one who speaks ("Other restrictions",
     * "One conclusion"); a speaker's label ends in a name, a word for a person ("Audience member", "Unidentified man"),
     * a group or an organization ("Clinton camp") or a document ("IG report").
     */
    private static boolean thingsNotPeople(TextModel m, int first, int last) {
        return last > first && m.kind[last] == TextModel.WORD && !m.isCapitalized(last) && !canSpeak(m.lower[last]);
    }

    /**
     * A label that ends in a Roman numeral and opens with no given name: an event or a document in a series ("Super Bowl
     * XXXIII:", "Title IX:"), not a person ("John J. Ray III:").
     */
    static boolean numberedEvent(TextModel m, int first, int last) {
        return last > first && ROMAN_NUMERAL.matcher(m.token(last)).matches() && GivenNames.gender(m.lower[first]) == '?';
    }

    private static final java.util.regex.Pattern ROMAN_NUMERAL = java.util.regex.Pattern.compile("[IVXLC]+");

    /** A word for a person, a group, an organization or a document, which a label may name as its speaker. */
    static boolean canSpeak(String w) {
        return SPEAKING_WORDS.contains(w) || Lexicon.ROLE_NOUNS.contains(w) || Lexicon.ANONYMOUS_HEADS.contains(w)
                || Lexicon.ORG_WORDS.contains(w) || MentionFinder.DOCUMENT_HEADS.contains(w);
    }

    /**
     * A one-word label that the article also writes in lower case ("Final:" where it tells of "the final"): a common
     * word, not a name, unless it is a word for someone who speaks ("Moderator:", "Host:"), a group ("Insiders:"), an
     * organization or a document ("Poll:", "Report:", which head a story as its source).
     */
    private static boolean commonWord(TextModel m, int first, int last, ArticleWords articleWords) {
        String w = m.lower[first];
        return first == last && !w.endsWith("s") && !canSpeak(w) && !Lexicon.TITLES.contains(w)
                && articleWords.inLowerCase(w);
    }

    /**
     * Speakers taking turns, whom a transcript may name nowhere else: a label in capitals, as transcripts write them,
     * comes back after another one ("KASP: …", "RENNICK: …", "KASP: …"), or one of the labels is a word for someone
     * who asks ("HOST: …", "REYES: …"). A listing repeats its fields ("WINNER: …", "WINNER: …"; "Status: …",
     * "Contact: …", "Status: …").
     */
    private static boolean isDialogue(TextModel m, CandidateAttribution[] labels) {
        Set<String> earlier = new HashSet<>();
        String previous = null;
        for (CandidateAttribution r : labels) {
            if (r == null) {
                continue;
            }
            String written = m.text.substring(m.start[r.sf], m.end[r.st]);
            String label = labelText(m, r);
            if (!label.equals(previous) && earlier.contains(label) && written.equals(written.toUpperCase(Locale.ROOT))
                    || INTERVIEWERS.contains(label)) {
                return true;
            }
            earlier.add(label);
            previous = label;
        }
        return false;
    }

    /**
     * A one-word label that names no one the article names elsewhere ("WINNER:", "Contact:", "Status:", "Thursday:"),
     * unless it is a word for someone who speaks, a title or a given name: outside a dialogue, a speaker labelled by
     * one word ("Rubio: I'm Not Interested") is named in the article's text too, a listing's field only in its labels.
     */
    private static boolean unnamedWord(TextModel m, int first, int last, ArticleWords articleWords) {
        String w = m.lower[first];
        return first == last && (WEEKDAYS.contains(w) || !canSpeak(w) && !Lexicon.TITLES.contains(w)
                && GivenNames.gender(w) == '?' && !articleWords.capitalizedOutsideLabels(w));
    }

    /**
     * A label of several words that comes back outside a dialogue and ends in a word the article also writes in lower
     * case, not one for a person, an organization or a document: a listing's field ("Monster Habitat: …" for each
     * monster, "Hide Caption: …" under each photo of a gallery); a columnist's name that heads each pick ("Lorenzo
     * Reyes: …") ends in a name.
     */
    private static boolean recurringField(TextModel m, CandidateAttribution label, Map<String, Integer> uses,
                                          ArticleWords articleWords) {
        String last = m.lower[label.st];
        return label.st > label.sf && uses.get(labelText(m, label)) >= 2 && articleWords.inLowerCase(last)
                && !canSpeak(last);
    }

    /**
     * A label of several words in capitals that names no one the article names ("HOT STOVE UPDATES: MLB free agency
     * …", "FOLLOW THE MONEY: …", the headings of a page's links): outside a dialogue, a speaker labelled in capitals
     * ("JOE BIDEN: …") is named in the text as well, in its own case, or the label opens with a given name. An article
     * written all in capitals (old wire copy) tells nothing by case.
     */
    private static boolean shoutedHeading(TextModel m, CandidateAttribution label, ArticleWords articleWords) {
        for (int k = label.sf; k <= label.st; k++) {
            String written = m.text.substring(m.start[k], m.end[k]);
            if (m.kind[k] == TextModel.WORD && !written.equals(written.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return label.st > label.sf && articleWords.hasMixedCase() && GivenNames.gender(m.lower[label.sf]) == '?'
                && !articleWords.namedInItsOwnCase(m.lower[label.st]);
    }

    /** How many paragraphs each label opens. */
    private static Map<String, Integer> uses(TextModel m, CandidateAttribution[] labels) {
        Map<String, Integer> uses = new HashMap<>();
        for (CandidateAttribution r : labels) {
            if (r != null) {
                uses.merge(labelText(m, r), 1, Integer::sum);
            }
        }
        return uses;
    }

    private static String labelText(TextModel m, CandidateAttribution label) {
        return m.text.substring(m.start[label.sf], m.end[label.st]).toLowerCase(Locale.ROOT);
    }

    private static final Set<String> INTERVIEWERS = Words.set("host", "moderator", "anchor", "interviewer",
            "questioner", "reporter", "caller", "audience");

    private static final Set<String> WEEKDAYS = Words.set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /**
     * The words an article writes in lower case somewhere, and those it capitalizes other than before a colon,
     * gathered on first use (most articles have no label).
     */
    private static final class ArticleWords {
        private final TextModel m;
        private Set<String> words;
        private Set<String> capitalized;
        private Set<String> titleCase;

        ArticleWords(TextModel m) {
            this.m = m;
        }

        boolean inLowerCase(String word) {
            gather();
            return words.contains(word);
        }

        boolean capitalizedOutsideLabels(String word) {
            gather();
            return capitalized.contains(word);
        }

        /** Whether the article writes {@code word} with a capital and then lower-case letters ("Biden", not "BIDEN"). */
        boolean namedInItsOwnCase(String word) {
            gather();
            return titleCase.contains(word);
        }

        /** Whether the article has any word in lower case: one written all in capitals has none. */
        boolean hasMixedCase() {
            gather();
            return !words.isEmpty();
        }

        private void gather() {
            if (words != null) {
                return;
            }
            words = new HashSet<>();
            capitalized = new HashSet<>();
            titleCase = new HashSet<>();
            for (int k = 0; k < m.size; k++) {
                if (m.kind[k] != TextModel.WORD) {
                    continue;
                }
                if (Character.isLowerCase(m.text.charAt(m.start[k]))) {
                    words.add(m.lower[k]);
                    continue;
                }
                if (k + 1 >= m.size || !m.is(k + 1, ":")) {
                    capitalized.add(m.lower[k]);
                }
                if (m.end[k] - m.start[k] > 1 && Character.isLowerCase(m.text.charAt(m.end[k] - 1))) {
                    titleCase.add(m.lower[k]);
                }
            }
        }
    }

    private static final Set<String> SPEAKING_WORDS = Words.set("man", "woman", "men", "women", "voice", "voices",
            "member", "speaker", "reporter", "reporters", "moderator", "host", "anchor", "caller", "participant",
            "student", "voter", "protester", "crowd", "audience", "questioner", "interviewer", "guest", "panelist",
            "camp", "team", "staff", "side", "spokesperson", "supporters", "allies");

    /** How many paragraphs open with a label, and how many different labels they have. */
    private record Tally(int count, int distinct) {

        static Tally of(TextModel m, CandidateAttribution[] labels) {
            Set<String> seen = new HashSet<>();
            int count = 0;
            for (CandidateAttribution r : labels) {
                if (r != null) {
                    count++;
                    seen.add(m.text.substring(m.start[r.sf], m.end[r.st]).toLowerCase(Locale.ROOT));
                }
            }
            return new Tally(count, seen.size());
        }

        /**
         * A transcript: at least {@link #MIN_TRANSCRIPT_LABELS} labelled paragraphs, and some speaker labelled more
         * than once (a dialogue, not a list of headline-style "Name: claim" paragraphs).
         */
        boolean isTranscript() {
            return count >= MIN_TRANSCRIPT_LABELS && distinct < count;
        }

        /**
         * A directory, not speakers: at least {@link #MIN_DIRECTORY_LABELS} labelled paragraphs, nearly all labels
         * different ("Boise: Idaho Humane Society officials said …", "Concord: The New Hampshire Office of …": the
         * news of each state's capital, where "Portland" or "Charleston" may come twice). A dialogue labels its
         * speakers again and again; a few "Name: claim" paragraphs stay speakers.
         */
        boolean isDirectory() {
            return count >= MIN_DIRECTORY_LABELS && distinct * 10 >= count * 9; // nine labels in ten different
        }
    }

    /**
     * In a transcript, a speaker's turn runs on over the paragraphs after the labelled one until the next label
     * ("BUTTIGIEG: Ensuring … / By gutting the deal …"), as PolNeAR annotates it: one statement over those paragraphs.
     * It does not end on a stage direction ("(LAUGHTER)"), though it goes on after one; it ends at a listing's field
     * ({@code fields}: "Defending champion: Jo Hale" below "Television: …"). A turn not followed by another
     * label, one that runs over more than {@link #MAX_TURN_PARAGRAPHS} paragraphs, or the title's ("Pence: …" heading
     * an interview; paragraph 0) may have ended in the reporter's own text, so it keeps its own paragraph.
     */
    private static void addContinuedTurns(TextModel m, CandidateAttribution[] labels, boolean[] fields, int[] firstToken,
                                          int[] lastToken, List<CandidateAttribution> raws) {
        int turn = -1;
        for (int p = 0; p < labels.length; p++) {
            if (labels[p] == null) {
                continue;
            }
            if (turn > 0 && p - turn - 1 <= MAX_TURN_PARAGRAPHS) {
                CandidateAttribution r = labels[turn];
                for (int c = turn + 1; c < p && !fields[c]; c++) {
                    int end = TokenSpans.contentEnd(m, firstToken[c], lastToken[c]);
                    if (end >= firstToken[c] && !isStageDirection(m, firstToken[c], lastToken[c])) {
                        TokenSpans.setContent(m, r, TokenSpans.firstToken(m, r.cs), end);
                    }
                }
                add(m, r, raws);
            }
            turn = p;
        }
    }

    /** A paragraph in parentheses or brackets, quoted or not: "(CROSSTALK)", "“[Laughter]". */
    private static boolean isStageDirection(TextModel m, int first, int last) {
        int k = first >= 0 && m.opensQuote(first) ? first + 1 : first;
        return k < 0 || k > last || m.is(k, "(") || m.is(k, "[");
    }

    /** The quotation's segment opening at {@code start} is not its last: the quote runs on into the next paragraph. */
    private static boolean continuesPastParagraph(Quotation q, int start) {
        List<Span> segments = q.segments();
        for (int i = 0; i + 1 < segments.size(); i++) {
            if (segments.get(i).start() == start) {
                return true;
            }
        }
        return false;
    }

    /** A label of capitalized words inside a quotation ("PENCE", "Gov. Reyes"), where the noun-phrase walk does not go. */
    private static int[] capitalizedLabel(TextModel m, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!(m.kind[k] == TextModel.WORD && m.isCapitalized(k) || m.is(k, "."))) {
                return null;
            }
        }
        return new int[]{from, to};
    }

    /**
     * The colon that ends a label opening at token {@code first} ("Site:", "Key to the game:", "Gov. Reyes:"): at most
     * {@link #MAX_LABEL} tokens on, inside quotation {@code block} (-1 for none), with no punctuation before it but
     * dots, brackets and hyphens; -1 when there is none.
     */
    private static int labelColon(TextModel m, int first, int last, int block) {
        for (int k = first + 1; k <= last && k - first <= MAX_LABEL; k++) {
            if (m.quote[k] != block) {
                return -1;
            }
            if (m.is(k, ":")) {
                return k;
            }
            if (m.kind[k] == TextModel.PUNCT && !m.is(k, ".") && !m.is(k, "(") && !m.is(k, ")") && !m.is(k, "-")) {
                return -1;
            }
        }
        return -1;
    }

    private static CandidateAttribution label(TextModel m, int first, int last, ArticleWords articleWords) {
        int block = -1; // a transcript quoted paragraph by paragraph: "“WALLACE: … / “PENCE: …"
        if (m.opensQuote(first) && first + 1 <= last && m.quote[first + 1] == m.quote[first]
                && continuesPastParagraph(m.quotations.get(m.quote[first]), m.start[first])) {
            block = m.quote[first];
            first++;
        }
        if (m.quote[first] != block || m.kind[first] != TextModel.WORD || !m.isCapitalized(first)
                || NOT_SPEAKERS.contains(m.lower[first]) || m.is(first, "the") || m.is(first, "a") || m.is(first, "an")) {
            return null; // "The Latest: …" is a section title
        }
        int colon = labelColon(m, first, last, block);
        if (colon < 0 || colon + 1 > last || m.quote[colon + 1] != block && m.opensQuote(colon + 1)) {
            return null; // a quotation after the colon is the colon-introduced rule's
        }
        int[] np = block >= 0 ? capitalizedLabel(m, first, colon - 1) : MentionFinder.nounPhraseRight(m, first, colon - 1);
        if (np == null || np[1] != colon - 1 && !m.is(colon - 1, ")")) {
            return null;
        }
        if (thingsNotPeople(m, first, colon - 1) || commonWord(m, first, colon - 1, articleWords)
                || numberedEvent(m, first, colon - 1)) {
            return null; // "Other restrictions: Visitors must …", "Final: Italy over Germany, 3-1": a listing's field
        }
        int end = TokenSpans.contentEnd(m, colon + 1, last);
        if (end < colon + 2 || !hasWord(m, colon + 1, end)) {
            return null; // "Jane Doe: 1,769." is a tally
        }
        if (Character.isDigit(m.lower[colon + 1].charAt(0)) && end - colon <= MAX_ADDRESS_TOKENS) {
            return null; // "Eutaw: 206 Greensboro St.": a place and its address
        }
        CandidateAttribution r = new CandidateAttribution();
        r.sf = np[0];
        r.st = colon - 1;
        r.cf = colon;
        r.ct = colon;
        r.sentence = m.sentence[colon];
        r.turn = true;
        TokenSpans.setContent(m, r, colon + 1, end);
        return r;
    }
}

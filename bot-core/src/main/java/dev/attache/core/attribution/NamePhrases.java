package dev.attache.core.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads person names in an article's text: the capitalized runs that may be names, a name's title and honorific
 * and whether it looks like a person's, the role said before a name or in an appositive after it, and the name
 * that ends a longer mention ("Harbor League president Jo Hale").
 */
final class NamePhrases {

    private static final Set<String> HONORIFICS = Words.set("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr",
            "miss", "sir", "dame", "madam");
    static final Set<String> NAME_PARTICLES = Words.set("de", "van", "von", "der", "den", "del", "la", "le", "los",
            "bin", "al", "da", "di", "du", "ibn", "el", "dos", "das");

    /** Most particles in a row inside a name ("Ursula von der Leyen", "Maria de los Santos"). */
    private static final int MAX_PARTICLES = 3;

    /**
     * The capitalized token after the name particles that start at {@code k} ("von der Leyen"), within {@code limit}
     * and {@link #MAX_PARTICLES}; -1 when {@code k} is no particle or no capitalized word follows them.
     */
    static int afterParticles(TextModel m, int k, int limit) {
        int v = k;
        while (v <= limit && v - k < MAX_PARTICLES && NAME_PARTICLES.contains(m.lower[v])) {
            v++;
        }
        return v > k && v <= limit && m.isCapitalized(v) ? v : -1;
    }

    /** The capitalized token before the name particles that end at {@code k}, from {@code from} on; -1 if none. */
    private int beforeParticles(int k, int from) {
        int v = k;
        while (v >= from && k - v < MAX_PARTICLES && NAME_PARTICLES.contains(m.lower[v])) {
            v--;
        }
        return v < k && v >= from && m.isCapitalized(v) ? v : -1;
    }

    private final TextModel m;
    private final List<int[]> runs = new ArrayList<>(); // {first, last token} of each run that may be a name
    private final Set<String> givenNameSurnames = new HashSet<>(); // last words of names that open with a given name
    /** Words this article capitalizes after a lower-case word and never writes in lower case: proper nouns. */
    private Set<String> properWords; // built on first use
    private Set<String> lowerCaseWords; // built on first use
    /** Words the article capitalizes inside a sentence, built on first use. */
    private Set<String> capitalizedInside;
    /** The names the article gives storms ("ian" of "Hurricane Ian"), built on first use. */
    private Set<String> stormNames;

    NamePhrases(TextModel m) {
        this.m = m;
        int t = 0;
        while (t < m.size) {
            if (m.quote[t] >= 0 || !m.isCapitalized(t) || isFirstPersonI(m.lower[t])) {
                t++; // "I'm Wolf Blitzer" is no name; the name after it is
                continue;
            }
            int a = t;
            int b = t;
            int u = t + 1;
            while (u < m.size && m.quote[u] < 0 && m.sentence[u] == m.sentence[a]) {
                if (m.isCapitalized(u)) {
                    b = u;
                    u++;
                } else if (nobleTitleEnd(m, b, m.size - 1) > u) {
                    u++; // "the Duke of Sussex", "the Princess of Wales": the title and its place are the name
                } else if (afterParticles(m, u, m.size - 1) >= 0) {
                    u = afterParticles(m, u, m.size - 1); // "von der Leyen": on to the name after the particles
                } else {
                    break;
                }
            }
            if (b > a && m.lower[a].endsWith("ing") && m.sentenceStart(a) == a && GivenNames.gender(m.lower[a]) == '?') {
                a++; // "Giving Paula the death penalty …": a gerund opens the sentence, the name follows it
            }
            if (b > a && (isNegatedAuxiliary(m.lower[a])
                    || opensSentence(a) && QUESTION_AUXILIARIES.contains(m.lower[a]))) {
                a++; // "Hasn’t Putin done this before?", "Could Sharon win?": a question opens with it, a name follows
            }
            if (a == b && opensWithSentenceAdverb(a)) {
                t = b + 1; // "Separately, a group of experts …", "Sure, my therapist …": no name and its appositive
                continue;
            }
            runs.add(new int[]{a, b});
            t = b + 1;
        }
        runs.removeIf(run -> isDescription(run[0], run[1]));
        for (int[] run : runs) {
            // "Mark Cuban", "Dr. Gregory Poland", "Gov. Jim Justice", "New York Congressman Pete King": the last word
            // after a given name names that person in this article, even a title's word ("Justice said")
            for (int given = Math.max(run[0], run[1] - 2); given < run[1]; given++) {
                if (GivenNames.gender(m.lower[given]) != '?') {
                    givenNameSurnames.add(m.lower[run[1]]);
                    break;
                }
            }
        }
    }

    /** Titles of nobility, which with "of" and a place name their holder ("the Duke of Sussex"). */
    private static final Set<String> NOBILITY = Words.set("duke", "duchess", "prince", "princess", "earl", "countess",
            "marquess", "marchioness", "baron", "baroness", "viscount", "viscountess");

    private static final Set<String> FEMALE_NOBILITY = Words.set("duchess", "princess", "countess", "marchioness",
            "baroness", "viscountess");

    /**
     * Where a title of nobility, "of" and a capitalized place that open at token {@code k} end ("Duke of Sussex",
     * "Princess of Wales"), at {@code to} at most; -1 when none opens there.
     */
    static int nobleTitleEnd(TextModel m, int k, int to) {
        if (k + 2 > to || !NOBILITY.contains(m.lower[k]) || !m.isCapitalized(k) || !m.is(k + 1, "of")
                || !m.isCapitalized(k + 2)) {
            return -1;
        }
        int end = k + 2;
        while (end + 1 <= to && m.isCapitalized(end + 1)) {
            end++;
        }
        return Lexicon.ORG_WORDS.contains(m.lower[end]) ? -1 : end; // "the Duke of Vell Hospital" is the hospital
    }

    /**
     * Capitalized words after "the" that end in a plural and open with no given name: a team, a band or a family
     * ("the Los Angeles Lakers", "the Bulls", "the Jonas Brothers"), not a person.
     */
    boolean teamAfterThe(int from, int to) {
        String last = m.lower[to];
        return from - 1 >= 0 && m.is(from - 1, "the") && m.quote[from - 1] < 0
                && last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us")
                && !last.endsWith("is") && GivenNames.gender(m.lower[from]) == '?';
    }

    /** "I" and its contractions, capitalized in any sentence. */
    private static boolean isFirstPersonI(String w) {
        return w.equals("i") || w.startsWith("i'") || w.startsWith("i’");
    }

    /** The capitalized runs outside quotations that may be names, descriptions ("the Kentucky Republican") left out. */
    List<int[]> runs() {
        return runs;
    }

    /** Words that open a sentence as an adverb before a comma ("Sure, …", "Still, …"). */
    private static final Set<String> SENTENCE_ADVERBS = Words.set("sure", "look", "often", "still", "yes", "well",
            "now", "again", "later", "today", "yesterday", "indeed", "overall", "okay", "also", "first", "next", "here",
            "there", "plus", "anyway", "instead", "otherwise", "meanwhile", "nevertheless", "nonetheless", "besides",
            "afterward", "afterwards", "then", "thus", "hence", "therefore", "so");

    /** Whether token {@code k} opens its sentence as an adverb before a comma: "Sure, …", "Indeed, …". */
    boolean opensWithSentenceAdverb(int k) {
        return opensSentenceBeforeAComma(k) && isSentenceAdverb(k);
    }

    private boolean opensSentenceBeforeAComma(int k) {
        return m.sentenceStart(k) == k && k + 1 < m.size && m.is(k + 1, ",");
    }

    /**
     * A listed sentence adverb, or a word in "-ly" that is no given name and that the article never capitalizes
     * inside a sentence ("Separately", "Subsequently"; not "Kelly", nor a surname "Connolly" named elsewhere).
     */
    private boolean isSentenceAdverb(int k) {
        String w = m.lower[k];
        if (SENTENCE_ADVERBS.contains(w)) {
            return true;
        }
        return w.length() > 4 && w.endsWith("ly") && GivenNames.gender(w) == '?' && !capitalizedInsideASentence(w);
    }

    private boolean capitalizedInsideASentence(String w) {
        if (capitalizedInside == null) {
            capitalizedInside = new HashSet<>();
            for (int k = 0; k < m.size; k++) {
                if (m.sentenceStart(k) != k && m.isCapitalized(k)) {
                    capitalizedInside.add(m.lower[k]);
                }
            }
        }
        return capitalizedInside.contains(w);
    }

    /** Auxiliaries that open a question before its subject; not "will" or "may", which are names too. */
    private static final Set<String> QUESTION_AUXILIARIES = Words.set("could", "would", "should", "can", "did", "does",
            "do", "is", "are", "was", "were", "has", "have", "had", "might", "must");

    /** The sentence's first word, after a bullet or a dash that may open it ("◆ Could Sharon be …?"). */
    private boolean opensSentence(int k) {
        int start = m.sentenceStart(k);
        return start == k || start == k - 1 && m.kind[start] == TextModel.PUNCT;
    }

    /** "hasn’t", "doesn't", "won’t": a word that is never part of a name. */
    private static boolean isNegatedAuxiliary(String w) {
        return w.endsWith("n’t") || w.endsWith("n't");
    }

    /** A people's adjective, hyphenated ones included ("Chinese", "Asian-American"). */
    private static boolean isDemonym(String w) {
        for (String part : w.split("-")) {
            if (!Lexicon.DEMONYMS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An appositive without a preposition whose head is an organization's ("a Washington think tank", "a nonprofit
     * group", "a small firm"); "a fellow at the Brookings Institution" is a person's, whatever ends it.
     */
    boolean namesAnOrganization(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (TokenSpans.PP_PREPOSITIONS.contains(m.lower[k]) || m.is(k, "who")) {
                return false;
            }
        }
        return !m.isCapitalized(to) && (Lexicon.ORG_WORDS.contains(m.lower[to]) || ORGANIZATION_HEADS.contains(m.lower[to]));
    }

    private static final Set<String> ORGANIZATION_HEADS = Words.set("tank", "firm", "nonprofit", "network",
            "newspaper", "magazine", "outlet", "website", "coalition", "alliance", "consultancy", "publication",
            "broadcaster", "channel", "startup", "charity", "watchdog", "outfit", "lobby", "caucus");

    /**
     * How many words of tokens {@code [from, to]} count toward a name's length: not its particles ("da", "bin") nor a
     * title before it ("President Luiz Inácio Lula da Silva" counts three, as "President Jo Hale" counts one).
     */
    private int nameWords(int from, int to) {
        int titles = 0;
        for (int k = from; k < to && Lexicon.isTitle(m.lower[k]); k++) {
            titles++;
        }
        return to - from - titles - particlesIn(from, to);
    }

    /** How many name particles in lower case ("da", "bin", "van"; not "Los" of "Los Angeles") tokens {@code [from, to]} hold. */
    private int particlesIn(int from, int to) {
        int n = 0;
        for (int k = from; k <= to; k++) {
            n += NAME_PARTICLES.contains(m.lower[k]) && !m.isCapitalized(k) ? 1 : 0;
        }
        return n;
    }

    /** Capitalized words ending in a role noun, the first no given name: "Emergency Relief Coordinator". */
    private boolean postInCapitals(int from, int to) {
        return from < to && Lexicon.ROLE_NOUNS.contains(m.lower[to]) && GivenNames.gender(m.lower[from]) == '?';
    }

    /**
     * The start of a person's name that ends the mention after a role held in or for the first name ("X’s campaign
     * manager, Tom Kasp", "Harbor League president Jo Hale", "Ukrainian member of parliament Jo Hale"), or -1.
     */
    int laterName(int from, int to) {
        int k = to;
        while (k >= from && (m.isCapitalized(k) && !isCommonWord(k) || k > from && k < to
                && NAME_PARTICLES.contains(m.lower[k]) && afterParticles(m, k, to) >= 0 && beforeParticles(k, from) >= 0)) {
            k--; // "Tamim bin Hamad Al Thani"
        }
        if (k < from || to - k < 1) {
            return -1;
        }
        if ((m.is(k, "and") || m.is(k, "&")) && k - 2 >= from && k + 1 <= to && OFFICE_FIELDS.contains(m.lower[k + 1])
                && OFFICE_FIELDS.contains(m.lower[k - 1]) && officeTitleBefore(k - 2) >= 0) {
            k = k - 2; // "Minister of Trade and Industry Hajime Tamura": the office's field runs over "and" to its "of"
        }
        if ((m.is(k, "and") || m.is(k, "&")) && k - 1 >= from && k + 2 < to && OFFICE_FIELDS.contains(m.lower[k - 1])) {
            for (int r = k + 1; r < to && m.isCapitalized(r); r++) {
                if (m.is(r, "minister") || OFFICE_TITLES.contains(m.lower[r])) {
                    // "Trade and Industry Minister Lee Hsien Loong", "Health and Human Services Secretary Xavier
                    // Becerra": the name after the office's title
                    return r > k + 1 ? r + 1 : -1;
                }
            }
        }
        int start = k + 1;
        if (to - k == 1) {
            // a surname alone after a role, behind another capitalized word: "Finnish premier Marin",
            // "former Finnish leader Stubb"; otherwise the mention's first capitalized word is the name anyway
            boolean role = !m.isCapitalized(k) && (Lexicon.ROLE_NOUNS.contains(m.lower[k]) || Lexicon.TITLES.contains(m.lower[k]));
            // not "the Senate's top Republican": a party's word is the role's own
            return role && !Lexicon.ORG_WORDS.contains(m.lower[to]) && !Lexicon.TITLES.contains(m.lower[to])
                    && capitalizedBefore(from, k) ? start : -1;
        }
        if (m.is(k, ",") && m.quote[k] < 0 && !MentionFinder.isPartyAndState(m.lower[start]) && !postInCapitals(start, to)
                && !opensWithANameAndComma(from, k)) {
            // "one resident, Tia Kasp"; not "Konfrst, D-Windsor Heights": her party and home town, nor "Jo Hale, Emergency
            // Relief Coordinator": a post, nor "Jo Hale, a farmer in Vell, Holm County": where she farms
            return start;
        }
        if (nameWords(k + 1, to) <= 3 && !m.isCapitalized(k) && m.kind[k] == TextModel.WORD
                && (roleWord(m.lower[k]) || FAME_NOUNS.contains(m.lower[k]))
                && capitalizedBefore(from, k) && !commaOrAndIn(from, k)) {
            // "Colorado State University meteorologist Phil Klotzbach": the name after the role; not a name inside an
            // appositive ("Cassidy Hutchinson, an aide to former President Donald Trump") or after another one
            return start;
        }
        if (to - start >= 2) {
            // the name after a post: at its given name, else its last two words ("… Homeland Security Jeh Johnson")
            // when the post opens the mention ("a former speechwriter to Secretary of State Madeline Albright" is the
            // speechwriter)
            int name = givenNameIn(start + 1, to);
            name = name >= 0 ? name : to - 1;
            int title = postTitleBefore(name);
            if (title >= 0 && (title == from || titlePhrase(from, title - 1))) {
                return name; // "U.S. Ambassador to the U.N. Linda Thomas-Greenfield", "Ambassador to Israel Tom Nides"
            }
        }
        if ((m.is(k, "’s") || m.is(k, "'s")) && opensWithPossessor(from, k)) {
            if (GivenNames.gender(m.lower[start]) != '?' || Lexicon.TITLES.contains(m.lower[start])) {
                return start; // "Lithuania’s Prime Minister Ingrida Šimonytė", "NBC’s Dante Chinni"
            }
            for (int r = to - 2; r > start; r--) {
                if (OFFICE_TITLES.contains(m.lower[r]) || m.is(r, "minister")) {
                    return r + 1; // "Saudi Arabia's Oil Minister Hisham Nazer": the name after the office
                }
            }
        }
        // "Secretary of the Treasury Janet Yellen", "Chancellor of the Exchequer Nigel Lawson": "the" before the field,
        // where a given name follows it (not "President of the International Olympic Committee")
        int of = m.is(k, "the") && k - 1 >= from && givenNameIn(start + 1, to) >= 0 ? k - 1 : k;
        if ((m.is(of, "of") || m.is(of, "for") || m.is(of, "on")) && titlePhrase(from, of)) {
            // "Ministry of Defense Spokesperson Tan Kefei": the name after the organization's last title word
            for (int r = to - 2; r >= start; r--) {
                // not "Foreign" of "Minister of State for Foreign Affairs Adel al-Jubeir": a word of the field
                if ((Lexicon.TITLES.contains(m.lower[r]) || Lexicon.ROLE_NOUNS.contains(m.lower[r])) && !fieldWord(r + 1)) {
                    return r + 1;
                }
            }
            int name = givenNameIn(start + 1, to);
            if (name >= 0) {
                return name; // "Supervisor of Elections Susan Bucher": the office's field, then the name
            }
            if (officeTitleBefore(of) >= from) {
                // "Minister of Trade and Industry Hajime Tamura", "Undersecretary of State for Economic Affairs Allen
                // Wallis": the name after the field's last word
                for (int r = to - 1; r >= start && r >= to - 3; r--) {
                    if ((OFFICE_FIELDS.contains(m.lower[r]) || FIELD_NAMES.contains(m.lower[r])) && m.isCapitalized(r + 1)
                            && !OFFICE_FIELDS.contains(m.lower[r + 1])) {
                        return r + 1;
                    }
                }
            }
        }
        boolean roleOfSomething = k - 2 >= from && isRoleOfSomething(k); // "member of parliament Jo Hale"
        // not "Barr, a staunch critic of former President Donald Trump": the appositive of a name that opens the mention
        return (Lexicon.ROLE_NOUNS.contains(m.lower[k]) || roleOfSomething) && !m.isCapitalized(k)
                && !opensWithANameAndComma(from, k) ? start : -1;
    }

    /**
     * Past the words of an office's field that open the run from {@code a} ("Minister of Mines and Energy Subroto": the
     * run "Energy Subroto" is Subroto; "Undersecretary of State for Economic Affairs Allen Wallis": Allen Wallis), when
     * an office's title and its "of" or "for" come before it.
     */
    private int pastOfficeField(int a, int to) {
        if (officeTitleBefore(a - 1) < 0) {
            return a;
        }
        if (m.is(a - 1, "and") && !OFFICE_FIELDS.contains(m.lower[a - 2])) {
            return a; // "Chairman Paul Volcker and Japanese Finance Minister …": no field runs over that "and"
        }
        int past = a;
        // not "State" of "Secretary of State John Kerry", a title word the office's name is read from ("Foreign" of
        // "Foreign Affairs" is the field's)
        for (int k = a; k < to && k - a < MAX_FIELD_WORDS && !(Lexicon.TITLES.contains(m.lower[k]) && !fieldWord(k + 1));
                k++) {
            if (fieldWord(k)) {
                past = k + 1;
            }
        }
        return past;
    }

    private static final int MAX_FIELD_WORDS = 4;

    private boolean fieldWord(int k) {
        return k < m.size && (OFFICE_FIELDS.contains(m.lower[k]) || FIELD_NAMES.contains(m.lower[k]));
    }

    /** The office's title word whose name token {@code k} ("of", "for" or "and") goes on ("Minister of Trade and"), or -1. */
    private int officeTitleBefore(int k) {
        if (k >= 1 && m.is(k, "the") && (m.is(k - 1, "of") || m.is(k - 1, "for"))) {
            k--; // "Secretary of the Interior", "Chancellor of the Exchequer"
        }
        if (!(m.is(k, "of") || m.is(k, "for") || m.is(k, "and"))) {
            return -1;
        }
        for (int j = k - 1; j >= 0 && k - j < 8 && m.quote[j] < 0; j--) {
            if (m.isCapitalized(j) && OFFICE_TITLES.contains(m.lower[j])) {
                return j;
            }
            if (!m.isCapitalized(j) && !m.is(j, "of") && !m.is(j, "for") && !m.is(j, "and")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The office whose field a run opened with, ending at {@code fieldEnd}: "Minister of Mines and Energy", with the
     * capitalized words before its title ("Indonesian Minister of …"); empty when the run opened with none.
     */
    private String officeEndingAt(int runStart, int fieldEnd) {
        if (fieldEnd < runStart) {
            return "";
        }
        int k = officeTitleBefore(runStart - 1);
        while (k > 0 && m.sentence[k - 1] == m.sentence[k] && m.quote[k - 1] < 0 && m.isCapitalized(k - 1)
                && runStart - k < 12) {
            k--;
        }
        return m.text.substring(m.start[k], m.end[fieldEnd]);
    }

    /** Titles of an office named by its field ("Minister of Energy"; not "King of New York", a surname). */
    private static final Set<String> OFFICE_TITLES = Words.set("minister", "secretary", "director", "commissioner",
            "chief", "head", "chairman", "chairwoman", "chair", "undersecretary", "administrator", "supervisor",
            "chancellor", "speaker");

    /** Words that end the name of a field or a record, never a person's: "Foreign Affairs", "Trade Statistics". */
    private static final Set<String> FIELD_NAMES = Words.set("affairs", "relations", "statistics");

    /** The words a storm's name opens with ("Hurricane Ian", "Typhoon Hinnamnor"): a storm is no one who speaks. */
    private static final Set<String> STORMS = Words.set("hurricane", "typhoon", "cyclone");

    /** The last words of an office's field ("Minister of Trade and Industry", "Secretary of State"). */
    private static final Set<String> OFFICE_FIELDS = Words.set("affairs", "trade", "industry", "industries", "energy",
            "mines", "finance", "defence", "defense", "state", "agriculture", "commerce", "economy", "justice", "health",
            "education", "labour", "labor", "interior", "transport", "fisheries", "environment", "tourism", "culture",
            "planning", "development", "security", "treasury", "oil", "petroleum", "information", "communications",
            "housing", "employment", "welfare", "works", "water", "resources", "cooperation", "telecommunications",
            "science", "technology", "sports", "youth", "immigration", "elections", "intelligence", "staff", "oceans",
            "ports", "forestry", "mining", "customs", "protection", "equity", "safety", "services", "relations",
            "budget", "revenue", "veterans", "exchequer", "house", "army", "navy", "force", "refugees", "rights");

    /** The first token in {@code [from, to)} that is a common given name, or -1. */
    private int givenNameIn(int from, int to) {
        for (int k = from; k < to; k++) {
            if (GivenNames.gender(m.lower[k]) != '?') {
                return k;
            }
        }
        return -1;
    }

    /** Tokens {@code from}–{@code to} are capitalized words and the connectors of an office's name ("Ministry of"). */
    private boolean titlePhrase(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!m.isCapitalized(k) && !m.is(k, "of") && !m.is(k, "for") && !m.is(k, "on") && !m.is(k, "the")
                    && !m.is(k, "and")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a name starts after a photo credit run into the text of a picture gallery ("Brendan Smialowski/AFP/Getty
     * Images Zelensky speaks …", "Colorsport/Shutterstock Pelé celebrates …"): after "Images", or after the agency
     * that a slash joins to the photographer's name ({@link #PHOTO_AGENCIES}); {@code from} when there is none, past
     * {@code to} when the run is all credit ("Stringer/AFP/Getty Images").
     */
    private int afterPhotoCredit(int from, int to) {
        int a = from;
        for (int k = from; k <= to; k++) {
            if (m.token(k).equals("Images") && k > from) {
                a = k + 1;
            }
        }
        if (a == from && joinedBySlash(from - 1)) {
            while (a <= to && isAgencyWord(a)) {
                a++;
            }
        }
        return a;
    }

    /**
     * Whether token {@code k} is the slash of a photo credit, between a photographer's name and an agency
     * ("Evan Vucci/AP", "Stringer/AFP/Getty Images", "Jo Hale/USA TODAY"; not "a Des Moines Register/NBC News poll"),
     * whatever follows it (a picture gallery runs its captions together: "Piet Lund/AFP Anna Holm speaks …").
     */
    boolean photoCreditSlash(int k) {
        return joinedBySlash(k) && PHOTO_AGENCIES.contains(m.lower[k + 1]);
    }

    /** Whether tokens from {@code k} count a gallery's pictures or slides: "48 of 49". */
    private boolean countsPictures(int k) {
        return k + 2 < m.size && m.is(k + 1, "of") && isWholeNumber(k) && isWholeNumber(k + 2); // "of" first: cheaper
    }

    private boolean isWholeNumber(int k) {
        return m.token(k).chars().allMatch(Character::isDigit);
    }

    private boolean isAgencyWord(int k) {
        return m.token(k).chars().allMatch(c -> Character.isUpperCase(c) || c == '-') || PHOTO_AGENCIES.contains(m.lower[k]);
    }

    /** The first words of agencies credited after a photographer's name and a slash ("Getty Images", "USA TODAY"). */
    private static final Set<String> PHOTO_AGENCIES = Words.set("ap", "afp", "epa", "epa-efe", "efe", "upi", "dpa",
            "ansa", "anadolu", "xinhua", "tass", "usa", "getty", "images", "photo", "photos", "reuters", "bloomberg",
            "shutterstock", "alamy", "sipa", "zuma", "pool", "redux", "polaris");

    /** Whether token {@code k} is a slash joined to a word before it and a capitalized word after it. */
    private boolean joinedBySlash(int k) {
        return k > 0 && k + 1 < m.size && m.is(k, "/") && m.end[k - 1] == m.start[k] && m.end[k] == m.start[k + 1]
                && m.isCapitalized(k + 1);
    }

    /** Whether the mention opens with a possessor of capitalized words, ending at the possessive {@code k}. */
    private boolean opensWithPossessor(int from, int k) {
        int i = Lexicon.DETERMINERS.contains(m.lower[from]) ? from + 1 : from;
        if (i >= k) {
            return false;
        }
        for (; i < k; i++) {
            if (!m.isCapitalized(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean capitalizedBefore(int from, int k) {
        for (int i = from; i < k; i++) {
            if (m.isCapitalized(i) && !isCommonWord(i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} ends a lower-case role of the form "member of parliament", "head of state". */
    private boolean isRoleOfSomething(int k) {
        return k - 2 >= 0 && m.kind[k] == TextModel.WORD && !m.isCapitalized(k) && m.quote[k] < 0
                && !Lexicon.STOP.contains(m.lower[k]) && !Lexicon.DETERMINERS.contains(m.lower[k]) && m.is(k - 1, "of")
                && m.quote[k - 2] < 0 && !m.isCapitalized(k - 2) && Lexicon.ROLE_NOUNS.contains(m.lower[k - 2]);
    }

    /** Lower-case role words right before a name ("columnist", "White House spokesman"): {role, org}. */
    String[] roleBefore(int a) {
        int post = postTitleBefore(a);
        if (post >= 0) {
            int s = post;
            while (s - 1 >= 0 && m.isCapitalized(s - 1) && m.quote[s - 1] < 0 && m.sentence[s - 1] == m.sentence[a]
                    && m.sentenceStart(s) != s) {
                s--; // "U.S. Ambassador"
            }
            return new String[]{m.text.substring(m.start[s], m.end[a - 1]), ""};
        }
        int k = a - 1;
        int roleEnd = k;
        if (isRoleOfSomething(k)) {
            k -= 2; // "member of parliament"
        }
        int plainModifiers = 0;
        int firstPlain = -1;
        // within the name's paragraph: a heading before it ("From farm labor to party's rising star") is no role
        while (k >= 0 && a - k <= 6 && m.quote[k] < 0 && m.kind[k] == TextModel.WORD && m.paragraph[k] == m.paragraph[a]
                && (!m.isCapitalized(k) || m.sentenceStart(k) == k && ROLE_MODIFIERS.contains(m.lower[k]))) { // "Former …"
            String w = m.lower[k];
            if (roleWord(w) || ROLE_MODIFIERS.contains(w) || FAME_NOUNS.contains(w)) {
                k--; // "senator", "former", "meteorologist"
            } else if (w.equals("and") && k < roleEnd && k >= 1 && !m.isCapitalized(k - 1) && personsNoun(m.lower[k - 1])
                    && !(k >= 2 && ARTICLES.contains(m.lower[k - 2]))) {
                k--; // "beer expert and author Jo Hale": one person's two roles ("the mayor and council member …": two)
            } else if (k < roleEnd && plainModifiers < 2 && plainModifier(w) && !ROLE_MODIFIERS.contains(m.lower[k + 1])) {
                // not before "former": "to pressure former Vice President Mike Pence" gives no "pressure"
                firstPlain = firstPlain < 0 ? k : firstPlain;
                k--; // "energy minister", "radio host": a noun that says of what
                plainModifiers++;
            } else {
                break;
            }
        }
        if (firstPlain >= 0 && k >= 0 && m.isCapitalized(k)
                && (m.sentenceStart(k) == k || m.start[k] > 0 && m.text.charAt(m.start[k] - 1) == '\n')) {
            k = firstPlain; // "Real estate mogul X": a capital that opens a sentence or line may be the modifiers' own word
        }
        if (k == roleEnd) {
            return null;
        }
        String role = m.text.substring(m.start[k + 1], m.end[roleEnd]);
        if (ROLE_MODIFIERS.contains(m.lower[k + 1])) {
            role = lowerFirst(role); // "Former secretary of state" opened its sentence
        }
        String org = "";
        if (k - 1 >= 0 && (m.is(k, "’s") || m.is(k, "'s")) && m.isCapitalized(k - 1) && m.quote[k - 1] < 0) {
            k--; // "Qatar’s energy minister": the owner is the organization
        }
        int orgEnd = k;
        while (k >= 0 && m.quote[k] < 0 && (m.isCapitalized(k) && !Lexicon.STOP.contains(m.lower[k])
                && !ARTICLES.contains(m.lower[k]) && !POSSESSIVE_PRONOUNS.contains(m.lower[k]) || joinsAName(k, orgEnd))) {
            k--; // "The Harbor League chairman": the organization is "Harbor League", "The historian", "His son" have none
        }
        // "Former White House chief of staff": a former chief of staff at the White House ("Former Finnish prime
        // minister" is described below; in "Former President Donald Trump's personal attorney" the owner is former)
        boolean owned = m.is(orgEnd + 1, "’s") || m.is(orgEnd + 1, "'s");
        boolean formerly = k + 1 < orgEnd && ROLE_MODIFIERS.contains(m.lower[k + 1]) && !describeTheRole(k + 1, orgEnd)
                && !owned;
        if (formerly) {
            role = m.lower[k + 1] + " " + role;
            k++;
        }
        int owner = bodyOwning(k);
        if (k < orgEnd && owner >= 0) {
            if (holdsOrganizationWord(k + 1, orgEnd)) {
                // "Barry County Sheriff’s Office detective": the owner's office is the organization
                return new String[]{role, m.text.substring(m.start[owner], m.end[orgEnd])};
            }
            // "IRC’s Pakistan country director", "WHO’s Europe regional director": the place belongs to the post, the
            // owner is the organization
            return new String[]{m.text.substring(m.start[k + 1], m.end[orgEnd]) + " " + role,
                    m.text.substring(m.start[owner], m.end[k - 1])};
        }
        if (k < orgEnd && (honour(k + 1, orgEnd) || HONOURED.contains(m.lower[roleEnd]))) {
            // "Hall of Fame quarterback", "Olympic champion", "Two-time Super Bowl champion", "U.S. Open champion": an
            // honour that describes the role, no body one works for
            return new String[]{lowerFirstIfCommon(k + 1, m.text.substring(m.start[k + 1], m.end[orgEnd]) + " " + role), ""};
        }
        if (k < orgEnd && hyphenatedAdjective(m, orgEnd)) {
            // "Oscar-winning actor", "Los Angeles-based filmmaker", "Levesque Beaubien Inc Toronto-based analyst": the
            // capitalized words after a company's legal form describe the role
            int body = orgEnd - 1;
            while (body > k && !Lexicon.COMPANY_FORMS.contains(m.lower[body])) {
                body--;
            }
            String described = m.text.substring(m.start[body + 1], m.end[orgEnd]) + " " + role;
            return new String[]{body > k ? described : lowerFirstIfCommon(k + 1, described),
                    body > k ? m.text.substring(m.start[k + 1], m.end[body]) : ""};
        }
        if (k < orgEnd && (k < 0 || !m.isCapitalized(k) || ARTICLES.contains(m.lower[k]) || formerly)) {
            org = m.text.substring(m.start[k + 1], m.end[orgEnd]);
            if (describeTheRole(k + 1, orgEnd)) {
                // "German artist Boris Eldagsen", "former Finnish leader Hale", "Conspiracy theorist Alex Jones"
                String described = (nationality(m.lower[k + 1]) ? org : lowerFirst(org)) + " " + role;
                boolean former = k >= 0 && ROLE_MODIFIERS.contains(m.lower[k]) && !m.isCapitalized(k) && m.quote[k] < 0;
                return new String[]{former ? m.token(k) + " " + described : described, ""};
            }
        }
        return new String[]{role, org};
    }

    /**
     * Capitalized words before a role that belong to it: nationalities and "Former" ("Former Finnish prime minister",
     * "German artist"), or a common word capitalized only because it opens the sentence, one the article writes in lower
     * case or an adjective ("Conspiracy theorist", "Legendary actor"); not an organization ("AccuWeather", "CNN").
     */
    private boolean describeTheRole(int from, int to) {
        if (properWords == null) {
            properWords = properWords();
        }
        for (int k = from; k <= to; k++) {
            String w = m.lower[k];
            String token = m.token(k);
            boolean commonAtStart = k == from && opensAClause(k) && !properWords.contains(w)
                    && token.chars().skip(1).noneMatch(Character::isUpperCase)
                    && (writtenInLowerCase(w) || adjective(w) && !Lexicon.ORG_WORDS.contains(w));
            if (!nationality(w) && !ROLE_MODIFIERS.contains(w) && !(commonAtStart && from == to)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether token {@code k} ends a name of its own, so that an "and" after it joins two names: a body's word, a title
     * or role, initials, or a surname after a given name ("Fox News and NBC", "Ambassador John Bolton and …").
     */
    private boolean endsAName(int k) {
        String token = m.token(k);
        return Lexicon.ORG_WORDS.contains(m.lower[k]) || Lexicon.isTitle(m.lower[k]) || Lexicon.ROLE_NOUNS.contains(m.lower[k])
                || token.length() >= 2 && token.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')
                || k >= 1 && GivenNames.gender(m.lower[k - 1]) != '?';
    }

    /** A word with an adjective's ending ("Legendary", "Famous", "Retired"), capitalized as a sentence's first. */
    private static boolean adjective(String w) {
        return w.length() > 5 && (w.endsWith("ary") || w.endsWith("ous") || w.endsWith("ful") || w.endsWith("ive")
                || w.endsWith("ed"));
    }

    /**
     * Whether token {@code k} is an "of" (or the "the" after it), or an "and" before an organization's word, between
     * capitalized words of an organization ("Board of Governors member", "Department of the Interior spokesman").
     */
    private boolean joinsAName(int k, int orgEnd) {
        if (k >= 2 && k < orgEnd && m.is(k, "the") && m.is(k - 1, "of")) {
            return m.isCapitalized(k + 1) && joinsAName(k - 1, orgEnd);
        }
        if (k >= 1 && k < orgEnd && (m.is(k, "and") || m.is(k, "&")) && m.isCapitalized(k - 1) && m.isCapitalized(k + 1)
                && m.quote[k - 1] < 0 && Lexicon.ORG_WORDS.contains(m.lower[orgEnd]) && !endsAName(k - 1)) {
            return true; // "House Ways and Means Committee chairman"; not "Author and U.S. Senate candidate"
        }
        int after = m.is(k + 1, "the") ? k + 2 : k + 1;
        // not "in March of Republican state Rep. Jo Hale", "Supporters of Brazilian former President …"
        return k >= 1 && k < orgEnd && m.is(k, "of") && m.isCapitalized(k - 1) && after <= orgEnd && m.isCapitalized(after)
                && m.quote[k - 1] < 0 && m.sentenceStart(k) != k && !MentionFinder.TIME_NOUNS.contains(m.lower[k - 1])
                && !(m.sentenceStart(k - 1) == k - 1 && (Lexicon.PEOPLE_GROUPS.contains(m.lower[k - 1])
                || Lexicon.INDEFINITE.contains(m.lower[k - 1]) || m.is(k - 1, "each") || m.is(k - 1, "all")));
    }

    /**
     * Whether token {@code k} is a capitalized compound adjective: words joined by hyphens, the last in lower case
     * ("Oscar-winning", "Houston-based", "Late-night", "Anti-government"); not a team's short name ("D-backs").
     */
    static boolean hyphenatedAdjective(TextModel m, int k) {
        String token = m.token(k);
        int first = token.indexOf('-');
        String last = token.substring(token.lastIndexOf('-') + 1);
        return first >= 2 && last.length() >= 3 && last.chars().allMatch(Character::isLowerCase);
    }

    /**
     * The role in lower case when its first word is capitalized only because it opens the clause ("Late-night host",
     * "Five-time champion").
     */
    private String lowerFirstIfCommon(int k, String role) {
        String head = m.lower[k].split("-")[0];
        return opensAClause(k) && writtenInLowerCase(head) ? lowerFirst(role) : role;
    }

    private boolean holdsOrganizationWord(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (Lexicon.ORG_WORDS.contains(m.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of an organization's name whose possessive is token {@code k} ("IRC’s", "MIT Technology Review's":
     * an acronym or a name with an organization's word, not a person's or a country's: "Fetterman’s opponent"), or -1.
     */
    private int bodyOwning(int k) {
        if (k < 1 || !(m.is(k, "’s") || m.is(k, "'s")) || !m.isCapitalized(k - 1) || m.quote[k - 1] >= 0) {
            return -1;
        }
        int owner = k - 1;
        boolean body = false;
        for (; owner >= 0 && m.isCapitalized(owner) && m.quote[owner] < 0 && m.sentence[owner] == m.sentence[k]; owner--) {
            String token = m.token(owner);
            body |= Lexicon.ORG_WORDS.contains(m.lower[owner]) || token.length() >= 2
                    && token.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
        }
        owner++;
        boolean country = owner == k - 1 && Lexicon.COUNTRIES.contains(m.lower[owner]);
        return body && !country && m.sentenceStart(owner) != owner ? owner : -1;
    }

    /** Whether token {@code k} opens its sentence or follows a quotation ("“…,” Political analyst Jo Hale wrote"). */
    private boolean opensAClause(int k) {
        return m.sentenceStart(k) == k || k >= 1 && m.closesQuote(k - 1);
    }

    /** Whether the article writes {@code w} in lower case somewhere: a common word, not a name ("Noem", "Cruz"). */
    private boolean writtenInLowerCase(String w) {
        if (lowerCaseWords == null) {
            lowerCaseWords = new HashSet<>();
            for (int k = 0; k < m.size; k++) {
                if (startsWith(k, false)) {
                    lowerCaseWords.add(m.lower[k]);
                }
            }
        }
        return lowerCaseWords.contains(w);
    }

    /** "german", "american", "chinese", "british", "finnish": a word for a nation or people. */
    private static boolean nationality(String w) {
        return w.length() > 4 && (w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish")) && !Lexicon.COUNTRIES.contains(w);
    }

    private static final Set<String> ARTICLES = Words.set("the", "a", "an");

    /** A comma or "and" among tokens {@code [from, to)}: the name after them is not the mention's head. */
    private boolean commaOrAndIn(int from, int to) {
        for (int k = from; k < to; k++) {
            if (m.is(k, ",") || m.is(k, "&") || m.is(k, "and") && !twoRolesJoined(from, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the mention opens with a person's name, a comma and an article or a role before {@code k} ("Jo Hale, a
     * farmer in Vell, Holm County", "Jo Hale, chairman of … at the University of California, San Francisco"; not
     * "Earlier Tuesday, his campaign manager, Jo Hale" nor "Russia, a country that …, Jo Hale").
     */
    private boolean opensWithANameAndComma(int from, int k) {
        int e = from;
        while (e < k && m.isCapitalized(e) && !isCommonWord(e)) {
            e++;
        }
        if (e == from || e + 1 >= k || !m.is(e, ",")
                || !ARTICLES.contains(m.lower[e + 1]) && (m.isCapitalized(e + 1) || !roleWord(m.lower[e + 1]))) {
            return false;
        }
        Name name = parseName(from, e - 1);
        return name != null && name.personLike();
    }

    /**
     * Whether the "and" at {@code and} joins two roles of one person, the first in capitalized and lower-case words
     * ("Team captain and Tottenham star Harry Kane"; not "The mayor and council member Tia Kasp": two people).
     */
    private boolean twoRolesJoined(int from, int and) {
        return and > from && !m.isCapitalized(and - 1) && roleWord(m.lower[and - 1]) && capitalizedBefore(from, and - 1);
    }

    /**
     * A participle after an article, maybe past an adverb, an adjective ("a noted fan", "the alleged victim", "a known
     * associate", "the defending champion", "a widely praised engineer").
     */
    private boolean participleAdjective(int k) {
        int article = k >= 2 && m.lower[k - 1].length() > 4 && m.lower[k - 1].endsWith("ly") ? k - 2 : k - 1;
        return article >= 0 && ARTICLES.contains(m.lower[article])
                && (m.lower[k].endsWith("ed") || m.lower[k].endsWith("ing") || m.is(k, "known"));
    }

    /** Months as news abbreviates them; their full names are among {@link MentionFinder#TIME_NOUNS}. */
    private static final Set<String> MONTH_ABBREVIATIONS = Words.set("jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
            "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

    /** Whether tokens {@code [from, to]} name an honour, maybe counted ("Hall of Fame", "Two-time Super Bowl"). */
    private boolean honour(int from, int to) {
        int start = m.lower[from].endsWith("-time") && from < to ? from + 1 : from;
        return DISTINCTIONS.contains(m.text.substring(m.start[start], m.end[to]).toLowerCase(Locale.ROOT));
    }

    /** Roles that an event or prize before them describes ("Wimbledon champion", "Nobel laureate"). */
    private static final Set<String> HONOURED = Words.set("champion", "champions", "laureate", "medalist", "medallist");

    /** Honours written in capitals before a role ("Hall of Fame quarterback", "Olympic champion"). */
    private static final Set<String> DISTINCTIONS = Words.set("hall of fame", "all-star", "pro bowl", "olympic",
            "paralympic", "world cup", "super bowl", "grand slam", "nobel", "nobel prize", "pulitzer", "pulitzer prize",
            "oscar", "emmy", "grammy", "tony", "world");

    /** Words of the title list that qualify a title ("State Sen.", "White House press secretary"), none alone. */
    private static final Set<String> TITLE_MODIFIERS = Words.set("state", "federal", "white", "house", "press", "staff",
            "campaign", "party", "foreign", "defense", "first");

    /** Words for someone famous in a field, before the name ("Tennis great Billie Jean King", "Country music legend …"). */
    private static final Set<String> FAME_NOUNS = Words.set("great", "legend", "icon", "star", "superstar", "legends", "greats");

    /** A lower-case word for what someone does: a role noun or title, or a noun of a profession ("meteorologist"). */
    private static boolean roleWord(String w) {
        return personsNoun(w) || Lexicon.TITLES.contains(w);
    }

    /** A noun for a person by what they do ("author", "epidemiologist"); not a title's other words ("campaign"). */
    private static boolean personsNoun(String w) {
        return Lexicon.ROLE_NOUNS.contains(w) || w.length() > 5 && (w.endsWith("ist") || w.endsWith("ian"));
    }

    /** A lower-case noun that may name a role's field: no function word, verb, adverb or number. */
    private static boolean plainModifier(String w) {
        return FIELDS_IN_ING.contains(w) || w.length() > 2 && w.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                && !Lexicon.STOP.contains(w) && !Lexicon.DETERMINERS.contains(w) && !Lexicon.PRONOUNS.contains(w)
                && CueLexicon.lemma(w) == null && !w.endsWith("ly") && !w.endsWith("ed") && !w.endsWith("ing")
                && !ClauseSubjects.isIrregularPast(w);
    }

    /** Fields of work that end in "-ing" ("planning minister", "housing secretary", "marketing director"). */
    private static final Set<String> FIELDS_IN_ING = Words.set("planning", "housing", "marketing", "banking", "trading",
            "mining", "shipping", "training", "engineering", "manufacturing", "accounting", "advertising", "broadcasting",
            "publishing", "nursing", "lending", "policing", "polling", "programming", "fundraising", "consulting",
            "farming", "fishing", "licensing", "purchasing", "recruiting", "scheduling");

    /**
     * The role of an appositive that opens its clause before a name ("Her campaign manager, Robby
     * Mook, said", "A spokesman for the State Department, John Kirby,", "Russia's foreign minister,
     * Sergei Lavrov,"): {role, organization}, or null. The phrase runs back from the comma before the
     * name to the sentence's start or another comma, opens with a determiner or an owner's
     * possessive, names a role in a lower-case word and holds no verb.
     */
    String[] roleAppositiveBefore(int nameFrom) {
        int comma = nameFrom - 1;
        if (comma < 1 || !m.is(comma, ",") || m.quote[comma] >= 0) {
            return null;
        }
        int start = comma;
        while (start > m.sentenceStart(comma) && comma - start < MentionFinder.MAX_APPOSITIVE
                && m.kind[start - 1] == TextModel.WORD && m.quote[start - 1] < 0 && !COORDINATORS.contains(m.lower[start - 1])
                && !invertedReportingVerb(start - 1) && !opensAClause(m.lower[start - 1])) {
            start--;
        }
        // "…, said the chief executive, John Ferriola.": an inverted cue opens the phrase as a comma does, and so does a
        // word that opens a clause before an owner's title ("weeks after Ukraine’s President, Volodymyr Zelensky, said")
        boolean opensClause = start == m.sentenceStart(comma) || m.is(start - 1, ",") || COORDINATORS.contains(m.lower[start - 1])
                || invertedReportingVerb(start - 1) || opensAClause(m.lower[start - 1]);
        if (start == comma || !opensClause) {
            return null;
        }
        String first = m.lower[start];
        boolean owner = m.isCapitalized(start) && start + 1 < comma && (m.is(start + 1, "’s") || m.is(start + 1, "'s"));
        if (start > 0 && opensAClause(m.lower[start - 1]) && !owner) {
            return null; // "after the Florida governor’s victory, Trump said": what happened, not a post
        }
        boolean possessive = false; // "The Podesta Group's CEO": a title in capitals after an owner's possessive
        if (!ROLE_DETERMINERS.contains(first) && !POSSESSIVE_PRONOUNS.contains(first) && !owner) {
            return null; // "Another critic, X,", "Some residents, X and Y,": a description, not a post
        }
        boolean role = false;
        for (int k = start; k < comma; k++) {
            String w = m.lower[k];
            if (Lexicon.FINITE_AUXILIARIES.contains(w) || CueLexicon.lemma(w) != null && !MentionFinder.bareNounLike(w)) {
                return null; // "The problem is, Jo Hale said": a clause, not a role
            }
            if (w.equals("to") && k + 1 < comma && !m.isCapitalized(k + 1) && !Lexicon.DETERMINERS.contains(m.lower[k + 1])
                    && !POSSESSIVE_PRONOUNS.contains(m.lower[k + 1])) {
                return null; // "warned by the principal to pay attention in class, Bowe said": an infinitive, not a post
            }
            possessive |= (w.equals("’s") || w.equals("'s")) && k > start && m.isCapitalized(k - 1);
            // "the Director of the Press Office of …, Matteo Bruni": a title in capitals right after the article
            boolean titleAfterArticle = k == start + 1 && ARTICLES.contains(first) && m.is(k + 1, "of");
            role |= (!m.isCapitalized(k) || possessive || titleAfterArticle)
                    && (Lexicon.ROLE_NOUNS.contains(w) || Lexicon.TITLES.contains(w));
        }
        if (!role) {
            return null;
        }
        // "Her campaign manager", "One resident": the role alone
        boolean dropFirst = POSSESSIVE_PRONOUNS.contains(first) || first.equals("one") && !m.is(start + 1, "of");
        return PersonRegistry.splitRole(m.text.substring(m.start[dropFirst ? start + 1 : start], m.end[comma - 1]));
    }

    /** A lower-case word that opens a clause, and so a role written before a name after it. */
    private static boolean opensAClause(String w) {
        return Lexicon.SUBORDINATORS.contains(w) || w.equals("that") || w.equals("if") || w.equals("where");
    }

    /** A reporting verb after a comma or a quotation, its source after it ("“…,” said the chief executive, …"). */
    private boolean invertedReportingVerb(int k) {
        return k >= 1 && m.quote[k] < 0 && !m.isCapitalized(k) && CueLexicon.lemma(m.lower[k]) != null
                && !MentionFinder.bareNounLike(m.lower[k]) && (m.is(k - 1, ",") || m.closesQuote(k - 1));
    }

    /**
     * The title word of a post "to" or "of" a place abbreviated with dots that ends right before token {@code a}
     * ("Ambassador to the U.N. Linda …", "envoy to the U.S. Tom …"), or of a post "to" a country named in one word
     * ("Ambassador to Israel Tom …"), or of an office with its field ("Secretary of Transportation Pete …"); -1 when
     * none ends there.
     */
    private int postTitleBefore(int a) {
        if (a - 4 >= 0 && (PLACE_ABBREVIATIONS.contains(m.lower[a - 1]) || PLACES_WITHOUT_DOTS.contains(m.lower[a - 1]))
                && m.is(a - 2, "the")
                && (m.is(a - 3, "to") || m.is(a - 3, "of")) && isPostTitle(a - 4)) {
            return a - 4;
        }
        if (a - 3 >= 0 && (Lexicon.COUNTRIES.contains(m.lower[a - 1]) || COUNTRIES_ALSO_NAMES.contains(m.lower[a - 1]))
                && m.isCapitalized(a - 1) && m.is(a - 2, "to") && isPostTitle(a - 3)) {
            return a - 3;
        }
        int field = a - 1; // "Secretary of Homeland Security Jeh …": a title of office with its field
        while (field >= 0 && a - field <= 3 && m.isCapitalized(field) && m.quote[field] < 0) {
            field--;
        }
        if (field < a - 1 && field - 1 >= 0 && m.is(field, "the") && a < m.size && GivenNames.gender(m.lower[a]) != '?') {
            field--; // "Secretary of the Treasury Janet …", where a given name follows (not "… of the Olympic Committee")
        }
        if (field < a - 1 && field - 1 >= 0 && m.is(field, "of") && isCapitalizedTitle(field - 1)) {
            return field - 1;
        }
        return -1;
    }

    /** A capitalized title word, also after "then-" or "ex-" ("then-Secretary of State Colin Powell"). */
    private boolean isCapitalizedTitle(int k) {
        String token = m.token(k);
        int dash = token.startsWith("then-") || token.startsWith("ex-") ? token.indexOf('-') + 1 : 0;
        return m.quote[k] < 0 && dash < token.length() && Character.isUpperCase(token.charAt(dash))
                && Lexicon.TITLES.contains(m.lower[k].substring(dash));
    }

    private boolean isPostTitle(int k) {
        return m.quote[k] < 0 && (Lexicon.TITLES.contains(m.lower[k]) || Lexicon.ROLE_NOUNS.contains(m.lower[k]));
    }

    /** Countries whose names are also names of people, left out of {@link Lexicon#COUNTRIES} for that reason. */
    private static final Set<String> COUNTRIES_ALSO_NAMES = Words.set("israel", "jordan", "chad", "georgia", "holland",
            "wales");

    /** Dotted abbreviations of countries and unions, which never open a person's name ("J.D." may). */
    private static final Set<String> PLACE_ABBREVIATIONS = Words.set("u.s.", "u.n.", "u.k.", "e.u.", "u.s.a.");
    /** The same places written without dots, which end a post only after a title ("Ambassador to the UN Martin …"). */
    private static final Set<String> PLACES_WITHOUT_DOTS = Words.set("us", "un", "uk", "eu", "usa");

    /** Words that qualify a role rather than name who it is held for ("former", "acting"). */
    private static final Set<String> ROLE_MODIFIERS = Words.set("former", "acting", "interim", "outgoing", "incoming",
            "retired");
    private static final Set<String> POSSESSIVE_PRONOUNS = Words.set("his", "her", "their", "its", "our", "my", "your");
    private static final Set<String> ROLE_DETERMINERS = Words.set("the", "a", "an", "one");

    /** End token of an appositive ", a senior specialist at …," after a name, or -1. */
    int appositiveAfter(int nameEnd) {
        int c = nameEnd + 1;
        if (c + 3 < m.size && m.lower[c].equals(",") && Character.isDigit(m.lower[c + 1].charAt(0))
                && m.lower[c + 1].length() <= 3 && m.lower[c + 2].equals(",")) {
            c += 2; // an age: "Jo Reyes, 67, a nurse …"
        }
        if (c + 1 >= m.size || !m.lower[c].equals(",") || m.quote[c + 1] >= 0 || m.kind[c + 1] != TextModel.WORD) {
            return -1;
        }
        if (MentionFinder.cueVerbAt(m, c + 1)) {
            return -1; // "Hale’s spokeswoman, Tia Kasp, said the mayor …": the verb after the name's comma opens no role
        }
        if (COORDINATORS.contains(m.lower[c + 1])) {
            return -1; // "her husband, Bill Clinton, and daughter Chelsea": a list goes on, no role follows
        }
        String first = m.lower[c + 1];
        if (first.length() > 4 && first.endsWith("ly") && !m.isCapitalized(c + 1) && !Lexicon.ROLE_NOUNS.contains(first)) {
            return -1; // "using Mr. Clinton, particularly in the general election,": an adverb opens no role
        }
        int limit = m.sentenceEnd(c);
        int e = c + 1;
        while (e + 1 <= limit && e - c < MentionFinder.MAX_APPOSITIVE && m.quote[e + 1] < 0
                && !m.lower[e + 1].equals(",") && !m.lower[e + 1].equals(";") && !m.lower[e + 1].equals(".")
                && !(MentionFinder.cueVerbAt(m, e + 1)
                && !(m.is(e + 1, "think") && m.is(e + 2, "tank")) // "a Washington think tank" is no verb
                && !participleAdjective(e + 1))) { // "the celebrated space entrepreneur": an adjective
            e++;
        }
        if (e + 1 <= limit && m.quote[e + 1] >= 0 && e > c + 1 && TokenSpans.PP_PREPOSITIONS.contains(m.lower[e])) {
            e--; // "the author of “The Book,”": the role ends before the title's preposition
        }
        if (e - c >= MentionFinder.MAX_APPOSITIVE || !MentionFinder.looksLikeAppositive(m, c + 1, e)) {
            return -1;
        }
        if (e == c + 1 && Lexicon.DETERMINERS.contains(m.lower[e])) {
            return -1; // "For Amparo, the pledge could be …", "Bush, the reports show, …": a clause, no role "the"
        }
        if (e + 1 == limit && m.is(limit, ".") && opensItsSentence(nameEnd)) {
            // "Vance, Jo Timken and Sen. Matt Dolan remain behind.", "For Hetrick, the line links him to …": after a
            // name that opens its sentence, words that run to its stop are the sentence's own, not a role (a caption
            // or a pull quote's credit has no stop: "Gray Kimbrough, economist and professor")
            return -1;
        }
        if (m.lower[c + 1].equals("who") || m.lower[c + 1].endsWith("ing") && !m.is(c + 1, "acting")
                && !m.isCapitalized(c + 1)) {
            return -1; // a relative clause or a participle ("X, speaking at a meeting,") describes no role
        }
        for (int k = c + 1; k <= Math.min(e, c + 3); k++) {
            // "police chief Pete Arredondo, three months after a gunman killed …", "Jo Hale, while her rival …": when,
            // not who ("Dmitri Trenin, until recently director of …" and "…, president since 2008" keep their posts)
            if (Lexicon.SUBORDINATORS.contains(m.lower[k]) && !m.is(k, "as") && !m.is(k, "until")
                    && (k == c + 1 || MentionFinder.TIME_NOUNS.contains(m.lower[k - 1]))) {
                return -1;
            }
        }
        for (int k = c + 1; k <= e; k++) {
            if (RELATIVES.contains(m.lower[k])) {
                break;
            }
            if (Lexicon.FINITE_AUXILIARIES.contains(m.lower[k])) {
                return -1; // "According to Jo Hale, the pier was closed.": a clause, not an appositive
            }
        }
        return e;
    }

    /**
     * Whether the name ending at {@code nameEnd} opens its sentence, alone or after a preposition ("For Hetrick"), or
     * ends the phrase or clause that opens it ("A week after Afghanistan fell to the Taliban, the U.S. ramped up …").
     */
    private boolean opensItsSentence(int nameEnd) {
        int k = nameEnd;
        int start = m.sentenceStart(nameEnd);
        while (k - 1 >= start && m.isCapitalized(k - 1) && m.kind[k - 1] == TextModel.WORD) {
            k--;
        }
        if (k == start || k - 1 == start && SENTENCE_OPENING_PREPOSITIONS.contains(m.lower[start])) {
            return true;
        }
        int before = k - 1 >= start && m.is(k - 1, "the") ? k - 2 : k - 1;
        if (before < start || !TokenSpans.PP_PREPOSITIONS.contains(m.lower[before])) {
            return false; // not the object of the opening phrase's preposition ("fell to the Taliban", "closed in Indiana")
        }
        boolean opening = TokenSpans.PP_PREPOSITIONS.contains(m.lower[start]);
        for (int u = start; u < k; u++) {
            if (m.is(u, ",") || m.quote[u] >= 0 || CueLexicon.lemma(m.lower[u]) != null) {
                return false;
            }
            // "A week after …", "More than an hour after …" ("come as no surprise to Jo Hale, an author" opens no clause)
            opening |= u - start <= 4 && (Lexicon.SUBORDINATORS.contains(m.lower[u]) && !m.is(u, "as") || m.is(u, "if"));
        }
        return opening;
    }

    private static final Set<String> SENTENCE_OPENING_PREPOSITIONS = Words.set("for", "to", "with", "like", "unlike", "as");
    private static final Set<String> RELATIVES = Words.set("who", "whose", "which", "that", "where", "when");
    private static final Set<String> COORDINATORS = Words.set("and", "or", "but", "nor");

    /** First token of the appositive after a name (past an age). */
    int appositiveStart(int nameEnd) {
        int c = nameEnd + 1;
        if (c + 3 < m.size && Character.isDigit(m.lower[c + 1].charAt(0)) && m.lower[c + 2].equals(",")) {
            return c + 3;
        }
        return c + 1;
    }

    /** A parsed capitalized name: title words, name tokens and whether it looks like a person. */
    record Name(int from, int to, String text, String title, char honorific, boolean personLike) {
    }

    Name parseName(int from, int to) {
        if (photoCreditSlash(to + 1)) {
            return null; // a photographer's name in a credit ("Olivier Douliery/AFP"): no one the story speaks of
        }
        if (countsPictures(to + 1)) {
            return null; // a gallery's control and counter ("Hide Caption 48 of 49"): no one at all
        }
        if (to - from >= 2 && m.lower[to].equals(m.lower[to - 1]) && GivenNames.gender(m.lower[to - 2]) != '?') {
            return parseName(from, to - 1); // a gallery's title run into a caption: "… Boris Johnson Johnson leaves …"
        }
        int noble = Lexicon.DETERMINERS.contains(m.lower[from]) ? from + 1 : from;
        if (nobleTitleEnd(m, noble, to) == to) {
            char gender = FEMALE_NOBILITY.contains(m.lower[noble]) ? 'f' : 'm';
            return new Name(noble, to, m.text.substring(m.start[noble], m.end[to]), "", gender, true);
        }
        int runStart = afterPhotoCredit(from, to);
        int a = pastOfficeField(runStart, to);
        String office = officeEndingAt(runStart, a - 1); // "Minister of Mines and Energy" before "Subroto"
        while (a <= to && (Lexicon.DETERMINERS.contains(m.lower[a])
                || Lexicon.STOP.contains(m.lower[a]) && !MentionFinder.nameOpeningWord(m, a, to)
                && !MentionFinder.modalSurname(m, a)
                // "(CNN) When Garrett Dickman drove …", "the narrative: That Trump incited …"
                || a < to && (Lexicon.SUBORDINATORS.contains(m.lower[a]) || m.is(a, "that")))) {
            a++;
        }
        if (a > to) {
            return null;
        }
        int lastTitle = -1;
        char honorific = '?';
        for (int k = a; k <= to; k++) {
            String w = m.lower[k];
            if (k == to && !HONORIFICS.contains(w)
                    && (k > a && GivenNames.gender(m.lower[k - 1]) != '?' || givenNameSurnames.contains(w))) {
                break; // "Michael Head", "Lisa Judge", and then "Head": a title word after a given name is a surname
            }
            // "State Climatologist Omar Leathers": a word for a trade right after a title belongs to it
            boolean tradeAfterTitle = lastTitle >= 0 && k == lastTitle + 1 && k < to && GivenNames.gender(w) == '?'
                    && (Lexicon.ROLE_NOUNS.contains(w) || w.length() > 5 && w.endsWith("ist"));
            if (Lexicon.isTitle(w) || HONORIFICS.contains(w) || tradeAfterTitle) {
                lastTitle = k;
                if (w.startsWith("ms") || w.startsWith("mrs") || w.equals("miss") || w.equals("madam") || w.equals("dame")) {
                    honorific = 'f';
                } else if (w.startsWith("mr") || w.equals("sir")) {
                    honorific = 'm';
                }
            }
        }
        if (lastTitle == a && to == a + 1 && TITLE_MODIFIERS.contains(m.lower[a])) {
            lastTitle = -1; // "State Farm", "The State Journal-Register": no "State Sen." before a name, a body's name
        }
        int nameFrom = lastTitle >= 0 ? lastTitle + 1 : a;
        // "U.S. Steel", "U.N. Women": an organization of the place
        boolean placeFirst = PLACE_ABBREVIATIONS.contains(m.lower[a]) && to - a == 1;
        if (nameFrom < to && (PLACE_ABBREVIATIONS.contains(m.lower[nameFrom])
                || lastTitle >= 0 && PLACES_WITHOUT_DOTS.contains(m.lower[nameFrom])) && to - nameFrom >= 2) {
            nameFrom++; // "Ambassador to the U.N. Linda Thomas-Greenfield": the abbreviation ends the post
        }
        if (nameFrom > to) {
            return null;
        }
        String title = "";
        if (lastTitle >= a) {
            int tf = a;
            while (tf <= lastTitle && HONORIFICS.contains(m.lower[tf])) {
                tf++;
            }
            if (tf == a) {
                tf = officeTitleStart(a);
            }
            int te = lastTitle;
            while (te >= tf && HONORIFICS.contains(m.lower[te])) {
                te--; // "US Surgeon General Dr. Vivek Murthy": the role is "US Surgeon General"
            }
            boolean namesAnOffice = false;
            for (int k = tf; k <= te; k++) {
                namesAnOffice |= Lexicon.isTitle(m.lower[k]) || Lexicon.ROLE_NOUNS.contains(m.lower[k]);
            }
            // "But Mr. Trump", "Perhaps Mr. Comey": a sentence's first word before an honorific is no role
            title = tf <= te && namesAnOffice ? m.text.substring(m.start[tf], m.end[te]) : "";
        }
        if (title.isEmpty()) {
            title = office;
        }
        boolean personLike = to - nameFrom - particlesIn(nameFrom, to) <= 3; // "Luiz Inácio Lula da Silva" is one
        for (int k = nameFrom; k <= to && personLike; k++) {
            String w = m.lower[k];
            // "Bill Clinton", "Bill Nelson": a given name opens the name though "bill" is legislation ("the Farm Bill")
            boolean givenName = k == nameFrom && k < to && GivenNames.gender(w) != '?';
            if (Lexicon.ORG_WORDS.contains(w) && !givenName || FIELD_NAMES.contains(w) || STORMS.contains(w)
                    || w.chars().anyMatch(Character::isDigit) || w.endsWith("’s")
                    || w.endsWith("'s")
                    || m.token(k).length() > 1 && m.token(k).chars().allMatch(Character::isUpperCase) && m.token(k).length() > 3) {
                personLike = false;
            }
        }
        if (nameFrom == to && m.token(to).chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
            personLike = false; // acronyms (FBI, U.S.)
        }
        if (honorific == '?' && nameFrom < to && (Lexicon.US_STATES.contains(m.lower[to]) || Lexicon.COUNTRIES.contains(m.lower[to]))
                && GivenNames.gender(m.lower[nameFrom]) == '?') {
            personLike = false; // "SuperTalk Mississippi", "Bank Indonesia": a body of that place ("Gregory Poland" is he)
        }
        if (honorific == '?' && postInCapitals(nameFrom, to)) {
            personLike = false; // "Emergency Relief Coordinator": a post in capitals; "Martin Luther King" opens with a given name
        }
        if (placeFirst || honorific == '?' && teamAfterThe(nameFrom, to)) {
            personLike = false;
        }
        if (nameFrom == to && honorific == '?' && (Lexicon.COUNTRIES.contains(m.lower[to]) || Lexicon.US_STATES.contains(m.lower[to])
                || isDemonym(m.lower[to])) && !givenNameSurnames.contains(m.lower[to])) {
            // "Qatar, one of the world’s top suppliers,": a place; "a senior Chinese official": a people, unless the
            // article names someone so ("Mark Cuban … Cuban said", "Dr. Gregory Poland … Poland said")
            personLike = false;
        }
        String text = m.text.substring(m.start[nameFrom], m.end[to]);
        return new Name(nameFrom, to, text, title, honorific, personLike);
    }

    /**
     * Where a title ending at a name starts when an office's title reaches back over "of"
     * or "of the" ("Secretary of State John Kerry", "former Secretary of Defense Ash Carter": the name's
     * capitalized run starts at "State"; "Speaker of the House Nancy Pelosi"), or over a field joined by "and" ("Trade
     * and Industry Minister"); {@code a} itself otherwise.
     */
    private int officeTitleStart(int a) {
        if (a >= 2 && m.is(a - 1, "and") && m.isCapitalized(a - 2) && OFFICE_FIELDS.contains(m.lower[a - 2])) {
            return a - 2; // "Trade and Industry Minister Lee Hsien Loong", "Health and Human Services Secretary"
        }
        int of = a >= 3 && m.is(a - 1, "the") ? a - 2 : a - 1; // "Speaker of the House Nancy Pelosi"
        if (of < 1 || !m.lower[of].equals("of") || !(isCapitalizedTitle(of - 1) || capitalizedBody(of - 1))) {
            return a;
        }
        int k = of - 1;
        while (k > 0 && m.sentence[k - 1] == m.sentence[a] && m.kind[k - 1] == TextModel.WORD && m.quote[k - 1] < 0
                && (Lexicon.TITLES.contains(m.lower[k - 1]) || capitalizedBody(k - 1))) {
            k--;
        }
        return k;
    }

    /** A capitalized word for a body an office belongs to: "Bank" of "Bank of England Governor Mark Carney". */
    private boolean capitalizedBody(int k) {
        return m.quote[k] < 0 && m.isCapitalized(k) && Lexicon.ORG_WORDS.contains(m.lower[k]);
    }

    /** A capitalized determiner, pronoun or common noun ("The", "Officials" opening a sentence) is no name. */
    boolean isCommonWord(int t) {
        String w = m.lower[t];
        if (MentionFinder.modalSurname(m, t)) {
            return false; // "“…,” May said"
        }
        if (Lexicon.DETERMINERS.contains(w) || Lexicon.STOP.contains(w) || Lexicon.PRONOUNS.contains(withoutContraction(w))) {
            return true;
        }
        if ((MentionFinder.TIME_NOUNS.contains(w) || MONTH_ABBREVIATIONS.contains(w)) && t + 1 < m.size
                && Character.isDigit(m.lower[t + 1].charAt(0))) {
            return true; // "a Sept. 29 Instagram post", "May 5": a date
        }
        return (m.sentenceStart(t) == t || t > 0 && m.kind[t - 1] == TextModel.QUOTE)
                && (Lexicon.ANONYMOUS_HEADS.contains(w) || Lexicon.ROLE_NOUNS.contains(w))
                && !givenNameSurnames.contains(w); // "“…,” Head said" after "Michael Head"
    }

    /**
     * A capitalized run {@code [from, to]} after "the" (and at most two lower-case words) that ends in
     * a person's role: "the Kentucky Republican", "the warrior President" describe someone, name no one.
     */
    boolean isDescription(int from, int to) {
        if (m.lower[from].equals("the")) {
            return from < to && isDescription(from + 1, to); // a run that opens a sentence: "The Nevada Democrat"
        }
        int k = from - 1;
        while (k >= 0 && from - k <= 3 && m.kind[k] == TextModel.WORD && !m.isCapitalized(k) && !m.lower[k].equals("the")) {
            k--;
        }
        return k >= 0 && m.lower[k].equals("the") && (ROLE_HEADS.contains(m.lower[to])
                || PARTY_HEADS.contains(m.lower[to]) && to > from); // "the Utah Republican", not "the Republican"
    }

    /**
     * Words that end a description of a person: roles and titles ("leader" and "general" are left
     * out: "the Union Leader" is a newspaper, "the Inspector General" often an office), and party
     * members after a state or country ("the Kentucky Republican").
     */
    static final Set<String> ROLE_HEADS = Words.set("president", "senator", "governor", "minister",
            "chancellor", "premier", "secretary", "candidate", "nominee", "congressman", "congresswoman", "lawmaker",
            "mayor", "ambassador", "envoy", "spokesman", "spokeswoman", "chairman", "chairwoman", "commander",
            "king", "queen", "pope", "pontiff");
    private static final Set<String> PARTY_HEADS = Words.set("republican", "democrat", "independent");

    static boolean isPartyHead(String word) {
        return PARTY_HEADS.contains(word);
    }

    /** A pronoun without its contracted auxiliary ("i’d" → "i", "she’ll" → "she"); any other word as it is. */
    static String withoutContraction(String word) {
        int apostrophe = Math.max(word.indexOf('’'), word.indexOf('\''));
        return apostrophe > 0 && Lexicon.PRONOUNS.contains(word.substring(0, apostrophe)) ? word.substring(0, apostrophe) : word;
    }

    /** Words that stand before a name without being part of it: "former Twitter executives", "top U.S. officials". */
    private static final Set<String> MODIFIERS_BEFORE_A_NAME = Words.set("former", "top", "senior", "other", "new",
            "current", "acting", "leading", "local", "many", "several", "multiple", "recent", "year-to-date");

    /**
     * A mention that names no one, as a speaker ("officials", "the report"): its first word in lower case when the
     * capital was only the sentence's, and as written when the word is a proper noun ("Wisconsin organizers",
     * "Senate Republican leaders"), which the article shows by capitalizing it inside a sentence and never writing
     * it in lower case, or when it opens a name in capitals ("Finance Ministry officials", not "former Twitter
     * executives").
     */
    String described(String mention, int from) {
        if (properWords == null) {
            properWords = properWords();
        }
        boolean opensAName = mention.indexOf(' ') > 0 && from + 1 < m.size && m.kind[from + 1] == TextModel.WORD
                && m.isCapitalized(from + 1) && !Lexicon.STOP.contains(m.lower[from])
                && !Lexicon.DETERMINERS.contains(m.lower[from]) && !MODIFIERS_BEFORE_A_NAME.contains(m.lower[from]);
        return properWords.contains(m.lower[from]) || opensAName ? mention : lowerFirst(mention);
    }

    /**
     * The full name of the body that a capitalized word for a body at {@code k} shortens ("the Bank" after "the Bank of
     * England", "the Post" after "The Washington Post", "the Ministry" after "the Finance Ministry"): the nearest earlier
     * capitalized name outside quotations that ends with that word or opens with it before "of"; null when none does.
     */
    String fullBodyNameBefore(int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (!m.lower[j].equals(m.lower[k]) || !m.isCapitalized(j) || m.quote[j] >= 0) {
                continue;
            }
            int start = j;
            while (start - 1 >= 0 && (inTheSameName(start - 1, j) && !Lexicon.DETERMINERS.contains(m.lower[start - 1])
                    && !Lexicon.STOP.contains(m.lower[start - 1]) // "When Forbes “locked in” …" names Forbes
                    || start - 2 >= 0 && (m.is(start - 1, "and") || m.is(start - 1, "&")) && inTheSameName(start - 2, j)
                    && !Lexicon.ORG_WORDS.contains(m.lower[start - 2]))) {
                // "World Bank", "New York Times", "Securities and Exchange Commission" (not "the Fund and World Bank")
                start -= m.isCapitalized(start - 1) ? 1 : 2;
            }
            int end = j;
            if (j + 2 < m.size && m.is(j + 1, "of") && inTheSameName(j + 2, j)) {
                end = j + 2; // "Bank of England", "Ministry of Finance"
                while (end + 1 < m.size && inTheSameName(end + 1, j)) {
                    end++;
                }
            }
            if (start < j || end > j) {
                return m.text.substring(m.start[start], m.end[end]);
            }
        }
        return null;
    }

    /** Whether token {@code t} is a capitalized word outside quotations in the sentence of token {@code j}. */
    private boolean inTheSameName(int t, int j) {
        return m.kind[t] == TextModel.WORD && m.isCapitalized(t) && m.quote[t] < 0 && m.sentence[t] == m.sentence[j];
    }

    /** Whether tokens {@code [from, to]} name a storm: "Hurricane Ian", "the typhoon Merbok", or "Ian" after those. */
    boolean namesAStorm(int from, int to) {
        if (stormNames == null) {
            stormNames = new HashSet<>();
            for (int k = 0; k + 1 < m.size; k++) {
                // a storm's given name, said alone later ("Ian"); not "Hurricane Putin", "the Hurricane Carter case"
                if (stormAt(k) && GivenNames.gender(m.lower[k + 1]) != '?') {
                    stormNames.add(m.lower[k + 1]);
                }
            }
        }
        while (from < to && Lexicon.DETERMINERS.contains(m.lower[from])) {
            from++;
        }
        return from == to && m.isCapitalized(from) && stormNames.contains(m.lower[from])
                || to == from + 1 && stormAt(from);
    }

    /** A storm's word before its capitalized name ("Hurricane Ian", not "the National Hurricane Center"). */
    private boolean stormAt(int k) {
        return STORMS.contains(m.lower[k]) && k + 1 < m.size && m.isCapitalized(k + 1)
                && !Lexicon.ORG_WORDS.contains(m.lower[k + 1]);
    }

    /** Built from the first letters alone: it reads every token of the article, once. */
    private Set<String> properWords() {
        Set<String> capitalized = new HashSet<>();
        for (int k = 1; k < m.size; k++) {
            if (startsWith(k, true) && m.kind[k - 1] == TextModel.WORD && !startsWith(k - 1, true)
                    && m.sentence[k] == m.sentence[k - 1]) { // after "the", "a 2012": inside a sentence
                capitalized.add(m.lower[k]);
            }
        }
        for (int k = 0; k < m.size && !capitalized.isEmpty(); k++) {
            if (startsWith(k, false) && capitalized.contains(m.lower[k])) {
                capitalized.remove(m.lower[k]);
            }
        }
        return capitalized;
    }

    /** A word whose first letter is an upper-case one ({@code upper}) or a lower-case one. */
    private boolean startsWith(int k, boolean upper) {
        if (m.kind[k] != TextModel.WORD) {
            return false;
        }
        char c = m.text.charAt(m.start[k]);
        return upper ? Character.isUpperCase(c) : Character.isLowerCase(c);
    }

    static String lowerFirst(String s) {
        if (s.isEmpty() || s.length() > 1 && (Character.isUpperCase(s.charAt(1)) || s.charAt(1) == '.')) {
            return s; // "US officials", "U.S. officials"
        }
        int space = s.indexOf(' ');
        String first = (space < 0 ? s : s.substring(0, space)).toLowerCase(Locale.ROOT).replaceAll("\\W+$", "");
        if (Lexicon.COUNTRIES.contains(first)) {
            return s; // "Britain and France": places speak as organizations do, by their names
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}

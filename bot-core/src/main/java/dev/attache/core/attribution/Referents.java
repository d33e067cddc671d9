package dev.attache.core.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the earlier person a pronoun, a capitalized description or a sentence's subject stands for, among the
 * person mentions the pre-pass recorded in text order and the people the registry holds.
 */
final class Referents {

    private static final int PRONOUN_WINDOW = 250;

    private final TextModel m;
    private final PersonRegistry registry;
    private final NamePhrases names;
    private final List<int[]> mentionTokens = new ArrayList<>(); // {last token, first token} of each person mention
    private final List<PersonRegistry.Person> mentionPeople = new ArrayList<>();

    Referents(TextModel m, PersonRegistry registry, NamePhrases names) {
        this.m = m;
        this.registry = registry;
        this.names = names;
    }

    /** Records the person mention at tokens {@code [from, to]}, which follows every mention recorded before. */
    void add(int from, int to, PersonRegistry.Person p) {
        mentionTokens.add(new int[]{to, from});
        mentionPeople.add(p);
    }

    /**
     * The person of this surname who was the subject of one of the last few sentences before token
     * {@code at}, the latest one: "Patricia Smith, mother of Sean Smith, rejected the claim. “…,”
     * Smith said" is she, and after "Homeland Security Secretary Jeh Johnson said …", "Johnson" is
     * he, not the Gary Johnson of an earlier paragraph. Null when none was.
     */
    PersonRegistry.Person subjectNamed(String surname, int at, char g) {
        for (int s = m.sentence[at] - 1; s >= 0 && s >= m.sentence[at] - RECENT_SUBJECTS; s--) {
            PersonRegistry.Person subject = clauseStart(s) < 0 ? null : subjectOf(s, g, 0);
            if (subject != null && subject.surname.equalsIgnoreCase(surname) && (g == '?' || subject.gender == g)) {
                return subject;
            }
        }
        return null;
    }

    private static final int RECENT_SUBJECTS = 8;

    /**
     * The person a capitalized description after "the" stands for ({@code [from, to]}, "the Kentucky
     * Republican"): one whose role holds the description's words ("Ukrainian President"), else who a
     * "he"/"she" there would be (the latest person introduced as some president is often another
     * one). Null when no person fits.
     */
    PersonRegistry.Person describedPerson(int from, int to) {
        String description = m.text.substring(m.start[from + 1], m.end[to]).toLowerCase(Locale.ROOT);
        PersonRegistry.Person p = registry.holderOfTheBarePost(description, from);
        if (p == null) {
            p = registry.mostRecentFitting(description, from, Set.of());
        }
        if (p == null) {
            // from the sentence before: a description does not stand for someone just named beside it
            // ("addressed to the attorney, Channing Phillips – the Utah Republican asks …")
            Referent referent = referent(m.sentenceStart(from), '?', 0, true);
            p = referent == null ? null : referent.person();
        }
        return p;
    }

    /**
     * The person last introduced before {@code from} whose role and organization hold the role
     * {@code head} (its abbreviation: "Gov.", or a role it covers: "representative" for "lawmaker") and every
     * capitalized word of the mention {@code [from, to]} ("the Ohio governor": "Ohio Gov. John Kasich", "the
     * Republican lawmaker": "Jo Hale, a Republican state representative"); null when none does.
     */
    PersonRegistry.Person introducedAs(int from, int to, String head) {
        List<String> places = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            if (m.isCapitalized(k) && !Lexicon.DETERMINERS.contains(m.lower[k])) {
                places.add(m.lower[k]);
            }
        }
        String abbreviation = ROLE_ABBREVIATIONS.getOrDefault(head, head);
        Set<String> fits = Lexicon.ROLE_FITS.getOrDefault(head, Set.of(head));
        return registry.mostRecent(from, p -> {
            String said = (p.role + " " + p.organization).toLowerCase(Locale.ROOT);
            return (fits.stream().anyMatch(said::contains) || said.contains(abbreviation))
                    && places.stream().allMatch(said::contains);
        });
    }

    private static final Map<String, String> ROLE_ABBREVIATIONS = Map.of("governor", "gov.",
            "senator", "sen.", "congressman", "rep.", "congresswoman", "rep.", "commander", "cmdr.");

    /** The person a pronoun refers to, the mention it was found by, and whether as its sentence's subject. */
    record Referent(PersonRegistry.Person person, int mentionToken, boolean bySubject) {
    }

    /**
     * What the pronoun at token {@code t} of gender {@code g} ('?' when unknown) refers to, without
     * recording anything: the most recent fitting person mention within {@link #PRONOUN_WINDOW}
     * tokens; when that mention is in an earlier sentence and {@code preferSubject} (not for "who",
     * which takes the nearest), the subject of that sentence if it has one ({@link #subjectOf}).
     * Null when no person fits.
     */
    Referent referent(int t, char g, int depth, boolean preferSubject) {
        return referent(t, g, depth, preferSubject, NOTHING_REPORTED);
    }

    /**
     * {@link #referent(int, char, int, boolean)} for the pronoun that reports the words at tokens {@code reported}
     * ({from, to}): a person the article named before and names again in them, not as their opening subject, is not
     * the pronoun ("Not one of Sunak’s proposals would help, he said": he is not Sunak); one it introduces there may
     * be ("Public commenter Deion Wilson called it “weak,” especially, he said, because …").
     */
    Referent referent(int t, char g, int depth, boolean preferSubject, int[] reported) {
        return referent(t, g, depth, preferSubject, reported, false);
    }

    private Referent referent(int t, char g, int depth, boolean preferSubject, int[] reported, boolean skipPlaces) {
        int i = mostRecentMention(t, g, reported, skipPlaces);
        if (i < 0) {
            return null;
        }
        int tok = mentionTokens.get(i)[0];
        if (preferSubject && m.sentence[tok] < m.sentence[t]) {
            PersonRegistry.Person subject = subjectOf(m.sentence[tok], g, depth);
            if (subject != null) {
                return new Referent(subject, tok, true);
            }
        }
        if (!skipPlaces && g != '?' && placeOrBody(i)) {
            // "when he landed in Hong Kong", "exports to the Community": the place still points to its sentence's
            // subject (above), but is not itself what "he" or "she" stands for
            return referent(t, g, depth, preferSubject, reported, true);
        }
        return new Referent(mentionPeople.get(i), tok, false);
    }

    static final int[] NOTHING_REPORTED = {-1, -1};

    /**
     * Whether the mention starting at token {@code first} is the subject that opens the reported words starting at
     * {@code from}, after a conjunction, titles or an opening phrase's comma at most ("So Volta is not worried, he
     * said", "In Louisville, Ms. Hale was shocked, she said"): journalists write so of the one who speaks.
     */
    private boolean opensTheWords(int first, int from) {
        if (first == from || m.is(first - 1, ",")) {
            return true;
        }
        for (int k = from; k < first; k++) {
            if (!OPENING_CONJUNCTIONS.contains(m.lower[k]) && !m.isCapitalized(k) && m.kind[k] == TextModel.WORD
                    || m.kind[k] != TextModel.WORD && m.quote[k] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the most recent person mention before token {@code t} that fits gender {@code g}, outside the
     * tokens {@code reported}, or -1.
     */
    private int mostRecentMention(int t, char g, int[] reported, boolean skipPlaces) {
        int lo = 0;
        int hi = mentionTokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentionTokens.get(mid)[0] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo - 1; i >= 0; i--) {
            int tok = mentionTokens.get(i)[0];
            if (t - tok > PRONOUN_WINDOW) {
                break;
            }
            if (m.paragraph[tok] != m.paragraph[t] && (isPhotoCaption(m.paragraph[tok]) || isHeading(m.paragraph[tok]))) {
                // a picture's caption ("… Olivier Douliery/AFP/Getty Images"), a heading or a link to another story
                // ("Iran pact: Trump destroyed it. Biden wants to restore it"): outside the story's flow
                continue;
            }
            if (objectOfOpeningPhrase(mentionTokens.get(i)[1], tok, t) || tok >= reported[0] && tok <= reported[1]
                    && mentionPeople.get(i).introducedAt < reported[0] && !opensTheWords(mentionTokens.get(i)[1], reported[0])) {
                continue;
            }
            PersonRegistry.Person p = mentionPeople.get(i);
            if (fits(p, g) && !(g != '?' && namesTheBodyOfTheMentionBefore(i)) && !(skipPlaces && placeOrBody(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether mention {@code i} is the body the person mentioned just before it in its sentence works for, or a part
     * of its name ("Madina Abilpanova, a managing partner at DM Associates.", "Ken Sharp, an Iowa Department of Public
     * Health administrator", "John Mason of Interstate Securities"): "she" after it is that person, not the body.
     */
    private boolean namesTheBodyOfTheMentionBefore(int i) {
        if (i == 0) {
            return false;
        }
        PersonRegistry.Person before = mentionPeople.get(i - 1);
        PersonRegistry.Person p = mentionPeople.get(i);
        // a person of one word before ("March, athletics director Jim Phillips met …") is more often a misread place
        return before != p && before.name.contains(" ")
                && m.sentence[mentionTokens.get(i - 1)[0]] == m.sentence[mentionTokens.get(i)[0]]
                && (holdsWords(before.organization, p.name) || holdsWords(before.role, p.name)
                || p.gender == '?' && ofTheMentionBefore(i)); // not "Day One of Modi's visit"
    }

    /**
     * Whether mention {@code i} is a name, of someone whose gender is unknown, after "in", "the", "into" or another of
     * {@link #PLACE_PREPOSITIONS} ("when he landed in Hong Kong", "exports to the Community", "spill over into Hong
     * Kong"): a place or a body, which "he" or "she" does not stand for ("the Republican lawmaker" describes a person,
     * and ends in a lower-case noun).
     */
    private boolean placeOrBody(int i) {
        int first = mentionTokens.get(i)[1];
        return mentionPeople.get(i).gender == '?' && m.isCapitalized(mentionTokens.get(i)[0]) && first >= 1
                && PLACE_PREPOSITIONS.contains(m.lower[first - 1]);
    }

    /** Whether mention {@code i} follows the mention before it with "of" or "at" between ("John Mason of Interstate"). */
    private boolean ofTheMentionBefore(int i) {
        int first = mentionTokens.get(i)[1];
        return first >= 2 && (m.is(first - 1, "of") || m.is(first - 1, "at")) && mentionTokens.get(i - 1)[0] == first - 2;
    }

    /** Whether {@code words} holds {@code name} as whole words ("Iowa Department of Public Health", "Public Health"). */
    private static boolean holdsWords(String words, String name) {
        int at = words.indexOf(name);
        return at >= 0 && (at == 0 || words.charAt(at - 1) == ' ')
                && (at + name.length() == words.length() || words.charAt(at + name.length()) == ' ');
    }

    /**
     * Whether {@code p} may be what a pronoun of gender {@code g} stands for: of that gender or of none known, and for "he"
     * or "she" no company ("Salomon Brothers Inc", which the registry keeps as a name so that "Salomon" finds it) and no
     * place ("San Francisco", {@link Lexicon#PLACE_NAME_HEADS}).
     */
    private static boolean fits(PersonRegistry.Person p, char g) {
        if (g == '?') {
            return true;
        }
        String name = p.name.toLowerCase(Locale.ROOT);
        String first = name.substring(0, Math.max(0, name.indexOf(' ')));
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return (p.gender == '?' || p.gender == g) && !Lexicon.COMPANY_FORMS.contains(last)
                && !Lexicon.PLACE_NAME_HEADS.contains(first);
    }

    /**
     * Whether the mention {@code [from, to]} is the object in the phrase that opens the clause whose subject is the
     * pronoun at {@code t} ("Standing alongside Biden, he was frank", "After a call with President Xi, he said"): that
     * pronoun is someone else. The subject of an opening clause may be the pronoun's ("After Biden spoke, he left"),
     * and so may a topic ("According to Hale, she was never told", "As for Trump, he is not worried").
     */
    private boolean objectOfOpeningPhrase(int from, int to, int t) {
        if (!m.is(t - 1, ",") || !(m.is(t, "he") || m.is(t, "she")) || m.sentence[to] != m.sentence[t]) {
            return false;
        }
        for (int k = to + 1; k < t - 1; k++) {
            if (m.kind[k] == TextModel.PUNCT) {
                return false;
            }
        }
        if (to + 1 < t - 1 && !Lexicon.PREPOSITIONS.contains(m.lower[to + 1])) {
            return false; // a verb after the name: it is the opening clause's subject
        }
        int k = from - 1;
        while (k >= 0 && from - k <= 4 && m.sentence[k] == m.sentence[t]
                && (m.isCapitalized(k) || Lexicon.DETERMINERS.contains(m.lower[k]))) {
            k--; // "with the Russian President Vladimir Putin": past the title to the preposition
        }
        if (k < 0 || m.sentence[k] != m.sentence[t] || TOPIC_WORDS.contains(m.lower[k])
                || k > 0 && TOPIC_WORDS.contains(m.lower[k - 1])) {
            return false; // "As for Trump, he said he's not worried": the pronoun's own topic
        }
        return Lexicon.PREPOSITIONS.contains(m.lower[k]) || m.lower[k].endsWith("ing");
    }

    /** Words that make the person after them the topic, whom the clause's pronoun may well be. */
    private static final Set<String> TOPIC_WORDS = Words.set("according", "as", "comes", "came", "regarding",
            "concerning");

    /** Prepositions whose object a clause's opening phrase names; not {@link #OPENING_PHRASE_WORDS}' subordinators. */

    /**
     * Whether paragraph {@code p} ends with a photo credit, nothing but capitalized words after its slash
     * ("… Stringer/AFP/Getty Images", "(Photo: Jo Hale/USA TODAY)"; not "… a Suffolk/USA TODAY poll").
     */
    private boolean isPhotoCaption(int p) {
        if (photoCaptions == null) {
            photoCaptions = new byte[m.paragraphs.size()];
        }
        if (photoCaptions[p] == 0) {
            boolean credit = false;
            for (int k = lastWordOf(p); k >= 0 && m.paragraph[k] == p && !credit; k--) {
                credit = names.photoCreditSlash(k);
                if (!credit && m.kind[k] == TextModel.WORD && !m.isCapitalized(k)) {
                    break;
                }
            }
            photoCaptions[p] = (byte) (credit ? 1 : 2);
        }
        return photoCaptions[p] == 1;
    }

    private byte[] photoCaptions; // per paragraph: 0 not yet known, 1 a photo caption, 2 not

    /**
     * Whether paragraph {@code p} is a heading or a link to another story: a few words that end in a word, without the
     * stop that ends a story's sentences, and report no one's words (a long paragraph without its stop is the story's,
     * and so is "Jo Hale said: “…,” she said on Twitter"; "Courage and grace’: Jo Hale mourns …" is a link).
     */
    boolean isHeading(int p) {
        if (headings == null) {
            headings = new byte[m.paragraphs.size()];
        }
        if (headings[p] == 0) {
            headings[p] = (byte) (readsAsHeading(p) ? 1 : 2);
        }
        return headings[p] == 1;
    }

    private byte[] headings; // per paragraph: 0 not yet known, 1 a heading, 2 not

    private boolean readsAsHeading(int p) {
        int last = TokenSpans.firstToken(m, m.paragraphs.get(p).end() - 1);
        int first = TokenSpans.firstToken(m, m.paragraphs.get(p).start());
        if (last < 0 || m.paragraph[last] != p || m.kind[last] != TextModel.WORD || last - first >= MAX_HEADING_TOKENS) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (SAYING.contains(m.lower[k]) && m.quote[k] < 0) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SAYING = Words.set("said", "says", "told", "tells", "added", "adds", "wrote",
            "writes", "tweeted", "asked");

    private static final int MAX_HEADING_TOKENS = 30;

    /** The last word token of paragraph {@code p} (past closing brackets and stops), or -1. */
    private int lastWordOf(int p) {
        int k = TokenSpans.firstToken(m, m.paragraphs.get(p).end() - 1);
        while (k >= 0 && m.paragraph[k] == p && m.kind[k] != TextModel.WORD) {
            k--;
        }
        return k;
    }

    /**
     * The person who is the subject of sentence {@code sentence}'s main clause, fitting gender
     * {@code g}, or null when the subject is no named person (a nominal, a group, none found). The
     * subject is the first word after conjunctions, quotations and an opening phrase closed by a
     * comma ("At the peak of his speech, Zelensky handed Pelosi and Harris a flag": Zelensky, not
     * Harris), and must be followed by a lower-case word (its verb). A name before another name
     * modifies it ("Clinton campaign manager Robby Mook": Mook). A subject "he"/"she" stands for what
     * it refers to itself, followed back through a few sentences at most.
     */
    private PersonRegistry.Person subjectOf(int sentence, char g, int depth) {
        PersonRegistry.Person subject = mainClauseSubject(sentence, g, depth);
        return subject != null ? subject : viewpointHolder(sentence, g);
    }

    /**
     * The person whose view an opening "For X," gives when no person is the main clause's subject ("For Amparo,
     * the pledge could be a springboard …. “…,” he said": Amparo), or null.
     */
    private PersonRegistry.Person viewpointHolder(int sentence, char g) {
        int k = m.sentences.get(sentence)[0];
        while (k < m.size && m.sentence[k] == sentence && (m.kind[k] != TextModel.WORD || OPENING_CONJUNCTIONS.contains(m.lower[k]))
                && m.quote[k] < 0) {
            k++;
        }
        if (k + 1 >= m.size || !m.is(k, "for") || m.quote[k] >= 0) {
            return null;
        }
        int i = firstMentionFrom(k + 1);
        if (i < 0 || mentionTokens.get(i)[1] != k + 1 || !m.is(mentionTokens.get(i)[0] + 1, ",")) {
            return null;
        }
        PersonRegistry.Person p = mentionPeople.get(i);
        return fits(p, g) ? p : null;
    }

    private PersonRegistry.Person mainClauseSubject(int sentence, char g, int depth) {
        int k = clauseStart(sentence);
        if (k < 0) {
            return null;
        }
        if (g == 'm' && m.lower[k].equals("he") || g == 'f' && m.lower[k].equals("she")
                || g == '?' && (m.lower[k].equals("he") || m.lower[k].equals("she"))) {
            char chainedGender = g != '?' ? g : m.lower[k].equals("he") ? 'm' : 'f';
            Referent chained = depth < MAX_SUBJECT_CHAIN ? referent(k, chainedGender, depth + 1, true) : null;
            return chained == null ? null : chained.person();
        }
        int i = firstMentionFrom(k);
        if (i < 0) {
            return null;
        }
        int[] mention = mentionTokens.get(i);
        for (int u = k; u < mention[1]; u++) {
            if (m.kind[u] != TextModel.WORD && !m.lower[u].equals(".") || Lexicon.DETERMINERS.contains(m.lower[u])
                    || Lexicon.PRONOUNS.contains(m.lower[u]) || u - k >= 5) {
                return null; // the name is not where the subject stands ("She watched the Ali-Frazier fight")
            }
        }
        while (i + 1 < mentionTokens.size() && m.sentence[mentionTokens.get(i + 1)[1]] == sentence
                && onlyLowercaseWords(mentionTokens.get(i)[0] + 1, mentionTokens.get(i + 1)[1], 3)) {
            i++; // the first name modifies the next one
        }
        PersonRegistry.Person p = mentionPeople.get(i);
        int to = mentionTokens.get(i)[0];
        int appositive = names.appositiveAfter(to);
        int next = appositive > 0 ? appositive + 2 : to + 1;
        if (next + 1 < m.size && TIME_PREPOSITIONS.contains(m.lower[next]) && m.isCapitalized(next + 1)) {
            next += 2; // "Chaffetz on Tuesday requested …"
        }
        boolean verbNext = next < m.size && m.sentence[next] == sentence && m.kind[next] == TextModel.WORD
                && m.quote[next] < 0 && !m.isCapitalized(next) && !NOT_A_VERB.contains(m.lower[next]);
        boolean asks = ASKING.contains(m.lower[Math.min(next, m.size - 1)])
                || next + 1 < m.size && ASKING.contains(m.lower[next + 1]);
        // "Earhardt then asked Rubio …": who answers next is the one asked, not the subject
        return verbNext && !asks && fits(p, g) ? p : null;
    }

    /**
     * Where the main clause of a sentence starts: past opening quotations, dashes and conjunctions,
     * and past opening phrases that commas close ("In a town hall in Brooklyn, Clinton took …"; "To
     * Europeans, enduring a grim winter, Zelensky showed …": after a comma, a lower-case word other
     * than a pronoun or determiner goes on with the phrase); -1 when no comma closes it.
     */
    private int clauseStart(int sentence) {
        int k = m.sentences.get(sentence)[0];
        int end = m.sentences.get(sentence)[1];
        while (k <= end && (m.quote[k] >= 0 || m.kind[k] != TextModel.WORD || OPENING_CONJUNCTIONS.contains(m.lower[k]))) {
            k++;
        }
        while (k <= end && (OPENING_PHRASE_WORDS.contains(m.lower[k]) || opensParticiplePhrase(k)
                || !m.isCapitalized(k) && m.quote[k] < 0
                && !Lexicon.PRONOUNS.contains(m.lower[k]) && !Lexicon.DETERMINERS.contains(m.lower[k]))) {
            int u = k + 1;
            while (u <= end && !(m.lower[u].equals(",") && m.quote[u] < 0)) {
                u++;
            }
            k = u + 1; // "In June 2009, after Clinton suffered a concussion, Axelrod emailed …": past both phrases
        }
        return k <= end ? k : -1;
    }

    /**
     * Whether token {@code k} is a participle that opens a phrase ("Standing alongside Biden, …", "Walking to the next
     * address, …"): an -ing word before a preposition or a determiner, which a name ending in -ing ("King Charles",
     * "Sterling said") is not.
     */
    private boolean opensParticiplePhrase(int k) {
        return m.lower[k].endsWith("ing") && k + 1 < m.size
                && (Lexicon.PREPOSITIONS.contains(m.lower[k + 1]) || Lexicon.DETERMINERS.contains(m.lower[k + 1]));
    }

    /**
     * Whether the source mention at tokens {@code [from, to]} follows a comma or a quotation, or a cue
     * right after one ("…, said X"), and is not asking ("…,” X asked": who speaks next is the one asked).
     */
    boolean reportsTheSentence(int from, int to) {
        int b = from - 1;
        if (b > 0 && m.kind[b] == TextModel.WORD && CueLexicon.lemma(m.lower[b]) != null) {
            b--;
        }
        boolean asks = ASKING.contains(m.lower[from - 1 >= 0 ? from - 1 : from])
                || to + 1 < m.size && ASKING.contains(m.lower[to + 1]) || to + 2 < m.size && ASKING.contains(m.lower[to + 2]);
        return b >= 0 && (m.lower[b].equals(",") || m.kind[b] == TextModel.QUOTE) && !asks;
    }

    /** The first person mention starting at or after token {@code k} in its sentence, or -1. */
    private int firstMentionFrom(int k) {
        int lo = 0;
        int hi = mentionTokens.size();
        while (lo < hi) { // mentions are in text order
            int mid = (lo + hi) >>> 1;
            if (mentionTokens.get(mid)[1] < k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < mentionTokens.size() && m.sentence[mentionTokens.get(lo)[1]] == m.sentence[k] ? lo : -1;
    }

    private boolean onlyLowercaseWords(int from, int to, int max) {
        if (to - from > max) {
            return false;
        }
        for (int u = from; u < to; u++) {
            String w = m.lower[u];
            if (m.kind[u] != TextModel.WORD || m.isCapitalized(u) || NOT_A_VERB.contains(w)
                    || Lexicon.BETWEEN.contains(w) || w.endsWith("ed") || CueLexicon.lemma(w) != null) {
                return false; // a verb or an adverb stands between: "Hale then asked Vick", not "Hale aide Vick"
            }
        }
        return true;
    }

    private static final int MAX_SUBJECT_CHAIN = 3;
    private static final Set<String> TIME_PREPOSITIONS = Words.set("on", "in", "last", "this");
    private static final Set<String> ASKING = Words.set("asked", "asks", "ask", "pressed", "presses", "questioned",
            "interviewed", "challenged");
    /** Words after which a name of unknown gender is a place or a body ("in Hong Kong", "into Hong Kong", "the Community"). */
    private static final Set<String> PLACE_PREPOSITIONS = Words.set("in", "the", "into", "across", "near", "through",
            "throughout", "toward", "towards", "outside", "inside", "within");

    private static final Set<String> OPENING_CONJUNCTIONS = Words.set("and", "but", "so", "yet", "or", "still", "then");
    /** Capitalized words that open a phrase before the subject ("In Iowa, …", "When …, …", "On Monday, …"). */
    private static final Set<String> OPENING_PHRASE_WORDS = Words.set("in", "on", "at", "after", "before", "during",
            "when", "while", "as", "since", "despite", "although", "though", "if", "because", "unlike", "like",
            "for", "with", "without", "from", "by", "moments", "later", "earlier", "meanwhile", "however", "instead",
            "asked", "speaking", "writing", "addressing", "under", "over", "amid", "according", "once", "until", "to",
            "along", "besides", "beyond", "through", "against", "toward", "towards", "within", "behind");
    private static final Set<String> NOT_A_VERB = Words.set("and", "or", "of", "’s", "'s", "for", "in", "at", "on",
            "to", "with", "from", "by", "the", "a", "an");
}

package dev.attache.core.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a source mention to a {@link Speaker} within one article: full names and surnames
 * ("Kashin"), titles ("Mr. Kashin", "President Biden"), nominal mentions ("the expert" → the most
 * recent person introduced with a fitting role), pronouns (the most recent fitting person; for a
 * "he"/"she" after the sentence that named them, that sentence's subject), the
 * author for "I"/"we" in a speech. Anonymous sources ("officials", "a spokesperson") stay
 * anonymous: their speaker is named by the mention itself, in lower case, never by a guessed person.
 */
final class SpeakerResolver {

    private static final Set<String> HONORIFICS = Words.set("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr",
            "miss", "sir", "dame", "madam");
    private static final Set<String> NAME_PARTICLES = Words.set("de", "van", "von", "der", "del", "la", "le",
            "bin", "al", "da", "di", "du", "ibn", "el", "dos", "das");
    private static final int PRONOUN_WINDOW = 250;

    private final TextModel m;
    private final ArticleContext context;
    private final PersonRegistry registry = new PersonRegistry();
    private final List<int[]> mentionTokens = new ArrayList<>(); // {last token, first token} of each person mention
    private final List<PersonRegistry.Person> mentionPeople = new ArrayList<>();
    private int lastSpeakerToken = -1;
    private int lastSpeakerFrom = -1;
    private PersonRegistry.Person lastSpeaker;
    private int lastGroupToken = -1;
    private Speaker lastGroup;
    private final Set<String> givenNameSurnames = new HashSet<>(); // last words of names that open with a given name
    private int lastMentionEnd = -1; // the last token of the source mention resolved last, whatever it named
    private Optional<Speaker> lastMentionSpeaker = Optional.empty();

    SpeakerResolver(TextModel m, ArticleContext context) {
        this.m = m;
        this.context = context;
        prePass();
    }

    PersonRegistry registry() {
        return registry;
    }

    /** Registers the people the article introduces and where persons are mentioned. */
    private void prePass() {
        List<int[]> runs = new ArrayList<>();
        int t = 0;
        while (t < m.size) {
            if (m.quote[t] >= 0 || !m.isCapitalized(t)) {
                t++;
                continue;
            }
            int a = t;
            int b = t;
            int u = t + 1;
            while (u < m.size && m.quote[u] < 0 && m.sentence[u] == m.sentence[a]) {
                if (m.isCapitalized(u)) {
                    b = u;
                    u++;
                } else if (NAME_PARTICLES.contains(m.lower[u]) && u + 1 < m.size && m.isCapitalized(u + 1)) {
                    u++;
                } else {
                    break;
                }
            }
            runs.add(new int[]{a, b});
            t = b + 1;
        }
        runs.removeIf(run -> isDescription(run[0], run[1]));
        for (int[] run : runs) {
            if (run[1] > run[0] && GivenNames.gender(m.lower[run[0]]) != '?') {
                givenNameSurnames.add(m.lower[run[1]]); // "Mark Cuban": "Cuban" names him in this article
            }
        }
        List<NamedRun> named = new ArrayList<>();
        for (int[] run : runs) {
            Name name = parseName(run[0], run[1]);
            if (name != null && name.personLike) {
                named.add(new NamedRun(run[0], name));
            }
        }
        for (NamedRun run : named) {
            Name name = run.name();
            String[] ro = roleBefore(run.start());
            int appEnd = appositiveAfter(name.to);
            String role = name.title;
            String org = "";
            if (appEnd > 0 && namesAnOrganization(appositiveStart(name.to), appEnd)) {
                continue; // "Defense Priorities, a Washington think tank,": no person
            }
            if (appEnd > 0) {
                String[] split = PersonRegistry.splitRole(m.text.substring(m.start[appositiveStart(name.to)], m.end[appEnd]));
                role = split[0];
                org = split[1];
            } else if (ro != null) {
                role = ro[0] + (role.isEmpty() ? "" : " " + role);
                org = ro[1];
            }
            boolean evidence = !role.isEmpty() || name.honorific != '?' || name.to > name.from;
            if (!evidence) {
                continue;
            }
            PersonRegistry.Person p = registry.register(name.text, role, org, name.from, name.honorific);
            if (name.honorific != '?' && p.gender == '?') {
                p.gender = name.honorific;
            }
        }
        for (NamedRun run : named) {
            // a role named before the name ("Her campaign manager, Robby Mook, said"), for a person the
            // article gives no role after the name anywhere (those say more: "X, a longtime strategist")
            Name name = run.name();
            PersonRegistry.Person p = registry.byFullName(name.text);
            String[] ro = p != null && p.role.isEmpty() && name.from == run.start() && m.is(name.to + 1, ",")
                    ? roleAppositiveBefore(run.start()) : null;
            if (ro != null) {
                p.role = ro[0];
                p.organization = ro[1];
            }
        }
        for (NamedRun run : named) {
            PersonRegistry.Person p = lookup(run.name(), run.start());
            if (p != null) {
                mentionTokens.add(new int[]{run.name().to, run.name().from});
                mentionPeople.add(p);
            }
        }
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
    private boolean namesAnOrganization(int from, int to) {
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

    /** A capitalized run that parses as a person's name, from its first token. */
    private record NamedRun(int start, Name name) {
    }

    /**
     * The person a name stands for: by the full name, else (and for a surname alone, first) by the
     * surname, so that "Mr. Trump" finds Donald J. Trump even when "the former Mrs. Trump" left an
     * entry of the bare surname.
     */
    private PersonRegistry.Person lookup(Name name, int at) {
        PersonRegistry.Person p = name.from < name.to ? registry.byFullName(name.text) : null;
        if (p == null) {
            p = subjectNamed(m.token(name.to), at, name.honorific);
        }
        if (p == null) {
            p = registry.bySurname(m.token(name.to), at, name.honorific, titleOf(name));
        }
        if (p != null && name.from < name.to && p.name.indexOf(' ') > 0 && !givenNameFits(p, name)) {
            p = null; // "Kaitlynn Brown" is not the Morris Brown of the sentence before
        }
        return p == null ? registry.byFullName(name.text) : p;
    }

    /**
     * Whether a word before the surname of {@code name} starts as the person's first name does: "Joe
     * Biden" may be "Joseph R. Biden Jr.", and a run with a word before the name ("Moderator Bret
     * Baier") is still he.
     */
    private boolean givenNameFits(PersonRegistry.Person p, Name name) {
        char initial = Character.toLowerCase(p.name.charAt(0));
        for (int k = name.from; k < name.to; k++) {
            if (Character.toLowerCase(m.token(k).charAt(0)) == initial) {
                return true;
            }
        }
        return false;
    }

    /** The name's title, or a capitalized title word right before it that the mention left out ("President"). */
    private String titleOf(Name name) {
        int before = name.from - 1;
        return name.title.isEmpty() && before >= 0 && m.isCapitalized(before) && Lexicon.TITLES.contains(m.lower[before])
                ? m.token(before) : name.title;
    }

    /**
     * The person of this surname who was the subject of one of the last few sentences before token
     * {@code at}, the latest one: "Patricia Smith, mother of Sean Smith, rejected the claim. “…,”
     * Smith said" is she, and after "Homeland Security Secretary Jeh Johnson said …", "Johnson" is
     * he, not the Gary Johnson of an earlier paragraph. Null when none was.
     */
    private PersonRegistry.Person subjectNamed(String surname, int at, char g) {
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
     * The start of a person's name that ends the mention after a role held in or for the first name ("X’s campaign
     * manager, Tom Kasp", "Harbor League president Jo Hale", "Ukrainian member of parliament Jo Hale"), or -1.
     */
    private int laterName(int from, int to) {
        int k = to;
        while (k >= from && (m.isCapitalized(k) && !isCommonWord(k) || k > from && k < to
                && NAME_PARTICLES.contains(m.lower[k]) && m.isCapitalized(k - 1) && m.isCapitalized(k + 1))) {
            k--; // "Tamim bin Hamad Al Thani"
        }
        if (k < from || to - k < 1) {
            return -1;
        }
        int start = k + 1;
        if (to - k == 1) {
            // a surname alone after a role, behind another capitalized word: "Finnish premier Marin",
            // "former Finnish leader Stubb"; otherwise the mention's first capitalized word is the name anyway
            boolean role = !m.isCapitalized(k) && (Lexicon.ROLE_NOUNS.contains(m.lower[k]) || Lexicon.TITLES.contains(m.lower[k]));
            return role && !Lexicon.ORG_WORDS.contains(m.lower[to]) && capitalizedBefore(from, k) ? start : -1;
        }
        if (m.is(k, ",") && m.quote[k] < 0) {
            return start; // "one resident, Tia Kasp"
        }
        if (to - start >= 2 && postToAPlace(start + 1)) {
            return start + 1; // "U.S. Ambassador to the U.N. Linda Thomas-Greenfield"
        }
        if ((m.is(k, "’s") || m.is(k, "'s")) && opensWithPossessor(from, k)
                && (GivenNames.gender(m.lower[start]) != '?' || Lexicon.TITLES.contains(m.lower[start]))) {
            return start; // "Lithuania’s Prime Minister Ingrida Šimonytė", "NBC’s Dante Chinni"
        }
        if ((m.is(k, "of") || m.is(k, "for") || m.is(k, "on")) && titlePhrase(from, k)) {
            // "Ministry of Defense Spokesperson Tan Kefei": the name after the organization's last title word
            for (int r = to - 2; r >= start; r--) {
                if (Lexicon.TITLES.contains(m.lower[r]) || Lexicon.ROLE_NOUNS.contains(m.lower[r])) {
                    return r + 1;
                }
            }
        }
        boolean roleOfSomething = k - 2 >= from && isRoleOfSomething(k); // "member of parliament Jo Hale"
        return (Lexicon.ROLE_NOUNS.contains(m.lower[k]) || roleOfSomething) && !m.isCapitalized(k) ? start : -1;
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
     * Images Zelensky speaks …", "Patrick Semansky/AP Biden holds …"): after "Images", or after the upper-case
     * agency that a slash joins to the photographer's name; {@code from} when there is none.
     */
    private int afterPhotoCredit(int from, int to) {
        int a = from;
        for (int k = from; k < to; k++) {
            if (m.token(k).equals("Images") && k > from) {
                a = k + 1;
            }
        }
        if (a == from && from > 0 && m.is(from - 1, "/") && m.end[from - 1] == m.start[from]) {
            while (a < to && m.token(a).chars().allMatch(c -> Character.isUpperCase(c) || c == '-')) {
                a++; // "AP", "AFP", "EPA-EFE"
            }
        }
        return a;
    }

    /**
     * The end of a mention without the relative clause set off after its head: "the Qatari minister, who is also
     * CEO of QatarEnergy" is the minister; a description or a name is read from what comes before it.
     */
    private int beforeRelativeClause(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (m.is(k, ",") && m.quote[k] < 0 && (m.is(k + 1, "who") || m.is(k + 1, "whose") || m.is(k + 1, "which"))) {
                return k - 1;
            }
        }
        return to;
    }

    private static boolean verbLike(String word) {
        return word.endsWith("ed") || word.endsWith("ing") || ClauseSubjects.isIrregularPast(word);
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
    private String[] roleBefore(int a) {
        if (postToAPlace(a)) {
            int s = a - 4;
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
        while (k >= 0 && a - k <= 6 && m.quote[k] < 0 && m.kind[k] == TextModel.WORD
                && (!m.isCapitalized(k) || m.sentenceStart(k) == k && ROLE_MODIFIERS.contains(m.lower[k]))) { // "Former …"
            String w = m.lower[k];
            if (Lexicon.ROLE_NOUNS.contains(w) || Lexicon.TITLES.contains(w) || ROLE_MODIFIERS.contains(w)) {
                k--;
            } else if (k < roleEnd && plainModifiers < 2 && plainModifier(w)) {
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
        while (k >= 0 && m.quote[k] < 0 && m.isCapitalized(k) && !Lexicon.STOP.contains(m.lower[k])) {
            k--;
        }
        if (k < orgEnd && (k < 0 || !m.isCapitalized(k))) {
            org = m.text.substring(m.start[k + 1], m.end[orgEnd]);
        }
        return new String[]{role, org};
    }

    /** A lower-case noun that may name a role's field: no function word, verb, adverb or number. */
    private static boolean plainModifier(String w) {
        return w.length() > 2 && w.chars().allMatch(c -> Character.isLetter(c) || c == '-') && !Lexicon.STOP.contains(w)
                && !Lexicon.DETERMINERS.contains(w) && !Lexicon.PRONOUNS.contains(w) && CueLexicon.lemma(w) == null
                && !w.endsWith("ly") && !w.endsWith("ed") && !w.endsWith("ing") && !ClauseSubjects.isIrregularPast(w);
    }

    /**
     * The role of an appositive that opens its clause before a name ("Her campaign manager, Robby
     * Mook, said", "A spokesman for the State Department, John Kirby,", "Russia's foreign minister,
     * Sergei Lavrov,"): {role, organization}, or null. The phrase runs back from the comma before the
     * name to the sentence's start or another comma, opens with a determiner or an owner's
     * possessive, names a role in a lower-case word and holds no verb.
     */
    private String[] roleAppositiveBefore(int nameFrom) {
        int comma = nameFrom - 1;
        if (comma < 1 || !m.is(comma, ",") || m.quote[comma] >= 0) {
            return null;
        }
        int start = comma;
        while (start > m.sentenceStart(comma) && comma - start < MentionFinder.MAX_APPOSITIVE
                && m.kind[start - 1] == TextModel.WORD && m.quote[start - 1] < 0 && !COORDINATORS.contains(m.lower[start - 1])) {
            start--;
        }
        boolean opensClause = start == m.sentenceStart(comma) || m.is(start - 1, ",") || COORDINATORS.contains(m.lower[start - 1]);
        if (start == comma || !opensClause) {
            return null;
        }
        String first = m.lower[start];
        boolean owner = m.isCapitalized(start) && start + 1 < comma && (m.is(start + 1, "’s") || m.is(start + 1, "'s"));
        if (!ROLE_DETERMINERS.contains(first) && !POSSESSIVE_PRONOUNS.contains(first) && !owner) {
            return null; // "Another critic, X,", "Some residents, X and Y,": a description, not a post
        }
        boolean role = false;
        for (int k = start; k < comma; k++) {
            String w = m.lower[k];
            if (FINITE_AUXILIARIES.contains(w) || CueLexicon.lemma(w) != null && !MentionFinder.bareNounLike(w)) {
                return null; // "The problem is, Jo Hale said": a clause, not a role
            }
            role |= !m.isCapitalized(k) && (Lexicon.ROLE_NOUNS.contains(w) || Lexicon.TITLES.contains(w));
        }
        if (!role) {
            return null;
        }
        // "Her campaign manager", "One resident": the role alone
        boolean dropFirst = POSSESSIVE_PRONOUNS.contains(first) || first.equals("one") && !m.is(start + 1, "of");
        return PersonRegistry.splitRole(m.text.substring(m.start[dropFirst ? start + 1 : start], m.end[comma - 1]));
    }

    /** What a person says or writes, after the person's possessive: "Modi’s message", "Hale’s statement". */
    private static final Set<String> OWN_WORDS = Words.set("message", "statement", "words", "remarks", "tweet", "post",
            "letter", "speech", "testimony", "response", "reply", "answer", "verdict", "view", "advice", "warning");

    /**
     * Whether a post "to" or "of" a place abbreviated with dots ends right before token {@code a}: "Ambassador to the
     * U.N. Linda …", "envoy to the U.S. Tom …".
     */
    private boolean postToAPlace(int a) {
        return a - 4 >= 0 && PLACE_ABBREVIATIONS.contains(m.lower[a - 1]) && m.is(a - 2, "the")
                && (m.is(a - 3, "to") || m.is(a - 3, "of")) && m.quote[a - 4] < 0
                && (Lexicon.TITLES.contains(m.lower[a - 4]) || Lexicon.ROLE_NOUNS.contains(m.lower[a - 4]));
    }

    /** Dotted abbreviations of countries and unions, which never open a person's name ("J.D." may). */
    private static final Set<String> PLACE_ABBREVIATIONS = Words.set("u.s.", "u.n.", "u.k.", "e.u.", "u.s.a.");

    /** Words that qualify a role rather than name who it is held for ("former", "acting"). */
    private static final Set<String> ROLE_MODIFIERS = Words.set("former", "acting", "interim", "outgoing", "incoming",
            "retired");
    private static final Set<String> RELATION_PREPOSITIONS = Words.set("of", "for", "to");
    private static final Set<String> POSSESSIVE_PRONOUNS = Words.set("his", "her", "their", "its", "our", "my", "your");
    private static final Set<String> ROLE_DETERMINERS = Words.set("the", "a", "an", "one");

    /** End token of an appositive ", a senior specialist at …," after a name, or -1. */
    private int appositiveAfter(int nameEnd) {
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
                && !(m.is(e + 1, "think") && m.is(e + 2, "tank")))) { // "a Washington think tank" is no verb
            e++;
        }
        if (e + 1 <= limit && m.quote[e + 1] >= 0 && e > c + 1 && TokenSpans.PP_PREPOSITIONS.contains(m.lower[e])) {
            e--; // "the author of “The Book,”": the role ends before the title's preposition
        }
        if (e - c >= MentionFinder.MAX_APPOSITIVE || !MentionFinder.looksLikeAppositive(m, c + 1, e)) {
            return -1;
        }
        if (m.lower[c + 1].equals("who") || m.lower[c + 1].endsWith("ing") && !m.is(c + 1, "acting")
                && !m.isCapitalized(c + 1)) {
            return -1; // a relative clause or a participle ("X, speaking at a meeting,") describes no role
        }
        for (int k = c + 1; k <= e; k++) {
            if (RELATIVES.contains(m.lower[k])) {
                break;
            }
            if (FINITE_AUXILIARIES.contains(m.lower[k])) {
                return -1; // "According to Jo Hale, the pier was closed.": a clause, not an appositive
            }
        }
        return e;
    }

    private static final Set<String> RELATIVES = Words.set("who", "whose", "which", "that", "where", "when");
    private static final Set<String> COORDINATORS = Words.set("and", "or", "but", "nor");
    private static final Set<String> FINITE_AUXILIARIES = Words.set("is", "was", "were", "are", "has", "had",
            "have", "will", "would", "can", "could", "does", "did", "do");

    /** First token of the appositive after a name (past an age). */
    private int appositiveStart(int nameEnd) {
        int c = nameEnd + 1;
        if (c + 3 < m.size && Character.isDigit(m.lower[c + 1].charAt(0)) && m.lower[c + 2].equals(",")) {
            return c + 3;
        }
        return c + 1;
    }

    /** A parsed capitalized name: title words, name tokens and whether it looks like a person. */
    private record Name(int from, int to, String text, String title, char honorific, boolean personLike) {
    }

    private Name parseName(int from, int to) {
        int a = afterPhotoCredit(from, to);
        while (a <= to && (Lexicon.DETERMINERS.contains(m.lower[a])
                || Lexicon.STOP.contains(m.lower[a]) && !MentionFinder.nameOpeningWord(m, a, to)
                && !MentionFinder.modalSurname(m, a))) {
            a++;
        }
        if (a > to) {
            return null;
        }
        int lastTitle = -1;
        char honorific = '?';
        for (int k = a; k <= to; k++) {
            String w = m.lower[k];
            if (Lexicon.TITLES.contains(w) || HONORIFICS.contains(w)) {
                lastTitle = k;
                if (w.startsWith("ms") || w.startsWith("mrs") || w.equals("miss") || w.equals("madam") || w.equals("dame")) {
                    honorific = 'f';
                } else if (w.startsWith("mr") || w.equals("sir")) {
                    honorific = 'm';
                }
            }
        }
        int nameFrom = lastTitle >= 0 ? lastTitle + 1 : a;
        // "U.S. Steel", "U.N. Women": an organization of the place
        boolean placeFirst = PLACE_ABBREVIATIONS.contains(m.lower[a]) && to - a == 1;
        if (nameFrom < to && PLACE_ABBREVIATIONS.contains(m.lower[nameFrom]) && to - nameFrom >= 2) {
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
                namesAnOffice |= Lexicon.TITLES.contains(m.lower[k]) || Lexicon.ROLE_NOUNS.contains(m.lower[k]);
            }
            // "But Mr. Trump", "Perhaps Mr. Comey": a sentence's first word before an honorific is no role
            title = tf <= te && namesAnOffice ? m.text.substring(m.start[tf], m.end[te]) : "";
        }
        boolean personLike = to - nameFrom <= 3;
        for (int k = nameFrom; k <= to && personLike; k++) {
            String w = m.lower[k];
            // "Bill Clinton", "Bill Nelson": a given name opens the name though "bill" is legislation ("the Farm Bill")
            boolean givenName = k == nameFrom && k < to && GivenNames.gender(w) != '?';
            if (Lexicon.ORG_WORDS.contains(w) && !givenName || Character.isDigit(w.charAt(0)) || w.endsWith("’s") || w.endsWith("'s")
                    || m.token(k).length() > 1 && m.token(k).chars().allMatch(Character::isUpperCase) && m.token(k).length() > 3) {
                personLike = false;
            }
        }
        if (nameFrom == to && m.token(to).chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
            personLike = false; // acronyms (FBI, U.S.)
        }
        if (placeFirst) {
            personLike = false;
        }
        if (nameFrom == to && honorific == '?' && (Lexicon.COUNTRIES.contains(m.lower[to])
                || isDemonym(m.lower[to]) && !givenNameSurnames.contains(m.lower[to]))) {
            // "Qatar, one of the world’s top suppliers,": a place; "a senior Chinese official": a people, unless the
            // article names someone so ("Mark Cuban … Cuban said")
            personLike = false;
        }
        String text = m.text.substring(m.start[nameFrom], m.end[to]);
        return new Name(nameFrom, to, text, title, honorific, personLike);
    }

    /** Resolves the source mention at tokens {@code [from, to]}. */
    Optional<Speaker> resolve(int from, int to) {
        Optional<Speaker> speaker = resolveMention(from, to);
        lastMentionEnd = to;
        lastMentionSpeaker = speaker;
        return speaker;
    }

    private Optional<Speaker> resolveMention(int from, int to) {
        int mentionEnd = to; // what follows a person's mention starts after it, relative clause included
        to = beforeRelativeClause(from, to);
        String w0 = m.lower[from];
        if (from == to && Lexicon.PRONOUNS.contains(w0)) {
            return pronoun(from, w0);
        }
        if (from == to && (w0.equals("his") || w0.equals("her") || w0.equals("their"))) {
            return pronoun(from, w0.equals("his") ? "he" : w0.equals("her") ? "she" : "they");
        }
        if (MentionFinder.quantityLeft(m, to, from) == from) {
            // a poll's share ("42%", "Nearly nine out of 10"): an anonymous group, never a name
            return Optional.of(new Speaker(lowerFirst(m.text.substring(m.start[from], m.end[to])), "", ""));
        }
        if (to - 2 >= from && (m.is(to - 1, "’s") || m.is(to - 1, "'s")) && OWN_WORDS.contains(m.lower[to])) {
            return resolveMention(from, to - 2); // "Modi’s message: “…”": the words are Modi's
        }
        int later = laterName(from, to);
        if (later > from) {
            // "the mayor’s campaign manager, Tom Kasp", "Harbor League president Jo Hale", "one resident, Tia Kasp":
            // the person is the name after the role, not the one the role belongs to
            return resolveMention(later, mentionEnd);
        }
        // the capitalized name part, if any: the first capitalized run not made of titles only
        int a = from;
        while (a <= to && (!m.isCapitalized(a) || isCommonWord(a) || opensOfficeTitle(a, to))) {
            a++;
        }
        boolean startsIndefinite = Lexicon.INDEFINITE.contains(w0);
        String mention = m.text.substring(m.start[from], m.end[to]);
        int headAt = headIndex(from, to);
        String head = m.lower[headAt];
        boolean roleOfAPlace = w0.equals("the") && a <= to && a > headAt && ROLE_HEADS.contains(head); // "the senator from Vermont"
        // "the wife of Jo Hale", "the lawyer for Jo Hale": a description whose name is someone else's
        boolean relationOfAName = w0.equals("the") && a <= to && a > headAt && headAt > from && !m.isCapitalized(headAt)
                && RELATION_PREPOSITIONS.contains(m.lower[headAt + 1]);
        if (a <= to && !startsIndefinite && !(w0.equals("the") && modifiesACommonNoun(a, to)) && !roleOfAPlace
                && !relationOfAName) {
            int b = a;
            while (b + 1 <= to && (m.isCapitalized(b + 1) || NAME_PARTICLES.contains(m.lower[b + 1])
                    && b + 2 <= to && m.isCapitalized(b + 2))) {
                b++;
            }
            boolean possessive = b + 1 <= to && (m.lower[b + 1].equals("’s") || m.lower[b + 1].equals("'s"));
            if (b == to && w0.equals("the") && isDescription(a, to)) {
                // "the Kentucky Republican", "The Ukrainian President": a description of someone named before
                PersonRegistry.Person described = describedPerson(from, to);
                if (described == null) {
                    return Optional.of(new Speaker(lowerFirst(mention), "", ""));
                }
                return speaking(described, from, mentionEnd);
            }
            Name name = parseName(a, b);
            // "Store managers say", "“…,” Trump aides said": a single capitalized word that opens the mention or
            // its sentence right before a lower-case noun modifies that noun; the speaker is the group, not a
            // person of that name ("Trump, however," and "Christie and aides" keep the name, and so does a
            // verb after it that the mention ran over: "Axelrod tried")
            boolean commonNoun = name != null && name.from == name.to
                    && name.to < to && m.kind[name.to + 1] == TextModel.WORD && !m.isCapitalized(name.to + 1)
                    && !Lexicon.STOP.contains(m.lower[name.to + 1]) && hasLowercaseHead(from, to)
                    && (m.sentenceStart(name.from) == name.from || name.from == from && !verbLike(m.lower[name.to + 1]));
            PersonRegistry.Person known = name != null && name.personLike && !possessive && !commonNoun ? lookup(name, from) : null;
            if (known == null && name != null && name.from == from && name.to == from && m.sentenceStart(from) == from
                    && name.to < to && (m.is(name.to + 1, "of") || m.is(name.to + 1, "from"))) {
                // "Leaders of the organization said": a capitalized noun opening the sentence, not a name
                return Optional.of(group(lowerFirst(mention), to));
            }
            if (name != null && name.personLike && !possessive && !commonNoun) {
                PersonRegistry.Person p = known;
                String role = name.title;
                String org = "";
                int appEnd = appositiveAfter(name.to);
                if (appEnd > 0 && appEnd <= to + 1) {
                    String[] split = PersonRegistry.splitRole(m.text.substring(m.start[appositiveStart(name.to)], m.end[appEnd]));
                    role = split[0];
                    org = split[1];
                } else if (name.from == a) {
                    String[] ro = roleBefore(a);
                    if (ro == null) {
                        ro = roleAppositiveBefore(a);
                    }
                    if (ro != null) {
                        role = ro[0];
                        org = ro[1];
                    }
                }
                if (p == null) {
                    if (name.to == name.from && role.isEmpty() && !isCapitalizedPerson(name)
                            && (Lexicon.ORG_WORDS.contains(m.lower[name.from]) || name.from != a)) {
                        return Optional.of(organization(from, to));
                    }
                    p = registry.register(name.text, role, org, from, name.honorific);
                } else if (p.role.isEmpty() && !role.isEmpty()) {
                    p.role = role;
                    p.organization = org;
                }
                return speaking(p, from, mentionEnd);
            }
            if (!hasLowercaseHead(from, to) || possessive) {
                Speaker org = organization(from, to);
                lastGroup = org;
                lastGroupToken = to;
                return Optional.of(org);
            }
        }
        if (startsIndefinite || Lexicon.ANONYMOUS_HEADS.contains(head) && !w0.equals("the")
                || head.endsWith("s") && !w0.equals("the") && !w0.equals("this")) {
            return Optional.of(group(lowerFirst(mention), to));
        }
        if (Lexicon.AUTHOR_NOUNS.contains(head) && !context.author().isEmpty()
                && (mention.toLowerCase(Locale.ROOT).contains("article") || mention.toLowerCase(Locale.ROOT).contains("this"))) {
            return Optional.of(new Speaker(context.author(), context.authorRole(), context.outlet()));
        }
        if (w0.equals("the") && a <= to && (a < headAt || roleOfAPlace)) {
            // "the Vermont senator", "the senator from Vermont": the person introduced with that role and
            // place, not the article's last senator; "the Trump campaign", "the Mexican government", or
            // no such person: the words themselves
            PersonRegistry.Person described = ROLE_HEADS.contains(head) ? introducedAs(from, to, head) : null;
            if (described == null) {
                return Optional.of(new Speaker(lowerFirst(mention), "", ""));
            }
            return speaking(described, from, mentionEnd);
        }
        Set<String> fits = Lexicon.ROLE_FITS.getOrDefault(head, Words.set(head));
        PersonRegistry.Person p = registry.mostRecentFitting(head, from, fits);
        if (p != null) {
            return speaking(p, from, mentionEnd);
        }
        if (Lexicon.AUTHOR_NOUNS.contains(head) && !context.author().isEmpty()) {
            return Optional.of(new Speaker(context.author(), context.authorRole(), context.outlet()));
        }
        return Optional.of(group(lowerFirst(mention), to));
    }

    /** A speaker that is a group or an unnamed description, remembered for a later "they" unless it is one of a group. */
    private Speaker group(String description, int to) {
        Speaker speaker = new Speaker(description, "", "");
        if (!description.startsWith("one of ")) {
            lastGroup = speaker;
            lastGroupToken = to;
        }
        return speaker;
    }

    /**
     * Where a title ending at a name starts when an office's title reaches back over "of"
     * ("Secretary of State John Kerry", "former Secretary of Defense Ash Carter": the name's
     * capitalized run starts at "State"); {@code a} itself otherwise.
     */
    private int officeTitleStart(int a) {
        if (a < 2 || !m.lower[a - 1].equals("of") || !m.isCapitalized(a - 2) || !Lexicon.TITLES.contains(m.lower[a - 2])) {
            return a;
        }
        int k = a - 2;
        while (k > 0 && m.sentence[k - 1] == m.sentence[a] && m.kind[k - 1] == TextModel.WORD && m.quote[k - 1] < 0
                && Lexicon.TITLES.contains(m.lower[k - 1])) {
            k--;
        }
        return k;
    }

    /** A capitalized title word followed by "of" and another capitalized word ("Secretary" in "Secretary of State X"). */
    private boolean opensOfficeTitle(int k, int to) {
        return k + 2 <= to && Lexicon.TITLES.contains(m.lower[k]) && m.lower[k + 1].equals("of") && m.isCapitalized(k + 2);
    }

    /** A capitalized determiner, pronoun or common noun ("The", "Officials" opening a sentence) is no name. */
    private boolean isCommonWord(int t) {
        String w = m.lower[t];
        if (MentionFinder.modalSurname(m, t)) {
            return false; // "“…,” May said"
        }
        return Lexicon.DETERMINERS.contains(w) || Lexicon.STOP.contains(w) || Lexicon.PRONOUNS.contains(withoutContraction(w))
                || (m.sentenceStart(t) == t || t > 0 && m.kind[t - 1] == TextModel.QUOTE)
                && (Lexicon.ANONYMOUS_HEADS.contains(w) || Lexicon.ROLE_NOUNS.contains(w));
    }

    private boolean isCapitalizedPerson(Name name) {
        return name.honorific != '?' || !name.title.isEmpty();
    }

    private boolean hasLowercaseHead(int from, int to) {
        return !m.isCapitalized(to) && !m.lower[to].equals("’s");
    }

    /** The last word before the first connector or comma ("senator" in "the senator from Vermont"). */
    private int headIndex(int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (Lexicon.CONNECTORS.contains(m.lower[k]) && !m.isCapitalized(k) || m.lower[k].equals(",")) {
                return k - 1;
            }
        }
        return to;
    }

    private Speaker organization(int from, int to) {
        int a = from;
        if (Lexicon.DETERMINERS.contains(m.lower[a]) && a < to && !m.is(a + 1, "of")) {
            a++; // "the Harbor League", but "all of the GOP" keeps its "all"
        }
        return new Speaker(m.text.substring(m.start[a], m.end[to]), "", "");
    }

    private Optional<Speaker> pronoun(int t, String w) {
        if (Lexicon.FIRST_PERSON.contains(w)) {
            if (context.isSpeech() || !context.author().isEmpty()) {
                return Optional.of(new Speaker(context.author(), context.authorRole(), ""));
            }
            return Optional.empty();
        }
        if (w.equals("he") || w.equals("she") || w.equals("who")) {
            char g = w.equals("he") ? 'm' : w.equals("she") ? 'f' : '?';
            Referent referent = referent(t, g, 0, g != '?');
            PersonRegistry.Person best = referent == null ? null : referent.person();
            int bestTok = referent == null ? -1 : referent.mentionToken();
            // the speaker last resolved after that mention ("“…,” he said. “…,” he added."); when the
            // mention's sentence has a subject, only a speaker of a later sentence or the one who reports
            // that sentence ("Clinton would do well …, said Axelrod."), not one inside it ("… when he said")
            boolean laterSpeaker = referent != null && referent.bySubject()
                    ? lastSpeakerToken >= 0 && (m.sentence[lastSpeakerToken] > m.sentence[bestTok]
                    || m.sentence[lastSpeakerToken] == m.sentence[bestTok] && reportsTheSentence(lastSpeakerFrom, lastSpeakerToken))
                    : lastSpeakerToken > bestTok;
            if (lastSpeaker != null && lastSpeakerToken < t && laterSpeaker
                    && (g == '?' || lastSpeaker.gender == '?' || lastSpeaker.gender == g)) {
                best = lastSpeaker;
            }
            if (w.equals("who") && (lastMentionEnd == t - 1 || lastMentionEnd == t - 2 && m.is(t - 1, ","))) {
                return lastMentionSpeaker; // "“…,” said one Democrat familiar with it, who added …": the source just named
            }
            if (best != null && isObjectOfTheVerbAfter(t, best)) {
                // "he told Biden": whoever "he" is, he is not Biden
                PersonRegistry.Person other = referent == null ? null : referent.person();
                best = other != null && other != best && !isObjectOfTheVerbAfter(t, other) ? other : null;
            }
            if (best == null && context.isSpeech()) {
                return Optional.empty();
            }
            if (best != null) {
                if (g != '?' && best.gender == '?') {
                    best.gender = g;
                }
                return speaking(best, t, t);
            }
            return Optional.empty();
        }
        if ((w.equals("they") || w.equals("it")) && lastGroup != null && t - lastGroupToken < 80) {
            return Optional.of(lastGroup);
        }
        return Optional.empty();
    }

    /** Whether {@code p} is named right after the verb that follows the pronoun at {@code t} ("he told Biden"). */
    private boolean isObjectOfTheVerbAfter(int t, PersonRegistry.Person p) {
        int object = t + 2;
        return object < m.size && m.kind[t + 1] == TextModel.WORD && !m.isCapitalized(t + 1) && m.isCapitalized(object)
                && m.token(object).equalsIgnoreCase(p.surname);
    }

    /**
     * The person a capitalized description after "the" stands for ({@code [from, to]}, "the Kentucky
     * Republican"): one whose role holds the description's words ("Ukrainian President"), else who a
     * "he"/"she" there would be (the latest person introduced as some president is often another
     * one). Null when no person fits.
     */
    private PersonRegistry.Person describedPerson(int from, int to) {
        String description = m.text.substring(m.start[from + 1], m.end[to]).toLowerCase(Locale.ROOT);
        PersonRegistry.Person p = registry.mostRecentFitting(description, from, Set.of());
        if (p == null) {
            // from the sentence before: a description does not stand for someone just named beside it
            // ("addressed to the attorney, Channing Phillips – the Utah Republican asks …")
            Referent referent = referent(m.sentenceStart(from), '?', 0, true);
            p = referent == null ? null : referent.person();
        }
        return p;
    }

    /**
     * A capitalized run {@code [from, to]} after "the" (and at most two lower-case words) that ends in
     * a person's role: "the Kentucky Republican", "the warrior President" describe someone, name no one.
     */
    private boolean isDescription(int from, int to) {
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
     * The person last introduced before {@code from} whose role and organization hold the role
     * {@code head} (or its abbreviation: "Gov.") and every capitalized word of the mention
     * {@code [from, to]} ("the Ohio governor": "Ohio Gov. John Kasich"); null when none does.
     */
    private PersonRegistry.Person introducedAs(int from, int to, String head) {
        List<String> places = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            if (m.isCapitalized(k) && !Lexicon.DETERMINERS.contains(m.lower[k])) {
                places.add(m.lower[k]);
            }
        }
        String abbreviation = ROLE_ABBREVIATIONS.getOrDefault(head, head);
        return registry.mostRecent(from, p -> {
            String said = (p.role + " " + p.organization).toLowerCase(Locale.ROOT);
            return (said.contains(head) || said.contains(abbreviation)) && places.stream().allMatch(said::contains);
        });
    }

    private static final Map<String, String> ROLE_ABBREVIATIONS = Map.of("governor", "gov.",
            "senator", "sen.", "congressman", "rep.", "congresswoman", "rep.", "commander", "cmdr.");

    /**
     * Whether the capitalized words from {@code a} modify a lower-case noun that ends the mention
     * ("the Vermont senator", "the Mexican government", "the Obama administration"): then they name
     * no one. A possessive keeps its owner ("the Texas senator’s allies" is a group, said below).
     */
    private boolean modifiesACommonNoun(int a, int to) {
        if (!hasLowercaseHead(a, to) || m.isCapitalized(to)) {
            return false;
        }
        for (int k = a; k <= to; k++) {
            if (m.lower[k].equals("’s") || m.lower[k].equals("'s") || m.kind[k] != TextModel.WORD
                    || Lexicon.CONNECTORS.contains(m.lower[k]) && !m.isCapitalized(k)) {
                return false; // "the senator from Vermont" and "the head of the FBI" are found by their head below
            }
        }
        return true;
    }

    /**
     * Words that end a description of a person: roles and titles ("leader" and "general" are left
     * out: "the Union Leader" is a newspaper, "the Inspector General" often an office), and party
     * members after a state or country ("the Kentucky Republican").
     */
    private static final Set<String> ROLE_HEADS = Words.set("president", "senator", "governor", "minister",
            "chancellor", "premier", "secretary", "candidate", "nominee", "congressman", "congresswoman", "lawmaker",
            "mayor", "ambassador", "envoy", "spokesman", "spokeswoman", "chairman", "chairwoman", "commander",
            "king", "queen", "pope");
    private static final Set<String> TIME_PREPOSITIONS = Words.set("on", "in", "last", "this");
    private static final Set<String> PARTY_HEADS = Words.set("republican", "democrat", "independent");

    /** The person a pronoun refers to, the mention it was found by, and whether as its sentence's subject. */
    private record Referent(PersonRegistry.Person person, int mentionToken, boolean bySubject) {
    }

    /**
     * What the pronoun at token {@code t} of gender {@code g} ('?' when unknown) refers to, without
     * recording anything: the most recent fitting person mention within {@link #PRONOUN_WINDOW}
     * tokens; when that mention is in an earlier sentence and {@code preferSubject} (not for "who",
     * which takes the nearest), the subject of that sentence if it has one ({@link #subjectOf}).
     * Null when no person fits.
     */
    private Referent referent(int t, char g, int depth, boolean preferSubject) {
        int i = mostRecentMention(t, g);
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
        return new Referent(mentionPeople.get(i), tok, false);
    }

    /** The index of the most recent person mention before token {@code t} that fits gender {@code g}, or -1. */
    private int mostRecentMention(int t, char g) {
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
            PersonRegistry.Person p = mentionPeople.get(i);
            if (g == '?' || p.gender == '?' || p.gender == g) {
                return i;
            }
        }
        return -1;
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
        int appositive = appositiveAfter(to);
        int next = appositive > 0 ? appositive + 2 : to + 1;
        if (next + 1 < m.size && TIME_PREPOSITIONS.contains(m.lower[next]) && m.isCapitalized(next + 1)) {
            next += 2; // "Chaffetz on Tuesday requested …"
        }
        boolean verbNext = next < m.size && m.sentence[next] == sentence && m.kind[next] == TextModel.WORD
                && m.quote[next] < 0 && !m.isCapitalized(next) && !NOT_A_VERB.contains(m.lower[next]);
        boolean asks = ASKING.contains(m.lower[Math.min(next, m.size - 1)])
                || next + 1 < m.size && ASKING.contains(m.lower[next + 1]);
        // "Earhardt then asked Rubio …": who answers next is the one asked, not the subject
        return verbNext && !asks && (g == '?' || p.gender == '?' || p.gender == g) ? p : null;
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
        while (k <= end && (OPENING_PHRASE_WORDS.contains(m.lower[k]) || !m.isCapitalized(k) && m.quote[k] < 0
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
     * Whether the source mention at tokens {@code [from, to]} follows a comma or a quotation, or a cue
     * right after one ("…, said X"), and is not asking ("…,” X asked": who speaks next is the one asked).
     */
    private boolean reportsTheSentence(int from, int to) {
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
    private static final Set<String> ASKING = Words.set("asked", "asks", "ask", "pressed", "presses", "questioned",
            "interviewed", "challenged");
    private static final Set<String> OPENING_CONJUNCTIONS = Words.set("and", "but", "so", "yet", "or", "still", "then");
    /** Capitalized words that open a phrase before the subject ("In Iowa, …", "When …, …", "On Monday, …"). */
    private static final Set<String> OPENING_PHRASE_WORDS = Words.set("in", "on", "at", "after", "before", "during",
            "when", "while", "as", "since", "despite", "although", "though", "if", "because", "unlike", "like",
            "for", "with", "without", "from", "by", "moments", "later", "earlier", "meanwhile", "however", "instead",
            "asked", "speaking", "writing", "addressing", "under", "over", "amid", "according", "once", "until", "to",
            "along", "besides", "beyond", "through", "against", "toward", "towards", "within", "behind");
    private static final Set<String> NOT_A_VERB = Words.set("and", "or", "of", "’s", "'s", "for", "in", "at", "on",
            "to", "with", "from", "by", "the", "a", "an");

    /** Records {@code p} as the last speaker, resolved from the mention at {@code [from, to]}, for later pronouns. */
    private Optional<Speaker> speaking(PersonRegistry.Person p, int from, int to) {
        lastSpeaker = p;
        lastSpeakerToken = to;
        lastSpeakerFrom = from;
        return Optional.of(p.speaker());
    }

    /** A pronoun without its contracted auxiliary ("i’d" → "i", "she’ll" → "she"); any other word as it is. */
    private static String withoutContraction(String word) {
        int apostrophe = Math.max(word.indexOf('’'), word.indexOf('\''));
        return apostrophe > 0 && Lexicon.PRONOUNS.contains(word.substring(0, apostrophe)) ? word.substring(0, apostrophe) : word;
    }

    /** Records a person mention found during resolution, for later pronouns. */
    Speaker authorSpeaker() {
        return new Speaker(context.author(), context.authorRole(), "");
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        int space = s.indexOf(' ');
        String first = (space < 0 ? s : s.substring(0, space)).toLowerCase(Locale.ROOT).replaceAll("\\W+$", "");
        if (Lexicon.COUNTRIES.contains(first)) {
            return s; // "Britain and France": places speak as organizations do, by their names
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}

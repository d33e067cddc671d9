package dev.attache.core.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a source mention to a {@link Speaker} within one article: full names and surnames
 * ("Kashin"), titles ("Mr. Kashin", "President Biden"), nominal mentions ("the expert" → the most
 * recent person introduced with a fitting role), pronouns (the most recent fitting person), the
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
    private final List<int[]> mentionTokens = new ArrayList<>(); // {token, personIndex}
    private final List<PersonRegistry.Person> mentionPeople = new ArrayList<>();
    private int lastSpeakerToken = -1;
    private PersonRegistry.Person lastSpeaker;
    private int lastGroupToken = -1;
    private Speaker lastGroup;

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
        for (int[] run : runs) {
            Name name = parseName(run[0], run[1]);
            if (name == null || !name.personLike) {
                continue;
            }
            String[] ro = roleBefore(run[0]);
            int appEnd = appositiveAfter(name.to);
            String role = name.title;
            String org = "";
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
            PersonRegistry.Person p = registry.register(name.text, role, org, name.from);
            if (name.honorific != '?') {
                p.gender = name.honorific;
            }
        }
        for (int[] run : runs) {
            Name name = parseName(run[0], run[1]);
            if (name == null || !name.personLike) {
                continue;
            }
            PersonRegistry.Person p = lookup(name, run[0]);
            if (p != null) {
                mentionTokens.add(new int[]{name.to});
                mentionPeople.add(p);
            }
        }
    }

    private PersonRegistry.Person lookup(Name name, int at) {
        PersonRegistry.Person p = registry.byFullName(name.text);
        if (p == null) {
            p = registry.bySurname(m.token(name.to), at);
        }
        return p;
    }

    /**
     * The start of a person's name that ends the mention after a role held in or for the first name ("X’s campaign
     * manager, Tom Kasp", "Harbor League president Jo Hale"), or -1.
     */
    private int laterName(int from, int to) {
        int k = to;
        while (k >= from && m.isCapitalized(k) && !isCommonWord(k)) {
            k--;
        }
        if (to - k < 2 || k < from) {
            return -1; // the mention does not end with a name of two words or more
        }
        int start = k + 1;
        if (m.is(k, ",") && m.quote[k] < 0) {
            return start;
        }
        return Lexicon.ROLE_NOUNS.contains(m.lower[k]) && !m.isCapitalized(k) ? start : -1;
    }

    /** Lower-case role words right before a name ("columnist", "White House spokesman"): {role, org}. */
    private String[] roleBefore(int a) {
        int k = a - 1;
        int roleEnd = k;
        while (k >= 0 && a - k <= 4 && m.quote[k] < 0 && m.kind[k] == TextModel.WORD && !m.isCapitalized(k)
                && (Lexicon.ROLE_NOUNS.contains(m.lower[k]) || Lexicon.TITLES.contains(m.lower[k]))) {
            k--;
        }
        if (k == roleEnd) {
            return null;
        }
        String role = m.text.substring(m.start[k + 1], m.end[roleEnd]);
        String org = "";
        int orgEnd = k;
        while (k >= 0 && m.quote[k] < 0 && m.isCapitalized(k) && !Lexicon.STOP.contains(m.lower[k])) {
            k--;
        }
        if (k < orgEnd && (k < 0 || !m.isCapitalized(k))) {
            org = m.text.substring(m.start[k + 1], m.end[orgEnd]);
        }
        return new String[]{role, org};
    }

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
        if (CueLexicon.lemma(m.lower[c + 1]) != null && !m.isCapitalized(c + 1) && !MentionFinder.bareNounLike(m.lower[c + 1])) {
            return -1; // "Hale’s spokeswoman, Tia Kasp, said the mayor …": the verb after the name's comma opens no role
        }
        int limit = m.sentenceEnd(c);
        int e = c + 1;
        while (e + 1 <= limit && e - c < MentionFinder.MAX_APPOSITIVE && m.quote[e + 1] < 0
                && !m.lower[e + 1].equals(",") && !m.lower[e + 1].equals(";") && !m.lower[e + 1].equals(".")
                && !(CueLexicon.lemma(m.lower[e + 1]) != null && !m.isCapitalized(e + 1) && !MentionFinder.bareNounLike(m.lower[e + 1]))) {
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
        int a = from;
        while (a <= to && (Lexicon.DETERMINERS.contains(m.lower[a])
                || Lexicon.STOP.contains(m.lower[a]) && !MentionFinder.nameOpeningWord(m, a, to))) {
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
                if (w.startsWith("mr")) {
                    honorific = 'm';
                } else if (w.startsWith("ms") || w.startsWith("mrs") || w.equals("miss")) {
                    honorific = 'f';
                }
            }
        }
        int nameFrom = lastTitle >= 0 ? lastTitle + 1 : a;
        if (nameFrom > to) {
            return null;
        }
        String title = "";
        if (lastTitle >= a) {
            int tf = a;
            while (tf <= lastTitle && HONORIFICS.contains(m.lower[tf])) {
                tf++;
            }
            title = tf <= lastTitle ? m.text.substring(m.start[tf], m.end[lastTitle]) : "";
        }
        boolean personLike = to - nameFrom <= 3;
        for (int k = nameFrom; k <= to && personLike; k++) {
            String w = m.lower[k];
            if (Lexicon.ORG_WORDS.contains(w) || Character.isDigit(w.charAt(0)) || w.endsWith("’s") || w.endsWith("'s")
                    || m.token(k).length() > 1 && m.token(k).chars().allMatch(Character::isUpperCase) && m.token(k).length() > 3) {
                personLike = false;
            }
        }
        if (nameFrom == to && m.token(to).chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
            personLike = false; // acronyms (FBI, U.S.)
        }
        String text = m.text.substring(m.start[nameFrom], m.end[to]);
        return new Name(nameFrom, to, text, title, honorific, personLike);
    }

    /** Resolves the source mention at tokens {@code [from, to]}. */
    Optional<Speaker> resolve(int from, int to) {
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
        int later = laterName(from, to);
        if (later > from) {
            // "the mayor’s campaign manager, Tom Kasp", "Harbor League president Jo Hale", "one resident, Tia Kasp":
            // the person is the name after the role, not the one the role belongs to
            return resolve(later, to);
        }
        // the capitalized name part, if any: the first capitalized run not made of titles only
        int a = from;
        while (a <= to && (!m.isCapitalized(a) || isCommonWord(a))) {
            a++;
        }
        boolean startsIndefinite = Lexicon.INDEFINITE.contains(w0);
        String mention = m.text.substring(m.start[from], m.end[to]);
        if (a <= to && !startsIndefinite) {
            int b = a;
            while (b + 1 <= to && (m.isCapitalized(b + 1) || NAME_PARTICLES.contains(m.lower[b + 1])
                    && b + 2 <= to && m.isCapitalized(b + 2))) {
                b++;
            }
            boolean possessive = b + 1 <= to && (m.lower[b + 1].equals("’s") || m.lower[b + 1].equals("'s"));
            Name name = parseName(a, b);
            // "Store managers say": a sentence's capitalized first word right before a lower-case noun
            // is a common noun, not a name ("Trump, however," and "Christie and aides" keep the name)
            boolean commonNoun = name != null && name.from == name.to && m.sentenceStart(name.from) == name.from
                    && name.to < to && m.kind[name.to + 1] == TextModel.WORD && !m.isCapitalized(name.to + 1)
                    && !Lexicon.STOP.contains(m.lower[name.to + 1]) && hasLowercaseHead(from, to);
            if (name != null && name.personLike && !possessive && !commonNoun) {
                PersonRegistry.Person p = lookup(name, from);
                String role = name.title;
                String org = "";
                int appEnd = appositiveAfter(name.to);
                if (appEnd > 0 && appEnd <= to + 1) {
                    String[] split = PersonRegistry.splitRole(m.text.substring(m.start[appositiveStart(name.to)], m.end[appEnd]));
                    role = split[0];
                    org = split[1];
                } else if (name.from == a) {
                    String[] ro = roleBefore(a);
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
                    p = registry.register(name.text, role, org, from);
                } else if (p.role.isEmpty() && !role.isEmpty()) {
                    p.role = role;
                    p.organization = org;
                }
                lastSpeaker = p;
                lastSpeakerToken = to;
                return Optional.of(p.speaker());
            }
            if (!hasLowercaseHead(from, to) || possessive) {
                Speaker org = organization(from, to);
                lastGroup = org;
                lastGroupToken = to;
                return Optional.of(org);
            }
        }
        String head = head(from, to);
        if (startsIndefinite || Lexicon.ANONYMOUS_HEADS.contains(head) && !w0.equals("the")
                || head.endsWith("s") && !w0.equals("the") && !w0.equals("this")) {
            Speaker anon = new Speaker(lowerFirst(mention), "", "");
            lastGroup = anon;
            lastGroupToken = to;
            return Optional.of(anon);
        }
        if (Lexicon.AUTHOR_NOUNS.contains(head) && !context.author().isEmpty()
                && (mention.toLowerCase(Locale.ROOT).contains("article") || mention.toLowerCase(Locale.ROOT).contains("this"))) {
            return Optional.of(new Speaker(context.author(), context.authorRole(), context.outlet()));
        }
        Set<String> fits = Lexicon.ROLE_FITS.getOrDefault(head, Words.set(head));
        PersonRegistry.Person p = registry.mostRecentFitting(head, from, fits);
        if (p != null) {
            lastSpeaker = p;
            lastSpeakerToken = to;
            return Optional.of(p.speaker());
        }
        if (Lexicon.AUTHOR_NOUNS.contains(head) && !context.author().isEmpty()) {
            return Optional.of(new Speaker(context.author(), context.authorRole(), context.outlet()));
        }
        Speaker unresolved = new Speaker(lowerFirst(mention), "", "");
        lastGroup = unresolved;
        lastGroupToken = to;
        return Optional.of(unresolved);
    }

    /** A capitalized determiner, pronoun or common noun ("The", "Officials" opening a sentence) is no name. */
    private boolean isCommonWord(int t) {
        String w = m.lower[t];
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

    private String head(int from, int to) {
        int h = to;
        for (int k = from + 1; k <= to; k++) {
            if (Lexicon.CONNECTORS.contains(m.lower[k]) && !m.isCapitalized(k) || m.lower[k].equals(",")) {
                h = k - 1;
                break;
            }
        }
        return m.lower[h];
    }

    private Speaker organization(int from, int to) {
        int a = from;
        if (Lexicon.DETERMINERS.contains(m.lower[a]) && a < to) {
            a++;
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
            PersonRegistry.Person best = null;
            int bestTok = -1;
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
                if (tok >= t) {
                    continue;
                }
                if (t - tok > PRONOUN_WINDOW) {
                    break;
                }
                PersonRegistry.Person p = mentionPeople.get(i);
                if (g != '?' && p.gender != '?' && p.gender != g) {
                    continue;
                }
                best = p;
                bestTok = tok;
                break;
            }
            if (lastSpeaker != null && lastSpeakerToken < t && lastSpeakerToken > bestTok
                    && (g == '?' || lastSpeaker.gender == '?' || lastSpeaker.gender == g)) {
                best = lastSpeaker;
            }
            if (best == null && context.isSpeech()) {
                return Optional.empty();
            }
            if (best != null) {
                if (g != '?' && best.gender == '?') {
                    best.gender = g;
                }
                lastSpeaker = best;
                lastSpeakerToken = t;
                return Optional.of(best.speaker());
            }
            return Optional.empty();
        }
        if ((w.equals("they") || w.equals("it")) && lastGroup != null && t - lastGroupToken < 80) {
            return Optional.of(lastGroup);
        }
        return Optional.empty();
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
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}

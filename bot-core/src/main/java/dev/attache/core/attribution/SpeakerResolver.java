package dev.attache.core.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves a source mention to a {@link Speaker} within one article: full names and surnames
 * ("Kashin"), titles ("Mr. Kashin", "President Biden"), nominal mentions ("the expert" → the most
 * recent person introduced with a fitting role), pronouns (the most recent fitting person; for a
 * "he"/"she" after the sentence that named them, that sentence's subject), the
 * author for "I"/"we" in a speech. Anonymous sources ("officials", "a spokesperson") stay
 * anonymous: their speaker is named by the mention itself, in lower case, never by a guessed person.
 * A pre-pass registers the people the article introduces; {@link NamePhrases} reads the names and
 * roles, {@link Referents} finds the earlier person a pronoun or a description stands for.
 */
final class SpeakerResolver {

    private final TextModel m;
    private final ArticleContext context;
    private final PersonRegistry registry = new PersonRegistry();
    private final NamePhrases names;
    private final Referents referents;
    private int lastSpeakerToken = -1;
    private int lastSpeakerFrom = -1;
    private PersonRegistry.Person lastSpeaker;
    /** Everyone who has spoken so far in the article's text (not in a heading). */
    private final Set<PersonRegistry.Person> spoken = new HashSet<>();
    /** Who of each surname (lower case) spoke last in the article's text. */
    private final Map<String, PersonRegistry.Person> lastSpokenOfSurname = new HashMap<>();
    private int lastGroupToken = -1;
    private Speaker lastGroup;
    private int lastBodyToken = -1;
    private Speaker lastBody; // the organization or place that spoke last
    private final Map<PersonRegistry.Person, Boolean> followsKin = new HashMap<>();
    /** How far back (in tokens) "it" and "they" reach for the body or group that spoke last. */
    private static final int BODY_OR_GROUP_REACH = 80;
    private int lastMentionEnd = -1; // the last token of the source mention resolved last, whatever it named
    private int[] reportedWords = Referents.NOTHING_REPORTED; // the tokens reported by the mention being resolved
    private Optional<Speaker> lastMentionSpeaker = Optional.empty();
    // the latest source described as one unnamed person ("a former official"), by its head noun
    private final Map<String, UnnamedSource> unnamedSources = new HashMap<>();

    /** A source described as one person the article does not name, and the last token of its mention. */
    private record UnnamedSource(Speaker speaker, int at) {
    }

    SpeakerResolver(TextModel m, ArticleContext context) {
        this.m = m;
        this.context = context;
        this.names = new NamePhrases(m);
        this.referents = new Referents(m, registry, names);
        prePass();
    }

    /** Registers the people the article introduces and where persons are mentioned. */
    private void prePass() {
        List<NamedRun> named = new ArrayList<>();
        for (int[] run : names.runs()) {
            NamePhrases.Name name = names.parseName(run[0], run[1]);
            if (name != null && name.personLike()) {
                named.add(new NamedRun(run[0], name));
            }
        }
        int appositiveEnd = -1; // the end of the last appositive after a name ("…, president of Resolve to Save Lives,")
        for (NamedRun run : named) {
            NamePhrases.Name name = run.name();
            boolean insideAppositive = run.start() <= appositiveEnd;
            // "a former Fed governor": the words before the name describe the role noun after it
            String[] ro = beforeRoleNoun(name.to() + 1) ? null : names.roleBefore(run.start());
            int appEnd = names.appositiveAfter(name.to());
            String role = name.title();
            String org = "";
            if (appEnd > 0 && names.namesAnOrganization(names.appositiveStart(name.to()), appEnd)) {
                continue; // "Defense Priorities, a Washington think tank,": no person
            }
            if (name.from() == name.to() && capitalizedGroupEndingAt(name.to())) {
                continue; // "the great Powers": States, as UN speeches capitalize them, not a person "Powers"
            }
            if (appEnd > 0 && placeAfterAPreposition(run.start(), name)) {
                continue; // "her career in Washington, the balancing act became …": a place, and a clause after its comma
            }
            if (name.from() == name.to() && name.honorific() == '?' && beforeBodyWord(name.to() + 1)) {
                continue; // "the official Tanjug news agency": a body's one-word name, not a person whose role is "official"
            }
            appositiveEnd = Math.max(appositiveEnd, appEnd);
            String[] split = appEnd > 0 ? appositiveRole(name.to(), appEnd) : NO_APPOSITIVE_ROLE;
            if (split != NO_APPOSITIVE_ROLE) {
                role = split[0];
                org = split[1];
            } else if (ro != null) {
                role = ro[0] + (role.isEmpty() ? "" : " " + role);
                org = ro[1];
            }
            boolean evidence = !role.isEmpty() || name.honorific() != '?' || name.to() > name.from();
            // "Dr. Tom Frieden, president and CEO of Resolve to Save Lives,": capitalized words after a capitalized word
            // and a connector inside someone's appositive, without a title or a given name, end an organization's name
            boolean partOfAnOrganization = insideAppositive && role.isEmpty() && name.honorific() == '?'
                    && GivenNames.gender(m.lower[name.from()]) == '?' && afterNameConnector(run.start());
            if (!evidence || partOfAnOrganization) {
                continue;
            }
            PersonRegistry.Person p = registry.register(name.text(), role, org, name.from(), name.honorific());
            if (name.honorific() != '?' && p.gender == '?') {
                p.gender = name.honorific();
            }
        }
        for (NamedRun run : named) {
            // a role named before the name ("Her campaign manager, Robby Mook, said"), for a person the
            // article gives no role after the name anywhere (those say more: "X, a longtime strategist")
            NamePhrases.Name name = run.name();
            PersonRegistry.Person p = registry.byFullName(name.text());
            String[] ro = p != null && p.role.isEmpty() && name.from() == run.start() && m.is(name.to() + 1, ",")
                    ? names.roleAppositiveBefore(run.start()) : null;
            if (ro != null) {
                p.role = ro[0];
                p.organization = ro[1];
            }
        }
        for (NamedRun run : named) {
            PersonRegistry.Person p = lookup(run.name(), run.start());
            if (p != null) {
                referents.add(run.name().from(), run.name().to(), p);
            }
        }
    }

    /**
     * Whether token {@code k} is one of the collective nouns UN speeches capitalize, after a determiner and lower-case
     * words ("the great Powers", "the nuclear-weapon States", "its member States"): a group, not a person named
     * "Powers" whom "the great" describes (news writes "the 35-year-old Williams" of a person, so only these nouns).
     */
    private boolean capitalizedGroupEndingAt(int k) {
        if (!m.isCapitalized(k) || !CAPITALIZED_COLLECTIVES.contains(m.lower[k])) {
            return false;
        }
        int j = k - 1;
        while (j >= 0 && k - j <= 3 && m.kind[j] == TextModel.WORD && !m.isCapitalized(j)
                && !Lexicon.DETERMINERS.contains(m.lower[j])) {
            j--;
        }
        return j >= 0 && j < k - 1 && Lexicon.DETERMINERS.contains(m.lower[j]);
    }

    private static final Set<String> CAPITALIZED_COLLECTIVES = Words.set("powers", "states", "nations", "members",
            "governments");

    /** Whether the mention {@code [from, to]} opens with a determiner and holds only lower-case words before {@code to}. */
    private boolean opensWithADeterminer(int from, int to) {
        if (!Lexicon.DETERMINERS.contains(m.lower[from])) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (m.isCapitalized(k) || m.kind[k] != TextModel.WORD) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the name starting at token {@code start} is one word after "in", or after "the" that follows a
     * preposition, with no title and no given name: a place ("in Washington", "at the Capitol"), not someone an
     * appositive describes.
     */
    private boolean placeAfterAPreposition(int start, NamePhrases.Name name) {
        if (start != name.from() || name.from() != name.to() || name.honorific() != '?'
                || GivenNames.gender(m.lower[start]) != '?') {
            return false;
        }
        return start > 0 && m.is(start - 1, "in")
                || start > 1 && m.is(start - 1, "the") && TokenSpans.PP_PREPOSITIONS.contains(m.lower[start - 2]);
    }

    /**
     * A lower-case preposition after a capitalized word right before token {@code k} ("Resolve to", "Center for");
     * not "and", which joins two people as often ("Shaye Moss and Ruby Freeman").
     */
    private boolean afterNameConnector(int k) {
        return k - 2 >= 0 && m.isCapitalized(k - 2) && !m.isCapitalized(k - 1) && m.quote[k - 1] < 0
                && (Lexicon.CONNECTORS.contains(m.lower[k - 1]) || m.is(k - 1, "to")) && !m.is(k - 1, "and")
                && !m.is(k - 1, "&");
    }

    /** Whether token {@code k} is a body's word in lower case ("news agency", "campaign") that a name modifies. */
    private boolean beforeBodyWord(int k) {
        return k < m.size && m.kind[k] == TextModel.WORD && !m.isCapitalized(k) && Lexicon.ORG_WORDS.contains(m.lower[k]);
    }

    /** Whether token {@code k} is a lower-case role noun or title ("governor", "aide", "spokesman"). */
    private boolean beforeRoleNoun(int k) {
        return k < m.size && m.kind[k] == TextModel.WORD && !m.isCapitalized(k)
                && (Lexicon.ROLE_NOUNS.contains(m.lower[k]) || Lexicon.TITLES.contains(m.lower[k]));
    }

    /** A capitalized run that parses as a person's name, from its first token. */
    private record NamedRun(int start, NamePhrases.Name name) {
    }

    /**
     * The person a name stands for: by the full name, else (and for a surname alone, first) by the
     * surname, so that "Mr. Trump" finds Donald J. Trump even when "the former Mrs. Trump" left an
     * entry of the bare surname.
     */
    private PersonRegistry.Person lookup(NamePhrases.Name name, int at) {
        PersonRegistry.Person p = name.from() < name.to() ? registry.byFullName(name.text()) : null;
        if (p == null) {
            p = referents.subjectNamed(m.token(name.to()), at, name.honorific());
            PersonRegistry.Person spoke = p == null ? null : lastSpokenOfSurname.get(p.surname.toLowerCase(Locale.ROOT));
            if (spoke != null && spoke != p && p.introducedAt > spoke.introducedAt
                    && (spoke == lastSpeaker && !spoken.contains(p) || introducedAsKin(p))
                    && (name.honorific() == '?' || spoke.gender == name.honorific())) {
                // "“One of those soldiers was my son Major Beau Biden,” he said. Beau Biden died in 2015. “…,” Biden
                // said": the Biden who spoke last, not one who came into the story after him and has not spoken since
                // he did, or a relative of his; an unrelated namesake further on, in a roundup of stories, keeps the
                // surname once others have spoken
                p = spoke;
            }
            if (p != null && givenNameFollowsKin(p)) {
                // "Johnson poses with his father, Stanley. … Stanley Johnson was once a member of the European
                // Parliament. Johnson takes part in …": a relative named in passing, even as a sentence's subject,
                // does not take the surname from the one the article is about, named by it first, unless the article
                // calls that one by the given name ("Mary's death", then "Horton said" of her brother Will Horton)
                PersonRegistry.Person first = registry.bySurname(m.token(name.to()), at, name.honorific(), titleOf(name));
                if (first != null && first != p && first.introducedAt < p.introducedAt && !introducedAsKin(first)
                        && !calledByGivenName(first)) {
                    p = first;
                }
            }
            String title = titleOf(name);
            if (p != null && p.role.isEmpty() && !title.isEmpty()) {
                // "President Biden" after "Beau Biden died in 2015": the Biden who holds that title, not the one named last
                PersonRegistry.Person titled = registry.bySurname(m.token(name.to()), at, name.honorific(), title);
                p = titled != null && Words.holdsWholeIgnoringCase(titled.role, title) ? titled : p;
            }
        }
        if (p == null) {
            p = registry.bySurname(m.token(name.to()), at, name.honorific(), titleOf(name));
        }
        if (p != null && name.from() < name.to() && p.name.indexOf(' ') > 0 && !givenNameFits(p, name)) {
            p = null; // "Kaitlynn Brown" is not the Morris Brown of the sentence before
        }
        return p == null ? registry.byFullName(name.text()) : p;
    }

    /**
     * Whether a word before the surname of {@code name} starts as the person's first name does: "Joe
     * Biden" may be "Joseph R. Biden Jr.", and a run with a word before the name ("Moderator Bret
     * Baier") is still he.
     */
    private boolean givenNameFits(PersonRegistry.Person p, NamePhrases.Name name) {
        char initial = Character.toLowerCase(p.name.charAt(0));
        for (int k = name.from(); k < name.to(); k++) {
            if (Character.toLowerCase(m.token(k).charAt(0)) == initial) {
                return true;
            }
        }
        return false;
    }

    /** The name's title, or a capitalized title word right before it that the mention left out ("President"). */
    private String titleOf(NamePhrases.Name name) {
        int before = name.from() - 1;
        return name.title().isEmpty() && before >= 0 && m.isCapitalized(before) && Lexicon.TITLES.contains(m.lower[before])
                ? m.token(before) : name.title();
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

    /**
     * The last token of the possessor when the mention ends in a possessive and a word for what one says, maybe after
     * lower-case adjectives ("Modi’s message", "Biden's full statement"); else -1.
     */
    private int ownerOfWords(int from, int to) {
        if (!OWN_WORDS.contains(m.lower[to])) {
            return -1;
        }
        for (int k = to - 1; k > from && to - k <= 3; k--) {
            if (m.is(k, "’s") || m.is(k, "'s")) {
                // with adjectives between, the possessive of the mention's own head, not of a role in its appositive
                // ("…, chief medical officer for the CDC's monkeypox response") nor of a phrase's object ("one analyst
                // of Baker's weekend remarks")
                boolean adjectivesBetween = k < to - 1;
                return adjectivesBetween && !plainOwner(from, k) ? -1 : k - 1;
            }
            if (m.kind[k] != TextModel.WORD || m.isCapitalized(k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The person of the surname after a place's or a firm's possessive that ends the mention ("Wharton’s Allon",
     * "First Chicago's Johnson"), when the article introduced them with a role or a known given name; else null
     * ("Martha's Vineyard" and "Hudson's Bay" are places and firms, whatever else the article calls "Bay").
     */
    private PersonRegistry.Person surnameAfterPossessive(int from, int to) {
        if (to - 2 < from || !(m.is(to - 1, "’s") || m.is(to - 1, "'s")) || !m.isCapitalized(to) || !m.isCapitalized(to - 2)
                || m.quote[to] >= 0 || Lexicon.COMPANY_FORMS.contains(m.lower[to]) || Lexicon.ORG_WORDS.contains(m.lower[to])) {
            return null;
        }
        PersonRegistry.Person named = registry.bySurname(m.token(to), from, '?', "");
        int space = named == null ? -1 : named.name.indexOf(' ');
        return space > 0 && (!named.role.isEmpty() || GivenNames.gender(named.name.substring(0, space)) != '?') ? named : null;
    }

    /** No comma or lower-case connector among tokens {@code [from, k)}: one owner, not a phrase holding one. */
    private boolean plainOwner(int from, int k) {
        for (int i = from; i < k; i++) {
            if (m.is(i, ",") || Lexicon.CONNECTORS.contains(m.lower[i]) && !m.isCapitalized(i)) {
                return false;
            }
        }
        return true;
    }

    /** What a person says or writes, after the person's possessive: "Modi’s message", "Hale’s statement". */
    private static final Set<String> OWN_WORDS = Words.set("message", "statement", "words", "remarks", "tweet", "post",
            "letter", "speech", "testimony", "response", "reply", "answer", "verdict", "view", "advice", "warning");

    private static final Set<String> RELATION_PREPOSITIONS = Words.set("of", "for", "to");

    /**
     * Resolves the source mention at tokens {@code [from, to]} of a report of the words at tokens {@code reported}
     * ({from, to}), whom a pronoun source does not stand for ("Not one of Sunak’s proposals would help, he said").
     */
    Optional<Speaker> resolve(int from, int to, int[] reported) {
        reportedWords = reported;
        Optional<Speaker> speaker = resolveMention(from, to);
        reportedWords = Referents.NOTHING_REPORTED;
        lastMentionEnd = to;
        lastMentionSpeaker = speaker;
        speaker.filter(SpeakerResolver::describesOnePerson)
                .ifPresent(s -> unnamedSources.put(headNoun(s), new UnnamedSource(s, to)));
        return speaker;
    }

    /**
     * {@link #resolve} for the source of a report nested in another's content: a group or body named there ("The
     * diplomats said Sudan hoped …") is not the "they" or "it" of the next report, which goes on with the outer source.
     */
    Optional<Speaker> resolveNested(int from, int to, int[] reported) {
        Speaker group = lastGroup;
        int groupToken = lastGroupToken;
        Speaker body = lastBody;
        int bodyToken = lastBodyToken;
        Optional<Speaker> speaker = resolve(from, to, reported);
        lastGroup = group;
        lastGroupToken = groupToken;
        lastBody = body;
        lastBodyToken = bodyToken;
        return speaker;
    }

    private Optional<Speaker> resolveMention(int from, int to) {
        if (from + 2 <= to && names.opensWithSentenceAdverb(from)) {
            return resolveMention(from + 2, to); // "Indeed, Tom Karako, director of …": the adverb names no one
        }
        if (to - 3 >= from && m.is(to, ")") && m.is(to - 2, "(") && SHORT_NAME.matcher(m.token(to - 1)).matches()
                && MentionFinder.allCapitalized(m, m.is(from, "the") ? from + 1 : from, to - 3)) {
            // "Credit Suisse First Boston Ltd (CSFB)", "the World Health Organization (WHO)": the name before its short
            // form ("Chairman of the … Commission (PCGG)" is a description, read whole)
            return resolveMention(from, to - 3);
        }
        int mentionEnd = to; // what follows a person's mention starts after it, relative clause included
        to = beforeRelativeClause(from, to);
        if (to > from && capitalizedGroupEndingAt(to) && opensWithADeterminer(from, to)) {
            return Optional.of(group(names.described(m.text.substring(m.start[from], m.end[to]), from), to));
        }
        String w0 = m.lower[from];
        if (from == to && (NO_ONE.contains(w0) || m.isCapitalized(from) && NamePhrases.hyphenatedAdjective(m, from)
                || MentionFinder.opensImperativeClause(m, from))) {
            // "sometimes called the X movement", "Last, …", "says Wilmington-based …", "Remember the commercial with …:":
            // a word a rule took for its subject
            return Optional.empty();
        }
        int noble = w0.equals("the") ? from + 1 : from;
        int nobleEnd = NamePhrases.nobleTitleEnd(m, noble, to);
        if (nobleEnd >= 0) {
            // "the Duke of Sussex", "The Princess of Wales": the title and its place name the person ("Wales" is no surname)
            NamePhrases.Name name = names.parseName(noble, nobleEnd);
            return speaking(registry.register(name.text(), "", "", noble, name.honorific()), from, mentionEnd);
        }
        if (MentionFinder.unitedStates(m, to) && (from == to || from + 1 == to && m.is(from, "the"))) {
            return Optional.of(organization(from, to)); // "The US accused him": the country, not the pronoun "us"
        }
        if (from == to && Lexicon.PRONOUNS.contains(NamePhrases.withoutContraction(w0))) {
            return pronoun(from, NamePhrases.withoutContraction(w0)); // "I’ve always believed …" is "I"
        }
        if (from + 1 == to && w0.equals("the") && PARTY_MEMBERS.contains(m.lower[to])) {
            return person(to, m.lower[to], '?'); // "the Republican said": the politician the article speaks of
        }
        if (from == to && SUBJECT_FORMS.containsKey(w0)) {
            // a possessive, or the object one is quoted by ("Interfax quoted him as saying")
            return pronoun(from, SUBJECT_FORMS.get(w0));
        }
        if (MentionFinder.quantityLeft(m, to, from) == from) {
            // a poll's share ("42%", "Nearly nine out of 10"): an anonymous group, never a name
            return Optional.of(new Speaker(names.described(m.text.substring(m.start[from], m.end[to]), from), "", ""));
        }
        if (from < to && MentionFinder.opensWithImperative(m, from)) {
            return resolveMention(from + 1, to); // "Read Biden's full statement": a link's label, no one named "Read"
        }
        if (closeToSomeone(from, to)) {
            // "People close to Omar Kasp", "Those close to Harris", "Sources familiar with Kasp's thinking": a group
            // around that person, not the person
            return Optional.of(group(names.described(m.text.substring(m.start[from], m.end[to]), from), to));
        }
        PersonRegistry.Person ofThatPlace = surnameAfterPossessive(from, to);
        if (ofThatPlace != null) {
            return speaking(ofThatPlace, from, mentionEnd); // "Wharton’s Allon said" after "Gad Allon, a professor at …"
        }
        int owner = ownerOfWords(from, to);
        if (owner >= from) {
            return resolveMention(from, owner); // "Modi’s message: “…”", "Biden's full statement": the words are theirs
        }
        if (names.namesAStorm(from, to)) {
            return Optional.empty(); // "Ian pounded the island, …": a storm is no one who speaks
        }
        int later = names.laterName(from, to);
        int comma = firstComma(from, to);
        if (later < 0 && comma > from + 1) {
            later = names.laterName(from, comma - 1); // "Conservative commentator Brent Bozell, founder of …": Bozell
        }
        if (later > from) {
            // "the mayor’s campaign manager, Tom Kasp", "Harbor League president Jo Hale", "one resident, Tia Kasp":
            // the person is the name after the role, not the one the role belongs to
            return resolveMention(later, mentionEnd);
        }
        if (groupInAPlace(from, to)) {
            // "Officials in Kyiv", "Voters in Iowa", "the residents across the region": a group and where it is
            return Optional.of(group(names.described(m.text.substring(m.start[from], m.end[to]), from), to));
        }
        if (bodyInAPlace(from, to)) {
            // "The state health department in Baton Rouge", "the court in San Francisco": the body, not the place
            return Optional.of(new Speaker(names.described(m.text.substring(m.start[from], m.end[to]), from), "", ""));
        }
        // the capitalized name part, if any: the first capitalized run not made of titles only
        int a = from;
        while (a <= to && (!m.isCapitalized(a) || names.isCommonWord(a) || opensOfficeTitle(a, to)
                || a < to && NamePhrases.hyphenatedAdjective(m, a))) { // "Wilmington-based beer expert Jo Hale"
            a++;
        }
        boolean startsIndefinite = Lexicon.INDEFINITE.contains(w0);
        String mention = m.text.substring(m.start[from], m.end[to]);
        int headAt = headIndex(from, to);
        String head = m.lower[headAt];
        boolean roleOfAPlace = w0.equals("the") && a <= to && a > headAt && NamePhrases.ROLE_HEADS.contains(head); // "the senator from Vermont"
        // "the wife of Jo Hale", "the lawyer for Jo Hale": a description whose name is someone else's
        boolean relationOfAName = w0.equals("the") && a <= to && a > headAt && headAt > from && !m.isCapitalized(headAt)
                && RELATION_PREPOSITIONS.contains(m.lower[headAt + 1]);
        if ((w0.equals("a") || w0.equals("an")) && a > from + 1 && a <= to && adjectives(from + 1, a - 1)) {
            NamePhrases.Name described = nameAfterAdjectives(a, to);
            if (described != null) {
                // "a visibly emotional Beyoncé said": the person the article knows by that name, or the name as said alone
                PersonRegistry.Person known = lookup(described, from);
                if (known != null) {
                    return speaking(known, from, mentionEnd);
                }
                if (a == to && !digitsIn(from + 1, a - 1)) {
                    return resolveMention(a, to); // a one-word name said alone ("a 69-year-old Dutchman" describes one)
                }
            }
        }
        if (a <= to && !startsIndefinite && !(w0.equals("the") && modifiesACommonNoun(a, to)) && !roleOfAPlace
                && !relationOfAName) {
            int b = a;
            while (b + 1 <= to && (m.isCapitalized(b + 1) || NamePhrases.afterParticles(m, b + 1, to) >= 0)) {
                b++;
            }
            boolean possessive = b + 1 <= to && (m.lower[b + 1].equals("’s") || m.lower[b + 1].equals("'s"));
            if (possessive && a == from && mentionEnd + 1 < m.size
                    && NounCueRule.NOUN_CUES.contains(m.lower[mentionEnd + 1]) && lowercaseModifiers(b + 2, to, 3)) {
                // "Putin's controversial nuclear pledge": the noun is the cue, its owner the one who pledged
                return resolveMention(a, b);
            }
            if (b == to && w0.equals("the") && names.isDescription(a, to)) {
                // "the Kentucky Republican", "The Ukrainian President": a description of someone named before
                PersonRegistry.Person described = referents.describedPerson(from, to);
                if (described == null) {
                    return Optional.of(new Speaker(names.described(mention, from), "", ""));
                }
                return speaking(described, from, mentionEnd);
            }
            NamePhrases.Name name = names.parseName(a, b);
            if (name != null && a == from && name.from() == a && name.to() == a && to == a && !PARTIES.contains(w0)
                    && (Lexicon.PEOPLE_GROUPS.contains(w0) || Lexicon.ANONYMOUS_HEADS.contains(w0)
                    || EVIDENCE.contains(w0))) {
                // "Traders said …", "Officials said …", "Video shows …": a group or a record capitalized at the start
                // of its sentence, not a person whom a later "he" could stand for
                return Optional.of(group(names.described(mention, from), to));
            }
            // "Store managers say", "“…,” Trump aides said": a single capitalized word that opens the mention or
            // its sentence right before a lower-case noun modifies that noun; the speaker is the group, not a
            // person of that name ("Trump, however," and "Christie and aides" keep the name, and so does a
            // verb after it that the mention ran over: "Axelrod tried")
            boolean commonNoun = name != null && name.from() == name.to()
                    && name.to() < to && m.kind[name.to() + 1] == TextModel.WORD && !m.isCapitalized(name.to() + 1)
                    && !Lexicon.STOP.contains(m.lower[name.to() + 1]) && hasLowercaseHead(from, to)
                    && (m.sentenceStart(name.from()) == name.from() || name.from() == from && !verbLike(m.lower[name.to() + 1]));
            PersonRegistry.Person known = name != null && name.personLike() && !possessive && !commonNoun ? lookup(name, from) : null;
            if (known == null && name != null && name.from() == from && name.to() == from && m.sentenceStart(from) == from
                    && name.to() < to && (m.is(name.to() + 1, "of") || m.is(name.to() + 1, "from"))
                    && GivenNames.gender(m.lower[from]) == '?') {
                // "Leaders of the organization said": a capitalized noun opening the sentence, not a name ("Tomas
                // from Elmford asks" is Tomas)
                return Optional.of(group(names.described(mention, from), to));
            }
            if (organizationName(a, to)) {
                return Optional.of(organization(from, to)); // "Standard and Poor's Corp" is a company, not "Standard"
            }
            if (name != null && name.personLike() && !possessive && !commonNoun) {
                PersonRegistry.Person p = known;
                String role = name.title();
                String org = "";
                int appEnd = names.appositiveAfter(name.to());
                String[] split = appEnd > 0 && appEnd <= to + 1 ? appositiveRole(name.to(), appEnd) : NO_APPOSITIVE_ROLE;
                if (split != NO_APPOSITIVE_ROLE) {
                    role = split[0];
                    org = split[1];
                } else if (name.from() == a) {
                    String[] ro = names.roleBefore(a);
                    if (ro == null) {
                        ro = names.roleAppositiveBefore(a);
                    }
                    if (ro != null) {
                        role = ro[0];
                        org = ro[1];
                    }
                }
                if (p == null) {
                    if (name.to() == name.from() && role.isEmpty() && !isCapitalizedPerson(name)
                            && (Lexicon.ORG_WORDS.contains(m.lower[name.from()]) || name.from() != a)) {
                        return Optional.of(organization(from, to));
                    }
                    p = registry.register(name.text(), role, org, from, name.honorific());
                } else if (p.role.isEmpty() && !role.isEmpty()) {
                    p.role = role;
                    p.organization = org;
                }
                return speaking(p, from, mentionEnd);
            }
            PersonRegistry.Person shouted = name != null && !possessive ? inCapitals(name) : null;
            if (shouted != null) {
                return speaking(shouted, from, mentionEnd); // a transcript's "BUTTIGIEG:" is the Buttigieg it names
            }
            if (!hasLowercaseHead(from, to) || possessive) {
                Speaker org = organization(from, to);
                lastGroup = org;
                lastGroupToken = to;
                return Optional.of(org);
            }
        }
        if (namedBeforeAnAppositive(from, a, to)) {
            // "Citizens United, the conservative advocacy group", "Egypt, one of the countries Blinken visited": the
            // name before the comma, not the description after it
            return Optional.of(organization(from, to));
        }
        if (startsIndefinite || Lexicon.ANONYMOUS_HEADS.contains(head) && !w0.equals("the")
                || head.endsWith("s") && !w0.equals("the") && !w0.equals("this")) {
            return Optional.of(group(names.described(mention, from), to));
        }
        if (Lexicon.AUTHOR_NOUNS.contains(head) && !context.author().isEmpty()
                && (mention.toLowerCase(Locale.ROOT).contains("article") || mention.toLowerCase(Locale.ROOT).contains("this"))) {
            return Optional.of(new Speaker(context.author(), context.authorRole(), context.outlet()));
        }
        if (w0.equals("the") && a <= to && (a < headAt || roleOfAPlace)) {
            // "the Vermont senator", "the senator from Vermont": the person introduced with that role and
            // place, not the article's last senator; "the Trump campaign", "the Mexican government", or
            // no such person: the words themselves
            PersonRegistry.Person described = NamePhrases.ROLE_HEADS.contains(head) ? referents.introducedAs(from, to, head) : null;
            if (described == null) {
                return Optional.of(new Speaker(names.described(mention, from), "", ""));
            }
            return speaking(described, from, mentionEnd);
        }
        String role = roleNamed(from, headAt);
        Set<String> fits = role.equals(head) ? Lexicon.ROLE_FITS.getOrDefault(head, Words.set(head)) : Words.set(role);
        PersonRegistry.Person p = w0.equals("the") && to > from ? registry.holderOfTheBarePost(
                m.text.substring(m.start[from + 1], m.end[to]).toLowerCase(Locale.ROOT), from) : null;
        // "the department", "the state", "the team": an organization's word names the body, not whoever holds a post in
        // it ("team principal Christian Horner")
        if (p == null && !Lexicon.ORG_WORDS.contains(head) && !TEAMS.contains(head)) {
            p = registry.mostRecentFitting(role, from, fits);
        }
        UnnamedSource unnamed = unnamedSources.get(head);
        if (p != null && w0.equals("the") && unnamed != null && unnamed.at() > lastHeard(p)) {
            // "Omar Hale, a mining official, …. …, according to a former official. “…,” the official added.": the
            // one described last, whom the article does not name, and as it first described them
            return Optional.of(unnamed.speaker());
        }
        if (p != null) {
            return speaking(p, from, mentionEnd);
        }
        if (w0.equals("the") && from == to - 1 && unnamed != null) {
            // "A Fed spokesman told a briefing …. The spokesman said …": the one described so before, no one named
            return Optional.of(unnamed.speaker());
        }
        if (w0.equals("the") && from == to - 1 && EXPERT_NOUNS.contains(head) && lastSpeaker != null
                && lastSpeakerToken >= 0 && m.sentence[from] - m.sentence[lastSpeakerToken] <= 1) {
            // "Amara Osei, head of research at …, told …. “…,” the analyst said.": no one was introduced as an
            // analyst, and the one who spoke just before goes on
            return speaking(lastSpeaker, from, mentionEnd);
        }
        if (Lexicon.AUTHOR_NOUNS.contains(head) && !context.author().isEmpty()) {
            return Optional.of(new Speaker(context.author(), context.authorRole(), context.outlet()));
        }
        if (w0.equals("the") && from == to - 1 && lastBody != null && from - lastBodyToken < BODY_OR_GROUP_REACH
                && BodyNouns.fits(head, lastBody.name())) {
            lastBodyToken = to;
            return Optional.of(lastBody); // "Acme Corp said … The company said …": the body that spoke just before
        }
        return Optional.of(group(names.described(mention, from), to));
    }

    /**
     * The role a description's head word names: the word itself, or the office "… general" it ends ("the attorney
     * general", "the inspector general’s office"), which no general holds.
     */
    private String roleNamed(int from, int headAt) {
        if (m.is(headAt, "general") && headAt - 1 > from && GENERAL_OFFICES.contains(m.lower[headAt - 1])) {
            return m.lower[headAt - 1] + " general";
        }
        return m.lower[headAt];
    }

    /** The words before "general" that make it the name of an office: "attorney general", "surgeon general". */
    private static final Set<String> GENERAL_OFFICES = Words.set("attorney", "attorneys", "surgeon", "inspector",
            "solicitor", "secretary", "adjutant", "auditor", "consul", "director", "governor", "postmaster",
            "procurator", "prosecutor", "comptroller", "accountant", "paymaster");

    /** Words for someone consulted for what they know, which an article uses for the expert it just quoted. */
    private static final Set<String> EXPERT_NOUNS = Words.set("analyst", "expert", "specialist", "economist",
            "researcher", "scholar", "strategist", "pollster", "professor", "historian", "scientist");

    /** A group word ("those", "people", "sources", "allies") opening the mention, then "close to" or "familiar with". */
    private boolean closeToSomeone(int from, int to) {
        if (!(m.is(from, "those") || Lexicon.ANONYMOUS_HEADS.contains(m.lower[from]) || Lexicon.PEOPLE_GROUPS.contains(m.lower[from])
                || CLOSE_ONES.contains(m.lower[from]))) {
            return false;
        }
        for (int k = from + 1; k < to && k <= from + 2; k++) {
            if (MentionFinder.postModifierAt(m, k)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CLOSE_ONES = Words.set("allies", "friends", "associates", "confidants");

    /** The first comma outside quotations in tokens {@code [from, to]}, or -1. */
    private int firstComma(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (m.is(k, ",") && m.quote[k] < 0) {
                return k;
            }
        }
        return -1;
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

    /** A capitalized title word followed by "of" and another capitalized word ("Secretary" in "Secretary of State X"). */
    private boolean opensOfficeTitle(int k, int to) {
        return k + 2 <= to && Lexicon.TITLES.contains(m.lower[k]) && m.lower[k + 1].equals("of") && m.isCapitalized(k + 2);
    }

    private boolean isCapitalizedPerson(NamePhrases.Name name) {
        return name.honorific() != '?' || !name.title().isEmpty();
    }

    private boolean hasLowercaseHead(int from, int to) {
        return !m.isCapitalized(to) && !m.lower[to].equals("’s");
    }

    /** A plural group noun opening the mention ("the" at most before it), then a preposition that places it. */
    private boolean groupInAPlace(int from, int to) {
        int group = m.is(from, "the") ? from + 1 : from;
        for (int k = group + 1; k < to && k - group <= 3; k++) {
            if (MentionFinder.GROUP_PLACES.contains(m.lower[k]) && !m.isCapitalized(k)) {
                return MentionFinder.groupNoun(m, k - 1) && m.lower[k - 1].endsWith("s");
            }
            if (m.kind[k] != TextModel.WORD) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the mention is a body named by a lower-case noun, then where it is: "the state health department in Baton
     * Rouge", "the court in San Francisco" (not "the Rock and Roll Hall of Fame museum in Cleveland", whose body has a name).
     */
    private boolean bodyInAPlace(int from, int to) {
        int first = m.is(from, "the") || m.is(from, "a") || m.is(from, "an") ? from + 1 : from;
        for (int k = first + 1; k < to; k++) {
            if (m.is(k, "in") || m.is(k, "near")) {
                return m.isCapitalized(k + 1) && Lexicon.ORG_WORDS.contains(m.lower[k - 1]) && !m.isCapitalized(k - 1);
            }
            if (m.kind[k] != TextModel.WORD || m.isCapitalized(k) || Lexicon.CONNECTORS.contains(m.lower[k])) {
                return false; // "the head of the defense committee in …" is the head, a person
            }
        }
        return false;
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

    /**
     * The person a one-word name in capitals stands for, when the article names someone of that surname ("BUTTIGIEG"
     * after "Mayor Pete Buttigieg"), not an acronym the article also writes in capitals elsewhere; null when none.
     */
    private PersonRegistry.Person inCapitals(NamePhrases.Name name) {
        String word = m.token(name.from());
        if (name.from() != name.to() || word.length() < 2 || !word.chars().allMatch(Character::isUpperCase)) {
            return null;
        }
        PersonRegistry.Person p = registry.bySurname(word, name.from(), '?', "");
        // written otherwise in the article: "Junge SVP" registered as a name keeps "the SVP" a party
        return p != null && !p.surname.equals(word) ? p : null;
    }

    /**
     * The mention opens with a capitalized name (after "the" at most), every word of it capitalized up to a comma
     * that opens an appositive.
     */
    private boolean namedBeforeAnAppositive(int from, int name, int to) {
        if (name > from + 1 || name == from + 1 && !m.is(from, "the") || name >= to) {
            return false;
        }
        int k = name;
        while (k < to && m.isCapitalized(k) && m.quote[k] < 0) {
            k++;
        }
        // "Democrats, meanwhile" is a group, as "Democrats" alone is: no named voice
        return k > name && m.is(k, ",") && m.quote[k] < 0 && !(k == name + 1 && isPeople(m.lower[name]));
    }

    /** A word for a party's or a people's members, or an anonymous head ("Democrats", "Americans", "officials"). */
    private static boolean isPeople(String word) {
        String one = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return Lexicon.ANONYMOUS_HEADS.contains(word) || Lexicon.DEMONYMS.contains(one) || NamePhrases.isPartyHead(one);
    }

    /**
     * The capitalized words {@code [a, to]} that end a mention after an indefinite article and adjectives ("a visibly
     * emotional Beyoncé") as a person's name; null when they are none ("a Trump supporter" ends in a noun).
     */
    private NamePhrases.Name nameAfterAdjectives(int a, int to) {
        for (int k = a; k <= to; k++) {
            if (!m.isCapitalized(k)) {
                return null;
            }
        }
        NamePhrases.Name name = names.parseName(a, to);
        return name != null && name.personLike() && name.from() == a ? name : null;
    }

    private boolean digitsIn(int from, int to) {
        for (int k = from; k <= to; k++) {
            if (m.lower[k].chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code [from, to]} (three at most) read as adjectives and adverbs: "visibly emotional", "defiant". */
    private boolean adjectives(int from, int to) {
        if (to - from >= 3) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            if (m.kind[k] != TextModel.WORD || m.isCapitalized(k) || m.quote[k] >= 0
                    || !ADJECTIVE_ENDING.matcher(m.lower[k]).find() && m.lower[k].indexOf('-') < 0) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern ADJECTIVE_ENDING = Pattern.compile(
            "(?:ly|ful|ed|ive|al|ous|ic|ent|ant|able|ible|less|ish)$");

    /**
     * Tokens {@code from}–{@code to} are at most {@code max} lower-case modifiers (none when from > to): no word of an
     * organization or a role ("Gowdy's office", "Rubio's team", "Hale's aides" speak for themselves) and no participle.
     */
    private boolean lowercaseModifiers(int from, int to, int max) {
        if (to - from + 1 > max) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            String w = m.lower[k];
            if (m.kind[k] != TextModel.WORD || m.isCapitalized(k) || m.quote[k] >= 0 || Lexicon.ORG_WORDS.contains(w)
                    || Lexicon.ROLE_NOUNS.contains(w) || Lexicon.ANONYMOUS_HEADS.contains(w) || GROUP_NOUNS.contains(w)
                    || w.endsWith("ing")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> GROUP_NOUNS = Words.set("team", "campaign", "staff", "lawyers", "attorneys",
            "lawsuit", "family", "allies", "supporters", "administration", "government", "spokesman", "spokeswoman");

    /**
     * Capitalized words that end in a company's legal form, joined by "and", "&", "of" or a possessive at most ("Acme
     * Corp", "Standard and Poor's Corp", "Medco Containment Services Inc"), or in a capitalized word for an
     * organization, joined by "and" or "&" ("the Food and Drug Administration", "the Securities and Exchange
     * Commission"; "Robert Gordon of Northwestern University" is a person of one).
     */
    private boolean organizationName(int from, int to) {
        boolean company = Lexicon.COMPANY_FORMS.contains(m.lower[to]);
        if (from > to || m.quote[to] >= 0 || !company && !(Lexicon.ORG_WORDS.contains(m.lower[to]) && m.isCapitalized(to))) {
            return false;
        }
        boolean joined = false;
        for (int k = from; k < to; k++) {
            boolean joiner = (company ? COMPANY_JOINERS : ORGANIZATION_JOINERS).contains(m.lower[k]);
            if (m.quote[k] >= 0 || !(m.isCapitalized(k) || joiner)) {
                return false;
            }
            joined |= joiner;
        }
        return company || joined;
    }

    private static final Set<String> ORGANIZATION_JOINERS = Words.set("and", "&");
    private static final Set<String> COMPANY_JOINERS = Words.set("and", "&", "of", "’s", "'s");

    /** An organization or a place that speaks as a body; remembered for a later "it" ("Acme Corp said … It said …"). */
    private Speaker organization(int from, int to) {
        lastBodyToken = to;
        int a = from;
        if (Lexicon.DETERMINERS.contains(m.lower[a]) && a < to && !m.is(a + 1, "of")) {
            a++; // "the Harbor League", but "all of the GOP" keeps its "all"
        }
        for (int k = a + 1; k < to; k++) {
            if (m.is(k, ",") && m.quote[k] < 0) {
                to = k - 1; // "Egypt, one of the countries Blinken visited": the appositive describes it, names nothing
                break;
            }
        }
        String name = m.text.substring(m.start[a], m.end[to]);
        if (a == to && a > from && m.isCapitalized(a) && (SHORTENED_BODIES.contains(m.lower[a]) || names.teamAfterThe(a, a))) {
            // "The Bank said" after "the Bank of England": the Bank of England; "the Stones" are the Rolling Stones
            String full = names.fullBodyNameBefore(a);
            name = full != null ? full : name;
        }
        lastBody = new Speaker(name, "", "");
        return lastBody;
    }

    private static final String[] NO_APPOSITIVE_ROLE = {"", ""};

    /**
     * The role and organization the appositive after a name ending at {@code nameEnd} gives, or {@link #NO_APPOSITIVE_ROLE} when it
     * gives neither ("…, who …", another person's mention in a list), so that the title before the name still counts.
     */
    private String[] appositiveRole(int nameEnd, int appEnd) {
        String[] split = PersonRegistry.splitRole(m.text.substring(m.start[names.appositiveStart(nameEnd)], m.end[appEnd]));
        return split[0].isEmpty() && split[1].isEmpty() ? NO_APPOSITIVE_ROLE : split;
    }

    /**
     * Words that name no one when a mention is that word alone: adverbs, time words ("Earlier this week we saw …"),
     * determiners, the pronouns for someone unnamed ("Another said: “…”", "Anyone who …"), whom no answer can name, and
     * the participle of "Having said that, …".
     */
    private static final Set<String> NO_ONE = Words.set("sometimes", "often", "usually", "always", "never", "also",
            "still", "once", "last", "next", "no", "less", "the", "a", "an", "another", "one", "anyone", "anybody",
            "everybody", "earlier", "having");

    /** Words for a team of people, which "the" names as a body, not a post that holds the word ("team principal"). */
    private static final Set<String> TEAMS = Words.set("team", "squad", "crew", "band", "club");

    /**
     * Words for a body that an article uses alone, capitalized after "the", for the body it named in full before ("the
     * Bank", "the Ministry", "the Post"); not "the House" or "the Senate", which name chambers of their own.
     */
    private static final Set<String> SHORTENED_BODIES = Words.set("bank", "commission", "ministry", "department", "fund",
            "agency", "council", "court", "committee", "board", "bureau", "authority", "institute", "foundation",
            "association", "journal", "post", "times", "tribune", "union", "company", "corporation", "group", "university",
            "administration", "office", "service", "league", "alliance", "network", "organization", "organisation");

    /**
     * The reported tokens whose names a source pronoun {@code w} does not stand for: "Not one of Sunak’s proposals
     * would help, he said" is not Sunak's; but words that come back to the person they name with the pronoun's own
     * forms are the speaker's of themselves ("The moment Ms. Hale held up her signs, they shoved her, she said"), so
     * are words that name the one who spoke last ("“…,” Volta said. … So Volta is not worried, he said"), and "who" is
     * always the name before it.
     */
    private int[] namesOthers(String w, int[] reported) {
        if (!w.equals("he") && !w.equals("she") || reported[0] < 0) {
            return Referents.NOTHING_REPORTED;
        }
        Set<String> ownForms = w.equals("he") ? HIS_FORMS : HER_FORMS;
        String lastSurname = lastSpeaker == null ? "" : lastSpeaker.surname.toLowerCase(Locale.ROOT);
        for (int k = reported[0]; k <= reported[1]; k++) {
            if (ownForms.contains(m.lower[k]) || m.lower[k].equals(lastSurname)) {
                return Referents.NOTHING_REPORTED;
            }
        }
        return reported;
    }

    /** The pronoun a possessive or an object pronoun standing as a source is a form of. */
    private static final Map<String, String> SUBJECT_FORMS = Map.of("his", "he", "him", "he", "her", "she",
            "their", "they", "them", "they");

    /** A party's members, a name in capitals wherever it stands ("Democrats said …" are not "democrats"). */
    private static final Set<String> PARTIES = Words.set("republicans", "democrats");

    /** A party's member, which "the" makes a word for the politician just spoken of ("The Democrat also said …"). */
    private static final Set<String> PARTY_MEMBERS = Words.set("republican", "democrat");

    private static final Set<String> HIS_FORMS = Words.set("he", "his", "him", "himself");
    private static final Set<String> HER_FORMS = Words.set("she", "her", "hers", "herself");

    private Optional<Speaker> pronoun(int t, String w) {
        if (Lexicon.FIRST_PERSON.contains(w)) {
            if (context.isSpeech() || !context.author().isEmpty()) {
                return Optional.of(new Speaker(context.author(), context.authorRole(), ""));
            }
            return Optional.empty();
        }
        if (w.equals("who") && t > 0 && INDEFINITE_PRONOUNS.contains(m.lower[t - 1])) {
            return Optional.empty(); // "anyone who thinks …" is no one in particular
        }
        if (w.equals("who") && t > 0 && m.kind[t - 1] == TextModel.WORD && endsWordsForPeople(t - 1)) {
            // a restrictive "who" is the words for people right before it
            int from = peopleBefore(t);
            if (!besideAName(from)) {
                return Optional.of(group(names.described(m.text.substring(m.start[from], m.end[t - 1]), from), t - 1));
            }
        }
        if (w.equals("he") || w.equals("she") || w.equals("who")) {
            return person(t, w, w.equals("he") ? 'm' : w.equals("she") ? 'f' : '?');
        }
        boolean groupNear = lastGroup != null && t - lastGroupToken < BODY_OR_GROUP_REACH;
        boolean bodyNear = lastBody != null && t - lastBodyToken < BODY_OR_GROUP_REACH;
        if (w.equals("it") && bodyNear && (!groupNear || lastBodyToken > lastGroupToken)) {
            return Optional.of(lastBody);
        }
        if ((w.equals("they") || w.equals("it")) && groupNear) {
            return Optional.of(lastGroup);
        }
        return Optional.empty();
    }

    /**
     * The person a pronoun or a word for one at {@code t} stands for ("he", "she", "who", "the Republican"), of gender
     * {@code g} ('?' for either).
     */
    private Optional<Speaker> person(int t, String w, char g) {
        Referents.Referent referent = referents.referent(t, g, 0, g != '?', namesOthers(w, reportedWords));
        PersonRegistry.Person best = referent == null ? null : referent.person();
        int bestTok = referent == null ? -1 : referent.mentionToken();
        // the speaker last resolved after that mention ("“…,” he said. “…,” he added."); when the
        // mention's sentence has a subject, only a speaker of a later sentence or the one who reports
        // that sentence ("Clinton would do well …, said Axelrod."), not one inside it ("… when he said")
        boolean laterSpeaker = referent != null && referent.bySubject()
                ? lastSpeakerToken >= 0 && (m.sentence[lastSpeakerToken] > m.sentence[bestTok]
                || m.sentence[lastSpeakerToken] == m.sentence[bestTok] && referents.reportsTheSentence(lastSpeakerFrom, lastSpeakerToken))
                : lastSpeakerToken > bestTok;
        // "Kuleba … confirmed Putin launched a “full-scale invasion.” “…,” he tweeted.": a person named inside the
        // words the sentence before reported is not who speaks on after it; its speaker is
        // ("X then asked Y which towns he could win. “…,” he said." is Y, who was asked)
        boolean namedInsideTheLastReport = referent != null && lastSpeakerToken >= 0 && lastSpeakerToken < bestTok
                && m.sentence[lastSpeakerToken] == m.sentence[bestTok] && m.sentence[t] > m.sentence[bestTok]
                && !askedBefore(bestTok);
        if (lastSpeaker != null && lastSpeakerToken < t && (laterSpeaker || namedInsideTheLastReport)
                && (g == '?' || lastSpeaker.gender == '?' || lastSpeaker.gender == g)) {
            best = lastSpeaker;
        }
        if (w.equals("who") && (lastMentionEnd == t - 1 || lastMentionEnd == t - 2 && m.is(t - 1, ","))) {
            return lastMentionSpeaker; // "“…,” said one Democrat familiar with it, who added …": the source just named
        }
        if (!w.equals("who") && lastMentionEnd > Math.max(bestTok, lastSpeakerToken) && quotedNext(lastMentionEnd, t)
                && lastMentionSpeaker.filter(SpeakerResolver::describesOnePerson).isPresent()) {
            return lastMentionSpeaker; // "“…,” one trader said. “…,” he added.": the one just described
        }
        if (best != null && isObjectOfTheVerbAfter(t, best)) {
            // "he told Biden": whoever "he" is, he is not Biden
            PersonRegistry.Person other = referent == null ? null : referent.person();
            best = other != null && other != best && !isObjectOfTheVerbAfter(t, other) ? other : null;
        }
        if (best == null && context.isSpeech()) {
            return Optional.empty();
        }
        if (best == null && !w.equals("who") && lastMentionEnd >= 0 && lastMentionEnd < t
                && m.sentence[t] - m.sentence[lastMentionEnd] <= 1
                && lastMentionSpeaker.filter(s -> describesOnePerson(s) && genderFits(s, g)).isPresent()) {
            // "A Fed spokesman told a briefing …. He said …": no one is named, and the one just described speaks on
            return lastMentionSpeaker;
        }
        if (best != null) {
            if (g != '?' && best.gender == '?') {
                best.gender = g;
            }
            return speaking(best, t, t);
        }
        return Optional.empty();
    }

    /**
     * Whether the pronoun at {@code t} reports the quotation that comes right after the source ending at
     * {@code sourceEnd} and its cue: "“…,” one trader said. “…,” he added." (a few words between them at most).
     */
    private boolean quotedNext(int sourceEnd, int t) {
        if (sourceEnd >= t || m.kind[t - 1] != TextModel.QUOTE || m.paragraph[sourceEnd] != m.paragraph[t]) {
            return false;
        }
        int words = 0;
        for (int k = sourceEnd + 1; k < t - 1 && m.quote[k] < 0; k++) {
            words += m.kind[k] == TextModel.WORD ? 1 : 0;
        }
        return words <= 3;
    }

    /** A body's short name in capitals, as an article gives it in parentheses after the full one: "CSFB", "UNHCR". */
    private static final Pattern SHORT_NAME = Pattern.compile("\\p{Lu}{2,8}");

    /** A description of one person the article does not name: "one trader", "a spokesman", "another dealer". */
    private static boolean describesOnePerson(Speaker s) {
        String[] words = s.name().split(" ");
        String head = headNoun(s);
        return !s.isNamed() && words.length >= 2 && ONE_PERSON_DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))
                && (Lexicon.ROLE_NOUNS.contains(head) || Lexicon.ANONYMOUS_HEADS.contains(head) && !head.endsWith("s")
                || PERSON_NOUN_ENDING.matcher(head).find() && !MentionFinder.DOCUMENT_HEADS.contains(head)
                && !PUBLICATIONS.contains(head));
    }

    /** Nouns with a person noun's ending that name what publishes, not who speaks: "a newspaper", "a paper". */
    private static final Set<String> PUBLICATIONS = Words.set("newspaper", "paper", "newsletter", "register");

    /** Whether a description of one person ("a spokeswoman") can be the "he" or "she" of gender {@code g}. */
    private static boolean genderFits(Speaker s, char g) {
        String head = headNoun(s);
        boolean female = head.endsWith("woman");
        boolean male = !female && head.endsWith("man");
        return g == '?' || g == 'm' && !female || g == 'f' && !male;
    }

    /** The noun a description ends on before what it says of it: "official" of "an official at the Canadian embassy". */
    private static String headNoun(Speaker s) {
        String[] words = s.name().toLowerCase(Locale.ROOT).split(" ");
        int end = 1;
        while (end < words.length && !HEAD_COMPLEMENTS.contains(words[end])) {
            end++;
        }
        return words[end - 1];
    }

    /** Words that open what a description says of its noun ("at the embassy", "in Copenhagen", "of the bank"). */
    private static final Set<String> HEAD_COMPLEMENTS = Words.set("at", "in", "of", "for", "with", "from", "near", "on",
            "to", "who", "familiar", "close");

    /** Where {@code p} was last introduced or heard from, as far as this resolver knows. */
    private int lastHeard(PersonRegistry.Person p) {
        return lastSpeaker == p ? Math.max(p.introducedAt, lastSpeakerToken) : p.introducedAt;
    }

    // not "the": "the Republican nominee" is most often someone the article has named
    private static final Set<String> ONE_PERSON_DETERMINERS = Words.set("a", "an", "one", "another");
    /** The endings of nouns for someone who does something: trader, investor, economist, spokeswoman, politician. */
    private static final Pattern PERSON_NOUN_ENDING = Pattern.compile("(?:er|or|ist|man|woman|ian)$");

    /**
     * The first token of the few words for people that end right before {@code who}: its modifiers and determiner,
     * not a phrase that they complete ("the demands of progressives who" is progressives).
     */
    private int peopleBefore(int who) {
        int from = who - 1;
        int start = m.sentenceStart(who);
        while (from - 1 >= start && who - from < MAX_PEOPLE_WORDS && m.kind[from - 1] == TextModel.WORD
                && m.quote[from - 1] < 0 && !Lexicon.STOP.contains(m.lower[from - 1]) && !m.lower[from - 1].endsWith("ed")
                && CueLexicon.lemma(m.lower[from - 1]) == null) {
            from--;
            if (Lexicon.DETERMINERS.contains(m.lower[from])) {
                break;
            }
        }
        return from;
    }

    private static final int MAX_PEOPLE_WORDS = 6;

    /**
     * Whether the words from {@code from} are a description set beside a name, and so that person: "Tom Rath, a
     * veteran GOP leader who …", "Joan Fontaine, 96, Academy Award-winning actress who …".
     */
    private boolean besideAName(int from) {
        boolean afterAge = from >= 4 && m.is(from - 1, ",") && Character.isDigit(m.lower[from - 2].charAt(0))
                && m.is(from - 3, ",");
        int name = afterAge ? from - 4 : from - 2;
        return name >= 0 && m.is(name + 1, ",") && m.isCapitalized(name);
    }

    /**
     * Whether token {@code k} ends words for people that a restrictive "who" may follow: "residents who want …", "an
     * architect who …", "64 percent who …", "many who think …", "Republicans who believed …".
     */
    private boolean endsWordsForPeople(int k) {
        String w = m.lower[k];
        if (m.isCapitalized(k)) {
            return PARTIES.contains(w);
        }
        return w.endsWith("s") || Lexicon.ROLE_NOUNS.contains(w) || Lexicon.ANONYMOUS_HEADS.contains(w)
                || w.equals("percent") || QUANTIFIERS.contains(w);
    }

    /** Records that show or find something ("Video shows …", "Studies found …"), no one's name. */
    private static final Set<String> EVIDENCE = Words.set("video", "videos", "footage", "photos", "images", "studies",
            "data", "records", "documents", "polls", "surveys");

    /** Words for a number of people that "who" may follow ("many who think …"). */
    private static final Set<String> QUANTIFIERS = Words.set("many", "some", "most", "several", "few", "others");

    private static final Set<String> INDEFINITE_PRONOUNS = Words.set("anyone", "anybody", "someone", "somebody",
            "everyone", "everybody", "nobody", "those");

    /** Whether the name ending at token {@code nameEnd} is the object of a verb of asking ("asked Arno Vick"). */
    private boolean askedBefore(int nameEnd) {
        int k = nameEnd;
        while (k > 0 && m.isCapitalized(k) && nameEnd - k < 4) {
            k--;
        }
        return ASKING.contains(m.lower[k]);
    }

    private static final Set<String> ASKING = Words.set("asked", "asks", "asking", "questioned", "pressed");

    /** Whether {@code p} is named right after the verb that follows the pronoun at {@code t} ("he told Biden"). */
    private boolean isObjectOfTheVerbAfter(int t, PersonRegistry.Person p) {
        int object = t + 2;
        return object < m.size && m.kind[t + 1] == TextModel.WORD && !m.isCapitalized(t + 1) && m.isCapitalized(object)
                && m.token(object).equalsIgnoreCase(p.surname);
    }

    /**
     * Whether the capitalized words from {@code a} modify a lower-case noun that ends the mention
     * ("the Vermont senator", "the Mexican government", "the Obama administration"): then they name
     * no one. A possessive keeps its owner ("the Texas senator’s allies" is a group, said below), but not one that
     * names a category ("the former No. 1 women's tennis player").
     */
    private boolean modifiesACommonNoun(int a, int to) {
        if (!hasLowercaseHead(a, to) || m.isCapitalized(to)) {
            return false;
        }
        for (int k = a; k <= to; k++) {
            String w = m.lower[k];
            if (w.equals("’s") || w.equals("'s")) {
                if (!CATEGORY_OWNERS.contains(m.lower[k - 1])) {
                    return false;
                }
            } else if (m.kind[k] != TextModel.WORD || Lexicon.CONNECTORS.contains(w) && !m.isCapitalized(k)) {
                return false; // "the senator from Vermont" and "the head of the FBI" are found by their head below
            }
        }
        return true;
    }

    /** Plural nouns whose possessive names a category ("women's tennis", "men's soccer"), not an owner. */
    private static final Set<String> CATEGORY_OWNERS = Words.set("women", "men", "children", "girls", "boys");

    /**
     * Whether {@code p} came into the article as someone's relative: "my son Major Beau Biden" (also inside a
     * quotation, before the name is registered), "his wife, Jill Biden", or a role such as "daughter".
     */
    private boolean introducedAsKin(PersonRegistry.Person p) {
        if (givenNameFollowsKin(p)) {
            return true;
        }
        for (String word : p.role.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (KIN.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article names the person by the given name alone after introducing them ("Mary" of "Mary Horton";
     * not the "Joe" of "Joe Manchin", a name of its own).
     */
    private boolean calledByGivenName(PersonRegistry.Person p) {
        int space = p.name.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String given = p.name.substring(0, space).toLowerCase(Locale.ROOT);
        for (int k = p.introducedAt + 1; k < m.lower.length; k++) {
            if (m.lower[k].equals(given) && m.isCapitalized(k) && !m.isCapitalized(k - 1)
                    && (k + 1 == m.lower.length || !m.isCapitalized(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the person's given name first came just after a word of kinship: "his father, Stanley", "my son Major
     * Beau Biden". Asked at every surname that stands for someone, so each person's answer is kept.
     */
    private boolean givenNameFollowsKin(PersonRegistry.Person p) {
        return followsKin.computeIfAbsent(p, this::scanGivenNameAfterKin);
    }

    private boolean scanGivenNameAfterKin(PersonRegistry.Person p) {
        String first = p.name.split("\\s+")[0].toLowerCase(Locale.ROOT);
        for (int at = 0; at <= p.introducedAt; at++) {
            if (!m.lower[at].equals(first)) {
                continue;
            }
            for (int k = at - 1; k >= 0 && k >= at - 4 && m.sentence[k] == m.sentence[at]; k--) {
                if (KIN.contains(m.lower[k])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> KIN = Words.set("son", "daughter", "wife", "husband", "brother", "sister", "father",
            "mother", "niece", "nephew", "grandson", "granddaughter", "cousin", "uncle", "aunt", "widow", "widower",
            "stepson", "stepdaughter", "stepmother", "stepfather", "son-in-law", "daughter-in-law", "spouse", "sons",
            "daughters", "brothers", "sisters", "parents", "children", "child", "grandchildren");

    /** Records {@code p} as the last speaker, resolved from the mention at {@code [from, to]}, for later pronouns. */
    private Optional<Speaker> speaking(PersonRegistry.Person p, int from, int to) {
        if (referents.isHeading(m.paragraph[from])) {
            return Optional.of(p.speaker()); // a heading's or a link's speaker does not speak on in the story
        }
        lastSpeaker = p;
        lastSpeakerToken = to;
        lastSpeakerFrom = from;
        spoken.add(p);
        lastSpokenOfSurname.put(p.surname.toLowerCase(Locale.ROOT), p);
        return Optional.of(p.speaker());
    }

    /** The article's author as a speaker, for a quote the author speaks. */
    Speaker authorSpeaker() {
        return new Speaker(context.author(), context.authorRole(), "");
    }
}

package dev.attache.core.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The people an article introduces, with the role and organization it gives them ("columnist
 * Sofia Melnichuk", "Vasiliy Kashin, a senior specialist at …"), found by full name, surname or
 * fitting role noun. Built from a pre-pass over the text and extended while resolving sources.
 */
final class PersonRegistry {

    /** A person of the article; role and organization may be filled in by a later mention. */
    static final class Person {
        final String name;
        final String surname;
        String role;
        String organization;
        final int introducedAt;
        char gender; // 'm', 'f' or '?'
        final boolean knownGivenName; // the name opens with a given name of GivenNames
        int timesNamed = 1; // how often the article uses the full name

        Person(String name, String role, String organization, int introducedAt) {
            this.name = name;
            String[] parts = name.split("\\s+");
            String last = parts[parts.length - 1];
            if (parts.length > 1 && (last.equalsIgnoreCase("Jr.") || last.equalsIgnoreCase("Sr.")
                    || last.equals("II") || last.equals("III"))) {
                last = parts[parts.length - 2];
            }
            this.surname = last;
            this.role = role;
            this.organization = organization;
            this.introducedAt = introducedAt;
            this.gender = parts.length > 1 ? GivenNames.gender(parts[0]) : '?';
            this.knownGivenName = gender != '?';
        }

        Speaker speaker() {
            return new Speaker(name, role, organization);
        }

        /**
         * A name used once whose first word is no known given name: often a word before a surname
         * that is no part of the name (a headline's "Maybe Trump", "DJ Beverly Bond").
         */
        boolean doubtful() {
            return timesNamed <= 1 && !knownGivenName;
        }
    }

    private final List<Person> people = new ArrayList<>();
    private final Map<String, List<Person>> bySurname = new HashMap<>();
    /** People by the first word of a name that may put its family name first: "Xi" of "Xi Jinping". */
    private final Map<String, List<Person>> byFamilyNameFirst = new HashMap<>();
    private final Map<String, List<Person>> byGivenName = new HashMap<>();
    private final Map<String, Person> byName = new HashMap<>();

    List<Person> people() {
        return people;
    }

    /**
     * Registers a person, or enriches the one of that name with a role it lacked; a surname alone
     * names a known person of that surname who fits {@code gender} ('?' for any).
     */
    Person register(String name, String role, String organization, int at, char gender) {
        String key = name.toLowerCase(Locale.ROOT);
        Person p = byName.get(key);
        if (p != null) {
            if (p.role.isEmpty() && !role.isEmpty()) {
                p.role = role;
                p.organization = organization;
            }
            p.timesNamed++;
            return p;
        }
        // a surname-only mention of a known person, its particles included ("Von der Leyen" after "Ursula von der Leyen")
        Person known = name.indexOf(' ') < 0 ? bySurname(name, at, gender, role) : null;
        if (known == null && name.indexOf(' ') > 0 && particlesBefore(name)) {
            known = bySurname(name.substring(name.lastIndexOf(' ') + 1), at, gender, role);
            known = known != null && known.name.toLowerCase(Locale.ROOT).endsWith(" " + key) ? known : null;
        }
        if (known != null) {
            if (known.role.isEmpty() && !role.isEmpty()) {
                known.role = role;
                known.organization = organization;
            }
            return known;
        }
        p = new Person(name, role, organization, at);
        people.add(p);
        byName.put(key, p);
        bySurname.computeIfAbsent(p.surname.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
        String[] parts = name.split("\\s+");
        if (parts.length > 1 && p.knownGivenName) {
            byGivenName.computeIfAbsent(parts[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
        }
        if (familyNameFirst(parts, p)) {
            byFamilyNameFirst.computeIfAbsent(parts[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
        }
        return p;
    }

    /**
     * A name that may put its family name first ("Xi Jinping", "Lou Jiwei", "Ban Ki-moon"): a short first word of
     * letters that is no known given name nor an acronym ("IRS Free File" is the IRS's), before a word that is no
     * function word or verb ("Iowa It" is a heading's).
     */
    private static boolean familyNameFirst(String[] parts, Person p) {
        if (parts.length < 2 || p.knownGivenName) {
            return false;
        }
        String first = parts[0];
        String second = parts[1].toLowerCase(Locale.ROOT);
        return first.length() <= 4 && Character.isUpperCase(first.charAt(0))
                && first.chars().allMatch(Character::isLetter) && !first.chars().allMatch(Character::isUpperCase)
                && !Lexicon.STOP.contains(second)
                && CueLexicon.lemma(second) == null;
    }

    Person byFullName(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The person with this surname (or this last word of a name; failing that, whose name opens with it: "Xi", or
     * a given name used alone, as a feature calls "Nate Yoho" "Nate") who fits gender {@code g} ('?' for
     * any), when no recent sentence had one of them for its subject: a full name before a bare
     * surname entry, a known matching gender before an unknown one, a name that is not
     * {@link Person#doubtful}, then the one introduced first. Once "Hillary Clinton" leads an
     * article, "Clinton" stays her after "Bill Clinton" appears in passing ("Mr. Clinton" is he).
     * Before all that, one whose role does not contradict the mention's {@code title}: "President Obama" is not
     * the first lady, Michelle Obama.
     */
    Person bySurname(String surname, int at, char g, String title) {
        List<Person> list = bySurname.get(surname.toLowerCase(Locale.ROOT));
        if (list == null) {
            list = byFamilyNameFirst.get(surname.toLowerCase(Locale.ROOT)); // "Xi said" after "Xi Jinping"
        }
        if (list == null) {
            list = byGivenName.get(surname.toLowerCase(Locale.ROOT)); // "Nate said" after "my coach, Nate Yoho"
        }
        if (list == null) {
            return null;
        }
        Comparator<Person> preference = Comparator.<Person>comparingInt(p -> rolesDiffer(title, p.role) ? 1 : 0)
                .thenComparingInt(p -> p.name.indexOf(' ') > 0 ? 0 : 1)
                .thenComparingInt(p -> g != '?' && p.gender == g ? 0 : 1)
                .thenComparingInt(p -> p.doubtful() ? 1 : 0)
                .thenComparingInt(p -> p.introducedAt <= at ? 0 : 1)
                .thenComparingInt(p -> p.introducedAt);
        Person best = null;
        for (Person p : list) {
            if ((g == '?' || p.gender == '?' || p.gender == g) && (best == null || preference.compare(p, best) < 0)) {
                best = p;
            }
        }
        return best;
    }

    /** Whether every word of {@code name} but its last is a particle of a surname ("von der", "de", "al"). */
    private static boolean particlesBefore(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            if (!NamePhrases.NAME_PARTICLES.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A capitalized title word ("Director", "Secretary", "Minister", "Chief") ending {@code role}: with its "of …"
     * the title of an office ("Director of National Intelligence", "Secretary of the Treasury"), kept whole, since a
     * speaker shown as "Director at National Intelligence" would be misquoted.
     */
    private static boolean isOfficeTitle(String role) {
        String last = role.substring(role.lastIndexOf(' ') + 1);
        return Character.isUpperCase(charAfter(last, 0)) && OFFICE_TITLES.contains(last.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> OFFICE_TITLES = Words.set("director", "secretary", "minister", "chief", "attorney",
            "chancellor", "commissioner", "administrator", "surgeon", "comptroller", "speaker");

    /** Titles of an office one person holds, which a relative of the same surname does not share. */
    private static final Set<String> OFFICES = Words.set("president", "sen.", "senator", "gov.", "governor", "rep.",
            "representative", "congressman", "congresswoman", "mayor", "king", "queen", "prince", "princess");

    /**
     * A title of office ("President") that shares no word with a role (a word may be the other's abbreviation:
     * "Sen." and "senator"); an empty role or a title of no office differs from none.
     */
    static boolean rolesDiffer(String title, String role) {
        if (title.isEmpty() || role.isEmpty()
                || !OFFICES.contains(title.toLowerCase(Locale.ROOT).split("\\s+")[0])) {
            return false;
        }
        for (String x : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            for (String y : role.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                int n = Math.min(Math.min(x.length(), y.length()), 3);
                if (n >= 2 && x.regionMatches(0, y, 0, n)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The person introduced last before token {@code at} that {@code fits}, or null. */
    Person mostRecent(int at, Predicate<Person> fits) {
        Person best = null;
        for (Person p : people) {
            if (p.introducedAt <= at && fits.test(p) && (best == null || p.introducedAt >= best.introducedAt)) {
                best = p;
            }
        }
        return best;
    }

    /** The most recently introduced person before {@code at} whose role fits the role noun. */
    Person mostRecentFitting(String roleNoun, int at, Set<String> fits) {
        Person best = null;
        for (Person p : people) {
            if (p.introducedAt > at || p.role.isEmpty()) {
                continue;
            }
            String role = p.role.toLowerCase(Locale.ROOT);
            boolean fit = Words.holdsWholeIgnoringCase(role, roleNoun); // not the "king" of "working"
            if (!fit) {
                for (String f : fits) {
                    if (Words.holdsWholeIgnoringCase(role, f)) {
                        fit = true;
                        break;
                    }
                }
            }
            if (fit && (best == null || p.introducedAt >= best.introducedAt)) {
                best = p;
            }
        }
        return best;
    }

    /**
     * The person a head of state's or government's bare post means ("the President", "the prime minister"): the last
     * one before {@code at} given that very post, without a country, a "vice" or a "former" ("President", not "Russian
     * President" or "Vice President"); null when {@code post} is no such post or the article gives it no one so.
     * "“…,” the President said" after "President Joe Biden called Russian President Vladimir Putin …" is Biden.
     */
    Person holderOfTheBarePost(String post, int at) {
        Person holder = null;
        if (BARE_POSTS.contains(post)) {
            for (Person p : people) {
                if (p.introducedAt <= at && post.equals(withoutHomeCountry(p.role.toLowerCase(Locale.ROOT)))
                        && (holder == null || p.introducedAt >= holder.introducedAt)) {
                    holder = p;
                }
            }
        }
        return holder;
    }

    private static final Set<String> BARE_POSTS = Words.set("president", "prime minister", "premier", "chancellor");

    /** A role without the US's name before it, which American outlets give their own president ("US President"). */
    private static String withoutHomeCountry(String role) {
        for (String us : List.of("u.s. ", "us ")) {
            if (role.startsWith(us)) {
                return role.substring(us.length());
            }
        }
        return role;
    }

    /**
     * Whether a description is an adverb and then a verb, not a role: "Other Democrats, such as Sen. Kyrsten Sinema,
     * also support …", "…, also wouldn't comment"; "also a senior on the team", "also 23", "also managing director of
     * …" and "also co-leader of …" are roles.
     */
    private static boolean opensAVerbPhrase(String description) {
        String[] words = description.toLowerCase(Locale.ROOT).split("\\s+", 4);
        if (words.length < 2 || !VERB_ADVERBS.contains(words[0])) {
            return false;
        }
        String next = words[1];
        boolean roleWord = isRoleWord(next) || words.length > 2 && isRoleWord(words[2]) || next.contains("-");
        return Character.isLetter(next.charAt(0)) && !Lexicon.DETERMINERS.contains(next) && !next.equals("one")
                && !Character.isUpperCase(description.split("\\s+")[1].charAt(0)) && !roleWord;
    }

    private static boolean isRoleWord(String w) {
        return Lexicon.ROLE_NOUNS.contains(w) || Lexicon.TITLES.contains(w) || w.equals("part");
    }

    private static final Set<String> VERB_ADVERBS = Words.set("also", "still", "even", "already");

    /**
     * Whether a description after a name is another person's mention, not the first one's role: a name of two or three
     * capitalized words after a title or a role noun, or opening with a given name, ends it, and no preposition comes
     * before ("DeSantis, former South Carolina Gov. Nikki Haley, …" lists two candidates; "spokesman for Gov. Ron DeSantis"
     * is a role).
     */
    private static boolean namesAnotherPerson(String description) {
        String[] w = description.split("\\s+");
        int k = w.length;
        while (k > 0 && PERSONS_NAME_WORD.matcher(w[k - 1]).matches()
                && !Lexicon.isTitle(w[k - 1].toLowerCase(Locale.ROOT))) {
            k--;
        }
        // a name of two or three words, not a body's ("the Costume Institute"), after a title or a role noun ("Gov.
        // Nikki Haley", "entrepreneur Vivek Ramaswamy") or opening with a given name ("her husband Greg Penner")
        if (w.length - k < 2 || w.length - k > 3 || k == 0
                || Lexicon.ORG_WORDS.contains(w[w.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String before = w[k - 1].toLowerCase(Locale.ROOT);
        if (!Lexicon.isTitle(before) && !Lexicon.ROLE_NOUNS.contains(before)
                && GivenNames.gender(w[k].toLowerCase(Locale.ROOT)) == '?') {
            return false;
        }
        for (int i = 0; i < k; i++) {
            if (LINKING_PREPOSITIONS.contains(w[i].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether words after a name are a phrase that describes no one: one that opens with a preposition or "not" ("…, as
     * commander in chief,", "…, against the top editor …", "…, not addressing …"), or ends with one, cut off ("key figure
     * responsible for").
     */
    private static boolean isNoDescription(String d) {
        String first = d.substring(0, d.indexOf(' ') < 0 ? d.length() : d.indexOf(' ')).toLowerCase(Locale.ROOT);
        String last = d.substring(d.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return NOT_OPENING_A_DESCRIPTION.contains(first) || LINKING_PREPOSITIONS.contains(last);
    }

    private static final Set<String> NOT_OPENING_A_DESCRIPTION = Words.set("as", "against", "not", "after", "before",
            "during", "despite", "with", "without", "by", "from", "in", "on", "at", "for", "to", "like", "unlike",
            "including", "among", "amid", "about", "over");

    /** A word of a person's name ("Haley", "O’Hara", "J.B."); not "All-Star" or "NFL". */
    private static final Pattern PERSONS_NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’]*\\p{Ll}|\\p{Lu}\\.(?:\\p{Lu}\\.)*");

    private static final Set<String> LINKING_PREPOSITIONS = Words.set("of", "for", "to", "at", "from", "with", "in", "on",
            "under", "by");

    /**
     * Splits a role description into role and organization, keeping the article's wording: "a senior
     * specialist at the Center for … at the College of Economics" gives ("senior specialist", "the
     * Center for … at the College of Economics"); "Head of the X Department of the Y Center" gives
     * ("Head of the X Department", "the Y Center"); "Zanora's minister of mines" stays a role (a
     * lower-case "of" object is part of the post). Relative clauses ("who heads …") and further
     * comma-separated remarks are dropped.
     */
    static String[] splitRole(String description) {
        String d = description.strip();
        d = stripPrefix(d, "who is ", "who was ", "who has been ", "now ");
        if (startsWithWord(d, "who") || startsWithWord(d, "whom") || startsWithWord(d, "whose") || startsWithWord(d, "which")
                || opensAVerbPhrase(d)) {
            return new String[]{"", ""};
        }
        d = stripPrefix(d, "a ", "an ", "the ");
        // the relative pronoun may also end the description ("a pastor who") or be run into a verb ("who’s taken")
        d = cutAt(d + " ", ", who ", ", whom ", ", whose ", ", which ", " who ", " whom ", " whose ", " which ", " that ",
                " who’s ", " who's ", "; ", " - ", " — ", " – ",
                // where the words were said is no part of the post ("president of ABC Entertainment in a statement")
                " in a statement", " in the statement", " in a news release", " in a press release", " in an interview",
                " in a tweet", " in an email");
        while (d.endsWith(",") || d.endsWith(".")) {
            d = d.substring(0, d.length() - 1).strip();
        }
        if (namesAnotherPerson(d) || isNoDescription(d)) {
            return new String[]{"", ""};
        }
        int at = d.indexOf(" at ");
        int comma = d.indexOf(", ");
        if (comma > 0 && (at < 0 || comma < at)) {
            // "executive director of Acme, a union that …": the first part describes the post
            String[] head = splitRole(d.substring(0, comma));
            if (!head[1].isEmpty() || at < 0) {
                return head;
            }
        }
        if (at > 0 && !namesABodyAt(d.substring(0, at))) {
            return new String[]{d.substring(0, at).strip(), org(d.substring(at + 4))};
        }
        int last = d.lastIndexOf(" of the ");
        while (last > 0 && d.lastIndexOf(" of the ", last - 1) > 0 && OFFICE_HOLDERS.contains(firstWord(d.substring(last + 8)))) {
            last = d.lastIndexOf(" of the ", last - 1); // "deputy head of the Office of the President of Ukraine": his office
        }
        int first = d.indexOf(" of the ");
        if (first < last && d.substring(first, last).contains(" and ")) {
            last = first; // "dean of the College of Pharmacy and leader of the … team": the first post's body
        }
        if (last > 0 && Character.isUpperCase(charAfter(d, last + 8)) && !isOfficeTitle(d.substring(0, last))
                && !endsInCommonNoun(org(d.substring(last + 4)))) {
            return new String[]{d.substring(0, last).strip(), org(d.substring(last + 4))};
        }
        for (String sep : new String[]{" for ", " with ", " of "}) {
            int i = d.indexOf(sep);
            if (i > 0 && !insideAName(d, i)) {
                String rest = d.substring(i + sep.length()).strip();
                boolean proper = Character.isUpperCase(charAfter(rest, 0))
                        || rest.startsWith("the ") && Character.isUpperCase(charAfter(rest, 4));
                if (proper && (sep.equals(" of ") && isOfficeTitle(d.substring(0, i)) || namesAPerson(rest)
                        || endsInCommonNoun(org(rest)) || sep.equals(" of ") && RELATIONS.contains(lastWord(d.substring(0, i))))) {
                    // "Director of National Intelligence", "key ally of President Putin", "Hall of Fame quarterback",
                    // "mother of Eagles center Jason Kelce": no body
                    return new String[]{d, ""};
                }
                if (proper) {
                    return new String[]{d.substring(0, i).strip(), org(rest)};
                }
            }
        }
        return new String[]{d, ""};
    }

    /**
     * Whether the words after "of" or "for" in a role name a person, not an organization: a title or a given name,
     * then up to four capitalized words (and "and") that hold no organization's word, legal form, "&" or possessive
     * ("President Vladimir Putin", "Nancy Pelosi"; not "John E. Reid & Associates", "Dean Witter Reynolds Inc").
     */
    private static boolean namesAPerson(String rest) {
        String[] words = rest.split(" ");
        String first = words[0].toLowerCase(Locale.ROOT);
        boolean opens = PERSON_TITLES.contains(first) || first.equals("prime") && words.length > 1
                && words[1].equalsIgnoreCase("minister") || GivenNames.gender(first) != '?';
        int n = 0;
        while (n < words.length && !words[n].isEmpty()
                && (Character.isUpperCase(words[n].charAt(0)) || words[n].equals("&") || words[n].equals("and"))) {
            String w = words[n].toLowerCase(Locale.ROOT).replaceAll("[,.;:]+$", "");
            if (Lexicon.ORG_WORDS.contains(w) || Lexicon.COMPANY_FORMS.contains(w) || FIRM_WORDS.contains(w)
                    || w.equals("&") || w.endsWith("’s") || w.endsWith("'s")) {
                return false;
            }
            n++;
        }
        return opens && n <= 4;
    }

    /** Titles that only a person's name follows ("ally of President …"; not "State", "Federal", "House"). */
    private static final Set<String> PERSON_TITLES = Words.set("president", "chancellor", "pope", "sen.", "senator",
            "rep.", "gov.", "governor", "mayor", "mr.", "mrs.", "ms.", "dr.", "sheikh", "emir", "sultan", "gen.", "vice");
    /** Words that end a firm's name after its founders' ("Raymond James & Associates", "Shearson Lehman Brothers"). */
    private static final Set<String> FIRM_WORDS = Words.set("associates", "advisors", "advisers", "brothers", "bros",
            "securities");

    /**
     * Whether the words after "of" or "for" in a role end in a lower-case word that is no organization's ("Hall of Fame
     * quarterback", "son of the Republican presidential front-runner", "standard-bearer of the French far-right"):
     * those words describe the post, they name no body ("spokesman for the U.N. refugee agency" does).
     */
    private static boolean endsInCommonNoun(String words) {
        int of = words.indexOf(" of ");
        String head = of > 0 && Character.isLowerCase(charAfter(words, of + 4)) ? words.substring(0, of) : words;
        String last = head.substring(head.lastIndexOf(' ') + 1); // "division" of "the SEC's division of market regulation"
        return !last.isEmpty() && Character.isLowerCase(last.charAt(0)) && !Lexicon.ORG_WORDS.contains(last)
                && !UNITS.contains(last) && !Lexicon.ORG_WORDS.contains(last.substring(last.lastIndexOf('-') + 1));
    }

    /** Words for how one person stands to another ("mother of …", "widow of …"), whose "of" names no body. */
    private static final Set<String> RELATIONS = Words.set("mother", "father", "son", "daughter", "wife", "husband",
            "brother", "sister", "widow", "widower", "parent", "parents", "grandmother", "grandfather", "grandson",
            "granddaughter", "cousin", "uncle", "aunt", "nephew", "niece", "friend", "girlfriend", "boyfriend", "fiancee",
            "fiancée", "fiance", "stepson", "stepdaughter", "stepfather", "stepmother", "mom", "dad", "sibling", "child",
            "children", "descendant");

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the preposition at {@code i} joins the words of a body's name: a capitalized organization's word or
     * plural before it ("the University of Helsinki’s department", "Americans for Prosperity's Iowa chapter").
     */
    private static boolean insideAName(String d, int i) {
        String before = d.substring(d.lastIndexOf(' ', i - 1) + 1, i);
        return Character.isUpperCase(charAfter(before, 0)) && (Lexicon.ORG_WORDS.contains(before.toLowerCase(Locale.ROOT))
                || before.length() > 3 && before.endsWith("s") && !before.endsWith("ss"));
    }

    /**
     * Whether the words before " at " are a body's name that goes on after it, capitalized words that end in an
     * organization's word ("University at Buffalo law professor"; not "director of the Texas Program at …").
     */
    private static boolean namesABodyAt(String before) {
        String last = before.substring(before.lastIndexOf(' ') + 1);
        return Arrays.stream(before.split(" ")).allMatch(w -> Character.isUpperCase(charAfter(w, 0))
                        && !Lexicon.isTitle(w.toLowerCase(Locale.ROOT)))
                && Lexicon.ORG_WORDS.contains(last.toLowerCase(Locale.ROOT));
    }

    /** Lower-case nouns for a body or a part of one ("the SEC's division of market regulation", "a Houston law firm"). */
    private static final Set<String> UNITS = Words.set("division", "unit", "branch", "section", "team", "lab",
            "laboratory", "panel", "subcommittee", "taskforce", "firm", "chapter", "delegation", "newspaper", "website",
            "chain", "plant", "store", "shop", "restaurant", "bar", "salon", "shelter", "system", "practice");

    private static String org(String s) {
        // "the Council on Foreign Relations and former senior director for …", "Tennessee Right to Life and a coordinator
        // for …", "the University of Michigan and co-author of …", "Harvard and the study's co-author": a second post
        // is no part of the body
        s = cutAt(s + " ", " and former ", " and a former ", " and the former ", " and ex-", " and a ", " and an ");
        s = cutAtSecondPost(s);
        while (s.endsWith(",") || s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** Those whose office an organization may be named for ("the Office of the President of Ukraine"). */
    private static final Set<String> OFFICE_HOLDERS = Set.of("president", "prime", "governor", "mayor", "chancellor",
            "premier", "king", "queen", "secretary", "minister");

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return (space < 0 ? s : s.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    private static char charAfter(String s, int i) {
        return i < s.length() ? s.charAt(i) : ' ';
    }

    private static boolean startsWithWord(String s, String w) {
        return s.regionMatches(true, 0, w, 0, w.length()) && (s.length() == w.length() || s.charAt(w.length()) == ' ');
    }

    private static String cutAt(String s, String... seps) {
        int cut = s.length();
        for (String sep : seps) {
            int i = s.indexOf(sep);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return s.substring(0, cut).strip();
    }

    /**
     * The body before " and " when a second post follows it: lower-case words up to a role noun, maybe after a
     * determiner or owner ("and co-author of …", "and the study's lead author", "and head of its laboratory", "and one
     * of the researchers"); not the body's own lower-case words ("the county's small business and entrepreneurship
     * program").
     */
    private static String cutAtSecondPost(String s) {
        for (int and = s.indexOf(" and "); and > 0; and = s.indexOf(" and ", and + 1)) {
            String[] next = s.substring(and + 5).split(" ");
            int k = next.length > 1 && SECOND_POST_OPENERS.contains(next[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
            for (int end = Math.min(next.length, k + 4); k < end && !next[k].isEmpty()
                    && Character.isLowerCase(next[k].charAt(0)); k++) {
                String w = next[k].replaceAll("[,.;:]+$", "").replaceFirst("^co-", "");
                if (Lexicon.ROLE_NOUNS.contains(w) || w.endsWith("author") || w.equals("one")) { // "and co-leader of …"
                    return s.substring(0, and).strip();
                }
            }
        }
        return s;
    }

    private static final Set<String> SECOND_POST_OPENERS = Words.set("the", "its", "his", "her", "their", "another", "a");

    private static String stripPrefix(String s, String... prefixes) {
        for (String p : prefixes) {
            if (s.regionMatches(true, 0, p, 0, p.length())) {
                return s.substring(p.length()).strip();
            }
        }
        return s;
    }
}

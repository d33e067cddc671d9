package dev.attache.core.attribution;

import java.util.Map;
import java.util.Set;

/** Closed word classes the mention finder and the resolver rely on (all lower case). */
final class Lexicon {

    private Lexicon() {
    }

    /** Finite forms of "be", "have" and "do" and the modals that mark a clause ("the plant is …"). */
    static final Set<String> FINITE_AUXILIARIES = Words.set("is", "was", "were", "are", "has", "had", "have", "will",
            "would", "can", "could", "does", "did", "do");

    /** Conjunctions that open a subordinate clause ("As the mayor spoke, …", "When asked …"). */
    static final Set<String> SUBORDINATORS = Words.set("as", "while", "when", "after", "before", "because", "although",
            "though", "since", "until");

    /** Prepositions whose object a phrase names ("with Biden", "fell into a recession"). */
    static final Set<String> PREPOSITIONS = Words.set("with", "alongside", "beside", "to", "for", "from", "by", "about",
            "against", "after", "before", "without", "toward", "towards", "at", "on", "in", "of", "like", "behind",
            "near", "unlike", "than", "over", "under", "between", "among", "into", "onto", "across", "amid");

    /** Modals besides "will", "would", "can" and "could". */
    static final Set<String> MODALS = Words.set("may", "might", "must", "should", "shall");

    static final Set<String> DETERMINERS = Words.set("the", "a", "an", "this", "these", "those", "his", "her",
            "their", "its", "our", "my", "your", "some", "many", "most", "several", "few", "other", "both",
            "all", "each", "every", "any", "no", "another", "such", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "more", "fewer");

    static final Set<String> INDEFINITE = Words.set("a", "an", "some", "many", "most", "several", "few", "one",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
            "thousands", "more", "fewer", "other", "any", "another", "no");

    static final Set<String> PRONOUNS = Words.set("he", "she", "they", "it", "we", "i", "you", "who",
            "someone", "somebody", "everyone", "nobody", "others", "many", "some", "both", "few", "most",
            "which", "that");

    static final Set<String> FIRST_PERSON = Words.set("i", "we");

    /** Auxiliaries and adverbs between a subject and its cue ("has also said"). */
    static final Set<String> BETWEEN = Words.set("also", "has", "have", "had", "is", "was", "were", "are",
            "am", "be", "been", "being", "later", "previously", "recently", "then", "once", "repeatedly",
            "often", "frequently", "reportedly", "publicly", "privately", "long", "already", "never", "even",
            "still", "just", "initially", "first", "subsequently", "again", "would", "will", "could",
            "should", "may", "might", "can", "did", "does", "do", "not", "earlier", "always", "now", "only",
            "simply", "further", "flatly", "clearly", "since", "separately", "too", "ultimately", "finally",
            "last", "loudly", "openly", "falsely", "wrongly", "correctly", "rightly", "’s", "'s", "’ve", "’d",
            "however", "meanwhile", "nonetheless", "nevertheless", "here",
            "must", "didn’t", "doesn’t", "don’t", "hasn’t", "haven’t", "didn't", "doesn't", "don't",
            "hasn't", "haven't", "wasn’t", "isn’t", "won’t", "wouldn’t", "cannot");

    /** Words that end a noun phrase when walking left or right. */
    static final Set<String> STOP = Words.set("in", "on", "by", "into", "about", "after", "before", "during",
            "over", "under", "against", "than", "as", "like", "through", "between", "among", "without",
            "within", "to", "but", "or", "because", "while", "when", "where", "if", "although", "though",
            "so", "yet", "nor", "whether", "until", "unless", "that", "which", "whom", "whose",
            "what", "how", "why", "there", "here", "not", "is", "was", "were", "are", "be", "been", "has",
            "have", "had", "will", "would", "could", "should", "may", "might", "can", "did", "does", "do",
            "also", "said", "says", "told", "it", "he", "she", "they", "we", "i", "you", "him", "them",
            "me", "us", "then", "now", "however", "hence", "thus", "therefore", "moreover", "furthermore", "meanwhile",
            "nevertheless", "nonetheless", "instead", "besides", "otherwise", "likewise", "similarly", "consequently",
            "accordingly", "additionally", "since",
            "once", "even", "still", "just", "only",
            "very", "too", "said,", "reportedly", "who", "and", "with", "from", "at", "for", "of", "up",
            "out", "off", "down", "back", "away", "ago", "around", "across", "toward", "towards", "upon",
            "per", "via", "amid", "despite", "following", "including", "near", "unlike", "vs", "versus",
            "instead", "rather", "either", "neither", "this", "these", "those", "such", "not", "never");

    /** Connectors that may join parts of one noun phrase ("spokesman for the campaign"). */
    static final Set<String> CONNECTORS = Words.set("of", "for", "at", "from", "with", "and", "&", "’s", "'s",
            "de", "van", "von", "der", "del", "la", "le", "bin", "al", "da", "di", "du", "-", "in");

    /** Title words that precede a name ("President Biden", "Mr. Kashin"). */
    static final Set<String> TITLES = Words.set("mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "sen.", "sens.", "reps.",
            "senator", "gov.", "governor", "rep.", "representative", "president", "minister", "secretary",
            "undersecretary", "treasurer", "auditor", "comptroller", "marshal", "magistrate", "coroner", "constable",
            "chancellor", "mayor", "judge", "justice", "gen.", "general", "king", "queen", "prince",
            "princess", "pope", "chairman", "chairwoman", "chair", "director", "ambassador", "attorney",
            "vice", "vp", "pm", "deputy", "chief", "whip", "former", "spokesman", "spokeswoman", "spokesperson", "columnist",
            "premier", "sheikh", "emir", "sultan", "lt.", "col.", "sgt.", "capt.", "adm.", "maj.", "cmdr.",
            "admiral", "colonel", "captain", "commissioner", "speaker", "leader", "candidate", "nominee",
            "lawmaker", "congressman", "congresswoman", "assemblyman", "councilman", "councilwoman",
            "sir", "dame", "lord", "lady", "rev.", "reverend", "father", "sister", "brother", "pastor",
            "rabbi", "imam", "bishop", "cardinal", "archbishop", "officer", "detective", "sheriff",
            "commander", "inspector", "superintendent", "coach", "analyst", "economist", "expert",
            "author", "writer", "reporter", "correspondent", "editor", "host", "anchor", "ceo", "cfo",
            "founder", "executive", "head", "strategist", "adviser", "advisor", "aide", "pollster",
            "professor", "historian", "scholar", "specialist", "researcher", "official", "prosecutor",
            "lawyer", "attorney-general", "foreign", "defense", "prime", "first", "lady", "general",
            "democratic", "democrat", "republican", "gop", "u.s.", "state", "federal", "senior", "top", "acting",
            "interim", "presidential", "vice-president", "chief-of-staff", "secretary-general", "staff", "press",
            "white", "house", "campaign", "party", "manager", "activist", "leader", "member", "sen",
            "mr", "mrs", "ms", "dr", "gov", "rep", "businessman", "billionaire", "actor", "actress",
            "singer", "star", "rapper", "comedian", "player", "mogul", "journalist", "blogger", "pundit", "administrator",
            "principal");

    /** A title word, also hyphenated ({@link #hyphenatedOffice}: "Ex-President Donald Trump", "Director-General Tedros"). */
    static boolean isTitle(String lower) {
        return TITLES.contains(lower) || hyphenatedOffice(lower) || lower.endsWith("ologist"); // "State Climatologist"
    }

    /**
     * An office's title in hyphenated words: "under-secretary-general", "commander-in-chief", "vice-chairman",
     * "ex-president", "then-chancellor", "director-general" (a prefix or a title, then a title or a role noun), and a title
     * "-elect" ("president-elect", "governor-elect").
     */
    static boolean hyphenatedOffice(String lower) {
        int dash = lower.indexOf('-');
        if (dash <= 0 || dash == lower.length() - 1) {
            return false;
        }
        String first = lower.substring(0, dash);
        String rest = lower.substring(dash + 1);
        return lower.endsWith("-general") || lower.endsWith("-in-chief") || lower.endsWith("-elect") && isTitle(first)
                || (OFFICE_PREFIXES.contains(first) || TITLES.contains(first))
                && (isTitle(rest) || ROLE_NOUNS.contains(lower.substring(lower.lastIndexOf('-') + 1)));
    }

    private static final Set<String> OFFICE_PREFIXES = Words.set("under", "vice", "deputy", "assistant", "ex", "co", "then");

    /** Role nouns a nominal mention can name ("the expert"), each with the role words that fit it. */
    static final Map<String, Set<String>> ROLE_FITS = Map.ofEntries(
            Map.entry("expert", Words.set("expert", "specialist", "analyst", "scholar", "professor", "researcher",
                    "fellow", "economist", "scientist", "historian", "head", "director", "strategist")),
            Map.entry("analyst", Words.set("analyst", "expert", "specialist", "strategist", "economist")),
            Map.entry("specialist", Words.set("specialist", "expert")),
            Map.entry("pontiff", Words.set("pontiff", "pope")),
            Map.entry("spokesman", Words.set("spokesman", "spokeswoman", "spokesperson", "press secretary")),
            Map.entry("spokeswoman", Words.set("spokeswoman", "spokesman", "spokesperson", "press secretary")),
            Map.entry("spokesperson", Words.set("spokesperson", "spokesman", "spokeswoman", "press secretary")),
            Map.entry("minister", Words.set("minister", "secretary")),
            Map.entry("columnist", Words.set("columnist", "writer", "author", "journalist", "commentator")),
            Map.entry("author", Words.set("author", "writer", "columnist")),
            Map.entry("writer", Words.set("writer", "author", "columnist")),
            Map.entry("president", Words.set("president")),
            Map.entry("senator", Words.set("senator", "sen.")),
            Map.entry("governor", Words.set("governor", "gov.")),
            Map.entry("mayor", Words.set("mayor")),
            Map.entry("diplomat", Words.set("diplomat", "ambassador", "envoy", "minister")),
            Map.entry("official", Words.set("official", "officer", "minister", "secretary", "director", "spokes")),
            Map.entry("candidate", Words.set("candidate", "nominee", "contender", "hopeful")),
            Map.entry("nominee", Words.set("nominee", "candidate")),
            Map.entry("professor", Words.set("professor", "scholar")),
            Map.entry("economist", Words.set("economist", "analyst")),
            Map.entry("lawmaker", Words.set("lawmaker", "senator", "representative", "congressman", "congresswoman", "sen.", "rep.")),
            Map.entry("businessman", Words.set("businessman", "mogul", "billionaire", "executive", "ceo")),
            Map.entry("billionaire", Words.set("billionaire", "businessman", "mogul")));

    /** Role nouns in general (used to accept an appositive as a role description). */
    static final Set<String> ROLE_NOUNS = Words.set("expert", "specialist", "analyst", "scholar", "professor",
            "researcher", "fellow", "economist", "scientist", "historian", "head", "director", "strategist",
            "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "columnist", "writer",
            "author", "journalist", "commentator", "president", "senator", "governor", "mayor", "diplomat",
            "ambassador", "envoy", "official", "officer", "candidate", "nominee", "lawmaker", "congressman",
            "congresswoman", "representative", "chairman", "chairwoman", "chair", "chief", "founder",
            "executive", "ceo", "leader", "member", "adviser", "advisor", "aide", "manager", "editor",
            "reporter", "correspondent", "lawyer", "attorney", "judge", "justice", "prosecutor", "partner",
            "pollster", "consultant", "activist", "organizer", "vice", "deputy", "commissioner", "general",
            "colonel", "admiral", "commander", "student", "teacher", "voter", "resident", "owner",
            "businessman", "billionaire", "mogul", "host", "anchor", "coordinator", "staffer", "worker",
            "veteran", "physician", "doctor", "surgeon", "priest", "pastor", "rabbi", "imam", "bishop",
            "sheriff", "detective", "inspector", "superintendent", "coach", "player", "actor", "actress",
            "president-elect", "nominee", "contender", "hopeful", "speaker", "premier", "chancellor",
            "king", "queen", "prince", "pope", "pontiff", "mother", "father", "wife", "husband", "son", "daughter",
            "friend", "ally", "supporter", "critic", "opponent", "rival", "negotiator", "delegate", "adviser",
            "counsel", "planner", "strategist", "secretary-general", "head",
            // further nouns for people by office, trade or relation
            "dean", "incumbent", "contestant", "donor", "operative", "surrogate", "lobbyist", "blogger", "volunteer",
            "attendee", "protester", "protestor", "demonstrator", "provost", "chaplain", "pundit", "comedian",
            "singer", "rapper", "novelist", "poet", "playwright", "filmmaker", "producer", "publisher", "co-founder",
            "cofounder", "trustee", "treasurer", "clerk", "councilman", "councilwoman", "legislator", "assemblyman",
            "assemblywoman", "politician", "lecturer", "nurse", "engineer", "pilot", "farmer", "miner", "soldier",
            "sergeant", "captain", "lieutenant", "agent", "investigator", "co-chair", "cochair", "chairperson",
            "moderator", "panelist", "juror", "plaintiff", "defendant", "witness", "neighbor", "citizen", "immigrant",
            "refugee", "parent", "grandmother", "grandfather", "brother", "sister", "cousin", "uncle", "aunt",
            "nephew", "niece", "girlfriend", "boyfriend", "widow", "widower", "entrepreneur", "investor", "banker",
            "retiree", "homemaker", "mechanic", "electrician", "accountant", "architect", "consultant", "campaigner",
            // players by their positions and sports
            "quarterback", "linebacker", "cornerback", "pitcher", "shortstop", "outfielder", "infielder", "goalkeeper",
            "goalie", "midfielder", "striker", "defenseman", "forward", "guard", "receiver", "defender", "winger",
            "catcher", "kicker", "punter", "rookie", "swimmer", "skier", "gymnast", "sprinter", "golfer",
            "boxer", "wrestler", "jockey", "runner", "skater", "snowboarder", "champion", "laureate", "medalist");

    /** Plural or collective heads of anonymous sources. */
    static final Set<String> ANONYMOUS_HEADS = Words.set("sources", "source", "officials", "official",
            "aides", "aide", "spokesperson", "spokesman", "spokeswoman", "people", "insiders", "diplomats",
            "analysts", "experts", "observers", "critics", "witnesses", "residents", "someone", "somebody",
            "reports", "person", "staffers", "advisers", "advisors", "lawmakers", "members", "investigators",
            "authorities", "police", "prosecutors", "officers", "economists", "pollsters", "strategists");

    /** Plural nouns for groups of people that speak as groups ("residents in the town said", "voters in Iowa say"). */
    static final Set<String> PEOPLE_GROUPS = Words.set("people", "voters", "residents", "citizens", "students",
            "parents", "teachers", "workers", "employees", "farmers", "customers", "shoppers", "shareholders",
            "investors", "traders", "bankers", "dealers", "brokers", "executives", "managers", "owners", "leaders",
            "legislators", "senators", "representatives", "delegates", "doctors", "nurses", "physicians",
            "scientists", "researchers", "adults", "children", "women", "men", "fans", "protesters", "demonstrators",
            "activists", "supporters", "opponents", "respondents", "retirees", "veterans", "soldiers", "troops",
            "families", "patients", "survivors", "republicans", "democrats", "majorities", "regulators",
            "forecasters", "volunteers", "organizers", "attendees", "participants", "negotiators", "ministers",
            "judges", "lawyers", "attorneys", "plaintiffs", "defendants", "businesses", "merchants", "growers",
            "producers", "consumers", "buyers", "sellers", "users", "viewers", "readers", "listeners", "guests",
            "administrators", "educators", "clergy", "priests", "bishops", "refugees", "migrants", "immigrants");

    /** A company's legal forms, which end its name ("Acme Corp", "Holm & Dane Ltd"). */
    static final Set<String> COMPANY_FORMS = Words.set("inc", "inc.", "corp", "corp.", "co", "co.", "ltd",
            "ltd.", "llc", "plc", "ag", "s.a.", "n.v.");

    /**
     * First words of place names that begin no person's name ("San Francisco", "Los Angeles", "Lake Charles", "Western
     * Sahara"): no "he" or "she" stands for such a name. Not "Sri", "Hong", "El", "Le" or "St.", which begin people's
     * names too ("Sri Mulyani Indrawati", "Hong Nam-ki", "El Chapo", "Le Yucheng", "St. Luke").
     */
    static final Set<String> PLACE_NAME_HEADS = Words.set("san", "los", "las", "saudi", "puerto", "sao", "são", "lake",
            "mount", "fort", "port", "cape", "new", "western", "eastern", "northern", "southern", "upper", "lower");

    /** Words that mark a capitalized sequence as an organization or place rather than a person. */
    static final Set<String> ORG_WORDS = Words.set("center", "centers", "centre", "centres", "department", "organization",
            "organisation", "house", "times", "post", "news", "party", "committee", "council", "ministry",
            "forum", "group", "agency", "bank", "fed", "reserve", "association", "institute", "institution", "court",
            "congress", "senate", "union", "republic", "states", "kingdom", "nations", "university",
            "college", "school", "company", "corporation", "inc.", "corp.", "administration", "office", "services",
            "service", "commission", "board", "fund", "foundation", "project", "journal", "street",
            "avenue", "city", "county", "state", "island", "islands", "sea", "ocean", "river", "valley",
            "cape", "mount", "port", "fort", "gulf", "strait", "straits", "peninsula", "harbor", "harbour",
            "canal", "coast", "mountains", "desert", "diocese", "archdiocese", "church", "academy", "league",
            "review", "magazine", "network", "channel", "television", "radio", "press", "tribune",
            "herald", "guardian", "telegraph", "campaign", "convention", "conference", "summit", "treaty",
            "alliance", "force", "forces", "army", "navy", "guard", "police", "bureau", "authority",
            "coalition", "movement", "front", "caucus", "club", "society", "museum", "hospital",
            // the heads of Arabic group names ("Ansar al-Sharia", "Ahrar al-Sham", "Jabhat al-Nusra")
            "ansar", "ahrar", "jabhat", "jaish", "harakat", "hayat", "hizb", "kataib", "liwa",
            "airport", "station", "airlines", "motors", "holdings", "partners", "capital", "management",
            "daily", "weekly", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "april", "june", "july",
            "september", "october", "november", "december", "america", "europe", "asia", "africa",
            "reuters", "cnn", "bbc", "msnbc", "fox", "nbc", "abc", "cbs", "ap", "afp", "sputnik", "tass",
            "xinhua", "politico", "breitbart", "bloomberg", "twitter", "facebook", "instagram", "youtube",
            "google", "microsoft", "apple", "amazon", "dialogue", "cooperation", "security", "federation",
            "parliament", "assembly", "government", "cabinet", "pentagon", "kremlin", "fbi", "cia", "nsa",
            "gop", "dnc", "rnc", "un", "nato", "eu", "who", "imf", "opec", "initiative", "program",
            "programme", "report", "poll", "survey", "study", "review", "act", "bill", "law", "plan",
            "democrats", "republicans", "embassy", "region", "province", "district", "north", "south",
            "east", "west", "central", "international", "national", "global", "world", "united", "new",
            "times", "journal", "gazette", "daily", "media", "tv", "online", "economics", "studies",
            // agreements, policies and patrols named in capitals ("the Migrant Protection Protocols", "the Border Patrol"),
            // and bodies in the plural ("Historically Black Colleges and Universities")
            "protocol", "protocols", "accord", "accords", "agreement", "pact", "doctrine", "charter", "declaration", "patrol",
            "amendment", "constitution", "colleges", "universities", "churches", "hospitals", "companies",
            // a body's part named in capitals ("the Economist Intelligence Unit")
            "unit");

    /** Nationalities and other adjectives of a people: a one-word "name" among them is no person ("a senior Chinese official"). */
    static final Set<String> DEMONYMS = Words.set("american", "british", "chinese", "russian", "ukrainian", "french",
            "german", "italian", "spanish", "japanese", "korean", "indian", "pakistani", "iranian", "iraqi", "israeli",
            "palestinian", "saudi", "syrian", "turkish", "egyptian", "afghan", "mexican", "canadian", "brazilian",
            "australian", "european", "african", "asian", "arab", "kurdish", "polish", "dutch", "swedish", "finnish",
            "norwegian", "danish", "greek", "belgian", "swiss", "austrian", "hungarian", "czech", "romanian",
            "bulgarian", "serbian", "croatian", "lebanese", "jordanian", "qatari", "emirati", "yemeni", "libyan",
            "tunisian", "algerian", "moroccan", "nigerian", "kenyan", "ethiopian", "somali", "sudanese", "venezuelan",
            "colombian", "cuban", "argentine", "chilean", "peruvian", "vietnamese", "thai", "filipino", "indonesian",
            "malaysian", "taiwanese", "belarusian", "armenian", "azerbaijani", "kazakh", "uzbek", "mongolian", "irish",
            "scottish", "welsh", "english", "western", "eastern", "latino", "hispanic", "muslim", "jewish", "catholic");

    /**
     * The states of the United States named in one word, but those that are also given names or surnames (Georgia,
     * Virginia, Washington): a name that ends in one is a place's or a body's ("SuperTalk Mississippi", a radio network).
     */
    static final Set<String> US_STATES = Words.set("alabama", "alaska", "arizona", "arkansas", "california", "colorado",
            "connecticut", "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
            "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
            "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah",
            "vermont", "wisconsin", "wyoming");

    /**
     * Countries and contested regions named in one word: such a name alone is a place, never a person, even with
     * an appositive ("Qatar, one of the world’s top suppliers, …"). Those that are also common surnames or given
     * names (Jordan, Chad, Georgia, Israel, Holland, Wales) are left out.
     */
    static final Set<String> COUNTRIES = Words.set("afghanistan", "albania", "algeria", "andorra", "angola",
            "argentina", "armenia", "australia", "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh",
            "barbados", "belarus", "belgium", "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil",
            "britain", "brunei", "bulgaria", "burma", "burundi", "cambodia", "cameroon", "canada", "catalonia", "chile",
            "china", "colombia", "comoros", "congo", "crimea", "croatia", "cuba", "cyprus", "czechia", "denmark",
            "djibouti", "donbas", "ecuador", "egypt", "england", "eritrea", "estonia", "eswatini", "ethiopia", "fiji",
            "finland", "france", "gabon", "gambia", "gaza", "germany", "ghana", "greece", "grenada", "guatemala",
            "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq",
            "ireland", "italy", "jamaica", "japan", "kashmir", "kazakhstan", "kenya", "kiribati", "kosovo", "kurdistan",
            "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia", "libya", "liechtenstein",
            "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "mauritania",
            "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro", "morocco",
            "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands", "nicaragua", "niger", "nigeria",
            "norway", "oman", "pakistan", "palau", "palestine", "panama", "paraguay", "peru", "philippines", "poland",
            "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "scotland", "senegal", "serbia", "seychelles",
            "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan", "suriname", "sweden", "switzerland",
            "syria", "taiwan", "tajikistan", "tanzania", "thailand", "tibet", "togo", "tonga", "tunisia", "turkey",
            "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan", "vanuatu", "venezuela", "vietnam",
            "xinjiang", "yemen", "zambia", "zimbabwe");

    static final Set<String> AUTHOR_NOUNS = Words.set("author", "columnist", "writer", "correspondent", "reporter");
}

package dev.attache.core.attribution;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Whether "the company", "the ministry" or "the newspaper" can be a body the article named just before: a company's
 * noun fits a company's name ("Acme Corp", "Alaska Airlines", "Tesla"); another body's noun fits a name that holds it
 * ("the ministry" for "the Foreign Ministry"), an agency's also initials ("the FDA"), a newspaper's an outlet's name.
 */
final class BodyNouns {

    private BodyNouns() {
    }

    static boolean fits(String noun, String bodyName) {
        String name = bodyName.toLowerCase(Locale.ROOT);
        if (name.equals(noun)) {
            return false; // "Administration" alone names no one body
        }
        if (COMPANY_NOUNS.contains(noun)) {
            return isCompany(bodyName, name);
        }
        if (!BODY_NOUNS.contains(noun)) {
            return false;
        }
        if (Words.holdsWholeIgnoringCase(bodyName, noun)) {
            return true;
        }
        return noun.equals("agency") && bodyName.length() >= 2 && bodyName.chars().allMatch(Character::isUpperCase)
                || (noun.equals("newspaper") || noun.equals("paper"))
                && Arrays.stream(name.split(" ")).anyMatch(OUTLET_WORDS::contains);
    }

    /**
     * A company's name: capitalized words, no public body's or outlet's word, and either one word ("Tesla", "GM") that
     * names no place, or a last word that is a legal form or a trade's ("Acme Corp", "Alaska Airlines").
     */
    private static boolean isCompany(String bodyName, String name) {
        String[] words = name.split(" ");
        String[] written = bodyName.split(" ");
        for (int i = 0; i < words.length; i++) {
            boolean joiner = words[i].isEmpty() || words[i].equals("and") || words[i].equals("of") || words[i].equals("&");
            if (PUBLIC_BODY_WORDS.contains(words[i]) || OUTLET_WORDS.contains(words[i])
                    || !joiner && !Character.isUpperCase(written[i].codePointAt(0))) {
                return false; // "the FDA", "the New Yorker", "Zatko's disclosure"
            }
        }
        if (words.length == 1) {
            // not a place, a point of the compass or a product's code ("NVX-CoV2515")
            return !Lexicon.COUNTRIES.contains(name) && !Lexicon.US_STATES.contains(name) && !Lexicon.DEMONYMS.contains(name)
                    && !COMPASS.contains(name) && name.chars().noneMatch(Character::isDigit);
        }
        String last = words[words.length - 1].replace(".", "");
        return Lexicon.COMPANY_FORMS.contains(last) || Lexicon.COMPANY_FORMS.contains(last + ".") || TRADE_WORDS.contains(last);
    }

    private static final Set<String> COMPASS = Words.set("north", "south", "east", "west", "central");

    /** Last words of companies' names ("Alaska Airlines", "Sears Holdings", "Texas Instruments"). */
    private static final Set<String> TRADE_WORDS = Words.set("group", "holdings", "airlines", "airways", "motors",
            "industries", "foods", "financial", "resources", "laboratories", "pharmaceuticals", "electric", "steel",
            "systems", "technologies", "communications", "energy", "instruments", "petroleum", "oil", "gas", "chemical",
            "chemicals", "bank", "bancorp", "insurance", "partners", "capital", "enterprises", "international", "brands",
            "entertainment", "pictures", "studios", "media", "software", "semiconductor", "networks", "telecom",
            "motor", "mining", "minerals", "homes", "hotels", "stores", "markets", "supermarkets");

    /** Nouns for a company ("the automaker said"). */
    private static final Set<String> COMPANY_NOUNS = Words.set("company", "firm", "automaker", "carmaker", "airline",
            "carrier", "retailer", "chain", "lender", "insurer", "manufacturer", "startup", "conglomerate", "utility",
            "brewer", "miner", "developer", "operator", "giant");

    /** Nouns for other bodies, which their names hold ("the ministry", "the committee"). */
    private static final Set<String> BODY_NOUNS = Words.set("agency", "ministry", "department", "committee",
            "commission", "court", "union", "university", "newspaper", "paper", "board", "council", "administration",
            "organization", "foundation", "party", "bank", "hospital", "league", "museum", "church", "office", "bureau",
            "institute", "association", "federation", "service", "network", "group", "team", "club", "center", "school");

    /** Words of the names of public bodies and places, which are no company. */
    private static final Set<String> PUBLIC_BODY_WORDS = Words.set("department", "ministry", "agency", "administration",
            "office", "commission", "council", "committee", "court", "congress", "senate", "house", "government",
            "police", "party", "university", "school", "college", "assembly", "parliament", "army", "navy", "nations",
            "state", "states", "city", "county", "kingdom", "republic", "union", "federation", "authority", "bureau",
            "service", "institute", "foundation", "association", "league", "campaign", "fbi", "cia", "nato",
            "un", "eu", "who", "imf", "opec", "kremlin", "pentagon", "white", "fed", "reserve", "embassy", "district",
            "province", "region", "regime", "hamas", "taliban",
            // public agencies known by their initials
            "fda", "cdc", "sec", "nasa", "epa", "ftc", "fcc", "irs", "dhs", "doj", "nih", "noaa", "usda", "faa", "ntsb",
            "nhtsa", "osha", "fema", "atf", "dea", "ice", "cbp", "tsa", "wto", "ecb", "nsa");

    /** Words of newspapers' and broadcasters' names. */
    private static final Set<String> OUTLET_WORDS = Words.set("times", "post", "journal", "herald", "tribune", "gazette",
            "daily", "news", "telegraph", "guardian", "reuters", "cnn", "bbc", "msnbc", "fox", "nbc", "abc", "cbs", "ap",
            "afp", "politico", "bloomberg", "press", "magazine", "review", "today", "star", "globe", "independent");
}

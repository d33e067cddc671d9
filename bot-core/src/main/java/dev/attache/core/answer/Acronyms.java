package dev.attache.core.answer;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A body's name and its acronym: "UN", "U.N." and "United Nations" name one speaker, and so do "IMF" and
 * "International Monetary Fund". News writes a body both ways, often in one article, and a question asks by either.
 */
public final class Acronyms {

    /** "UN", "NATO", "U.N.", "U.S": two to six capitals, with or without a dot after each. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}|(?:\\p{Lu}\\.){1,5}\\p{Lu}\\.?");
    /** Words of a body's name that its acronym leaves out: "Organization of the Petroleum Exporting Countries". */
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "on", "in", "de", "du", "des", "la",
            "le", "del", "to");
    /**
     * The last words of a body's name, so that a person's initials make no acronym ("Alan Garcia" is no "AG"): news
     * names bodies with these words ("World Health Organization", "United Nations", "European Central Bank").
     */
    private static final Set<String> BODY_WORDS = Set.of("nations", "states", "kingdom", "union", "organization",
            "organisation", "fund", "bank", "reserve", "agency", "council", "commission", "committee", "court",
            "assembly", "parliament", "department", "ministry", "office", "bureau", "administration", "authority",
            "board", "service", "forum", "institute", "institution", "foundation", "association", "alliance", "league",
            "federation", "party", "program", "programme", "community", "conference", "movement", "group", "forces",
            "force", "army", "navy", "command", "corporation", "centers", "center", "centre", "university", "countries");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");

    private Acronyms() {
    }

    /** Whether {@code word} is an acronym as written: "UN", "U.N.", "NATO"; not "Un", "A." or "Nato". */
    public static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches();
    }

    /** An acronym's letters: "U.N." → "UN". */
    public static String letters(String acronym) {
        return acronym.replace(".", "");
    }

    /** The forms an acronym is written in: "UN" and "U.N." for either. */
    public static List<String> writtenForms(String acronym) {
        String letters = letters(acronym);
        return List.of(letters, String.join(".", letters.split("")) + ".");
    }

    /**
     * The acronym of a body's name, its words' initials ("International Monetary Fund" → "IMF", "Organization of the
     * Petroleum Exporting Countries" → "OPEC"); empty for a name that is no body's (a person's, "US Navy" that holds an
     * acronym) or whose initials would not make one.
     */
    public static Optional<String> of(String name) {
        String[] words = WORD_BREAK.split(name.strip());
        if (words.length < 2 || !BODY_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (CONNECTORS.contains(word)) {
                continue;
            }
            if (!isCapitalizedWord(word)) {
                return Optional.empty();
            }
            initials.append(word.charAt(0));
        }
        return initials.length() >= 2 && initials.length() <= 6 ? Optional.of(initials.toString()) : Optional.empty();
    }

    /**
     * The acronyms of the bodies a phrase may name ({@link #of} of each run of its words that does not start with a
     * connector): "UN" in "Secretary-General at the United Nations", so that the post reads as "UN Secretary-General"
     * does. A run that is no body's name may give a stray acronym too ("SGUN" of "Secretary-General of the United
     * Nations"); a post asked for does not name it.
     */
    public static Set<String> inPhrase(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        Set<String> acronyms = new LinkedHashSet<>();
        for (int first = 0; first < words.length; first++) {
            if (CONNECTORS.contains(words[first].toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int end = first + 2; end <= words.length; end++) {
                of(String.join(" ", Arrays.copyOfRange(words, first, end))).ifPresent(acronyms::add);
            }
        }
        return acronyms;
    }

    /** "Monetary", not "IMF", "U.S." or "fund". */
    private static boolean isCapitalizedWord(String word) {
        return Character.isUpperCase(word.charAt(0)) && word.chars().skip(1).allMatch(Character::isLowerCase);
    }
}

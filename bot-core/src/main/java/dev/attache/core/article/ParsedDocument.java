package dev.attache.core.article;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a parser read from one source before it becomes an {@link Article}: metadata and clean,
 * reflowed body text. Unknown text fields are empty strings, never null.
 *
 * @param givenId the identifier the source itself gave (a JSON Lines {@code id}), or empty
 */
public record ParsedDocument(
        String givenId,
        String title,
        String outlet,
        String author,
        String authorRole,
        PublishedDate published,
        String url,
        String language,
        String text) {

    public ParsedDocument {
        givenId = orEmpty(givenId);
        title = orEmpty(title);
        outlet = field(outlet);
        author = inNameCase(field(author));
        authorRole = field(authorRole);
        published = published == null ? PublishedDate.unknown() : published;
        url = orEmpty(url);
        language = language == null || language.isBlank() ? "en" : language;
        text = Objects.requireNonNull(text, "text");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * A person's name the source wrote in capitals ("Mr. MAHMUD ALI", "Mr AL-SHARA", as the UN's records list many
     * speakers) in the case names are written in: "Mr. Mahmud Ali", "Mr Al-Shara". A single word in capitals without a
     * courtesy title may be an organization's acronym ("AP") and is left as it is.
     */
    private static String inNameCase(String name) {
        Matcher courtesy = COURTESY_TITLE.matcher(name);
        boolean titled = courtesy.lookingAt();
        String rest = titled ? name.substring(courtesy.end()) : name;
        if (rest.chars().anyMatch(Character::isLowerCase) || rest.chars().filter(Character::isUpperCase).count() < 2
                || !titled && rest.indexOf(' ') < 0) {
            return name;
        }
        // each run of letters capitalized, but for a regnal number ending the name ("Abdullah II")
        return LETTERS.matcher(name).replaceAll(word -> word.start() > 0 && word.end() == name.length()
                && REGNAL_NUMBER.matcher(word.group()).matches()
                ? word.group() : word.group().charAt(0) + word.group().substring(1).toLowerCase(Locale.ROOT));
    }

    private static final Pattern COURTESY_TITLE = Pattern.compile("(?i)(?:mr|mrs|ms|dr)\\.?\\s+");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern REGNAL_NUMBER = Pattern.compile("[IVX]{1,4}");

    /** A name field without the separator a source's list left after it ("Luiz Inácio Lula da Silva,"). */
    private static String field(String s) {
        String value = orEmpty(s);
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == ',' || value.charAt(end - 1) == ';')) {
            end--;
        }
        return value.substring(0, end).strip();
    }
}

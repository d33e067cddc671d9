package dev.attache.core.answer;

import dev.attache.core.attribution.Speaker;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One point of an answer: a verbatim quote or a statement taken from one passage.
 *
 * @param text for a quote, the words inside the quote marks exactly as the article has them (an
 *     ellipsis "…" marks words left out: the start or end of a long quote, or the cue that
 *     interrupts a quote); for a statement, one sentence of the passage, without the dash of a
 *     list item, and with a speaker's opening "He"/"She" replaced by their name in brackets
 * @param speaker who said it, by name; empty for a statement of the article's own (quotes whose
 *     source the article does not name are not offered as quote points)
 * @param cue how the article introduces it ("told Sputnik", "said"), or empty
 * @param source the number of the {@link Source} it comes from
 */
public record Point(String text, Kind kind, Optional<Speaker> speaker, String cue, int source,
                    String passageId) {

    public enum Kind { QUOTE, STATEMENT }

    /**
     * Whether the text itself names its speaker, so a renderer need not repeat the name: by the last word of the name
     * ("Osei said that…", "…, the U.N. reported"), or by a family name written first, as the subject the sentence or
     * its clause opens with ("Zhao said …" of Zhao Ziyang; not "Los Angeles" in a sentence on the Los Angeles Dodgers).
     */
    public boolean textNamesSpeaker() {
        return speaker.map(s -> {
            String[] words = s.name().split("\\s+");
            String first = words[0];
            boolean firstIsAName = first.length() >= 3 && first.chars().allMatch(Character::isLetter)
                    || first.length() >= 2 && first.chars().allMatch(Character::isUpperCase); // not "J." or "Dr."
            // a word of its own ("Lee" is not in "Leeds"); the first not before another name ("Los Angeles County")
            return found("(?<!\\p{L})" + Pattern.quote(words[words.length - 1]) + "(?!\\p{L})")
                    || words.length > 1 && firstIsAName && found("(?:^|, )" + Pattern.quote(first) + "(?!\\p{L}| \\p{Lu})");
        }).orElse(false);
    }

    private boolean found(String regex) {
        return Pattern.compile(regex).matcher(text).find();
    }
}

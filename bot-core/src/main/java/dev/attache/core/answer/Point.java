package dev.attache.core.answer;

import dev.attache.core.attribution.Speaker;
import java.util.Arrays;
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
     * Whether the text itself names its speaker ("Osei said that…", "Zhao said …" of Zhao Ziyang, whose family name
     * comes first), so a renderer need not repeat the name.
     */
    public boolean textNamesSpeaker() {
        return speaker.map(s -> Arrays.stream(s.name().split("[\\s-]+")).anyMatch(this::inText)).orElse(false);
    }

    /** Whether a word of a name (not an initial or "Dr.") stands in the text as a word. */
    private boolean inText(String nameWord) {
        return nameWord.length() >= 3 && nameWord.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’')
                && Pattern.compile("(?<!\\p{L})" + Pattern.quote(nameWord) + "(?!\\p{L})").matcher(text).find();
    }
}

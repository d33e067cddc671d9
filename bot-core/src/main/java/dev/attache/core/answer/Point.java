package dev.attache.core.answer;

import dev.attache.core.attribution.Speaker;
import java.util.Optional;

/**
 * One point of an answer: a verbatim quote or a statement taken from one passage.
 *
 * @param text for a quote, the words inside the quote marks exactly as the article has them;
 *     for a statement, one sentence of the passage
 * @param speaker who said it, for a quote or reported speech
 * @param cue how the article introduces it ("told Sputnik", "said"), or empty
 * @param source the number of the {@link Source} it comes from
 */
public record Point(String text, Kind kind, Optional<Speaker> speaker, String cue, int source,
                    String passageId) {

    public enum Kind { QUOTE, STATEMENT }
}

package dev.attache.core.attribution;

import java.util.Optional;

/**
 * One attribution found in an article: what was said (content), the words it is attributed to
 * (source mention, e.g. "he", "the expert", "Kashin"), the cue ("said", "according to"), and the
 * speaker the mention resolves to. Offsets are into the article text.
 *
 * @param direct true for a quotation in quote marks, false for reported speech
 */
public record Attribution(Span content, Optional<Span> source, Optional<Span> cue,
                          Optional<Speaker> speaker, boolean direct) {
}

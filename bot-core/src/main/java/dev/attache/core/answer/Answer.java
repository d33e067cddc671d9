package dev.attache.core.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The platform-neutral answer to a question: the contract between core and every renderer.
 * Points cite sources by their number {@code n}; every source listed is cited by some point.
 * {@code passages} are the top retrieved passages in rank order, whatever the status.
 *
 * @param id                a short stable id of this answer (for feedback and follow-up buttons)
 * @param postWithoutHolder for a question asking who holds a post ("Who is the foreign minister of Estoria?"), the post
 *                          as asked when no one quoted in the passages found holds it and no point names it: the points
 *                          are only the nearest the library has, and the renderers say so
 */
public record Answer(String id, String question, LocalDate asOf, Status status, List<Point> points,
                     List<Source> sources, List<RankedPassage> passages, Optional<String> postWithoutHolder,
                     long tookMs) {

    public enum Status { ANSWERED, NO_ANSWER }

    public Answer {
        points = List.copyOf(points);
        sources = List.copyOf(sources);
        passages = List.copyOf(passages);
    }

    public boolean answered() {
        return status == Status.ANSWERED;
    }

    /**
     * The answer's opening line, plain text: how many articles it draws on, and that no one was found in the post the
     * question asked about, if so.
     */
    public String opening() {
        int n = sources.size();
        String articles = n + (n == 1 ? " article" : " articles");
        return postWithoutHolder
                .map(post -> "I found no one quoted as " + post + ". The nearest points, from " + articles + ":")
                .orElse("The library has " + articles + " on this.");
    }

    /** The source with number {@code n}. */
    public Source source(int n) {
        return sources.stream().filter(s -> s.n() == n).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source " + n));
    }

    /** The same answer to a question asked in other words (it may come from the cache), with its own took_ms. */
    public Answer servedAs(String askedQuestion, long ms) {
        return new Answer(id, askedQuestion, asOf, status, points, sources, passages, postWithoutHolder, ms);
    }
}

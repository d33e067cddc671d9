package dev.attache.core.answer;

import java.time.LocalDate;
import java.util.List;

/**
 * The platform-neutral answer to a question: the contract between core and every renderer.
 * Points cite sources by their number {@code n}; every source listed is cited by some point.
 * {@code passages} are the top retrieved passages in rank order, whatever the status.
 *
 * @param id a short stable id of this answer (for feedback and follow-up buttons)
 */
public record Answer(String id, String question, LocalDate asOf, Status status, List<Point> points,
                     List<Source> sources, List<RankedPassage> passages, long tookMs) {

    public enum Status { ANSWERED, NO_ANSWER }

    public Answer {
        points = List.copyOf(points);
        sources = List.copyOf(sources);
        passages = List.copyOf(passages);
    }

    public boolean answered() {
        return status == Status.ANSWERED;
    }

    /** The source with number {@code n}. */
    public Source source(int n) {
        return sources.stream().filter(s -> s.n() == n).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source " + n));
    }

    /** The same answer to a question asked in other words (it may come from the cache), with its own took_ms. */
    public Answer servedAs(String askedQuestion, long ms) {
        return new Answer(id, askedQuestion, asOf, status, points, sources, passages, ms);
    }
}

package dev.attache.core.ops;

import dev.attache.core.attribution.Speaker;
import java.util.List;

/** The result of adding one article. */
public sealed interface AddOutcome {

    /**
     * A quote found in an added article, for the operator's confirmation: its quoted words, without quote marks (a
     * renderer adds its own).
     */
    record FoundQuote(String text, Speaker speaker) {}

    /** Indexed and committed: it is searchable and survives a crash. */
    record Added(ArticleSummary article, List<FoundQuote> quotes) implements AddOutcome {}

    /** The same canonical URL or the same normalized text is already in the library. */
    record Duplicate(String existingId, String title) implements AddOutcome {}

    /** Not indexed, with a reason the operator can act on. */
    record Rejected(String reason) implements AddOutcome {}

    /** The caller is not an operator; nothing changed. */
    record Denied(String reason) implements AddOutcome {}
}

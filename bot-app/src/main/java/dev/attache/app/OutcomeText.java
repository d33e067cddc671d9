package dev.attache.app;

import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.ArticlePage;
import dev.attache.core.ops.ArticleSummary;
import dev.attache.core.ops.LibraryStats;
import dev.attache.core.ops.RemoveOutcome;
import java.util.Locale;

/** Plain-text wording of operator outcomes, listings and statistics for the terminal. */
public final class OutcomeText {

    private OutcomeText() {
    }

    public static String of(AddOutcome outcome) {
        return switch (outcome) {
            case AddOutcome.Added a -> {
                ArticleSummary s = a.article();
                StringBuilder sb = new StringBuilder("Added ").append(s.id()).append(": ").append(s.title());
                String meta = String.join(", ", java.util.stream.Stream.of(s.outlet(), s.published().toString())
                        .filter(x -> !x.isBlank()).toList());
                if (!meta.isEmpty()) {
                    sb.append(" (").append(meta).append(')');
                }
                sb.append("\n  ").append(s.passages()).append(" passages, ").append(s.quotes()).append(" quotes");
                a.quotes().stream().limit(10).forEach(q -> sb.append("\n  • ").append(q.speaker().describe())
                        .append(": “").append(abbreviate(q.text(), 90)).append("”"));
                yield sb.toString();
            }
            case AddOutcome.Duplicate d -> "Already in the library as " + d.existingId() + ": " + d.title();
            case AddOutcome.Rejected r -> "Not added: " + r.reason();
            case AddOutcome.Denied d -> d.reason();
        };
    }

    public static String of(RemoveOutcome outcome) {
        return switch (outcome) {
            case RemoveOutcome.Removed r -> "Removed " + r.id() + ": " + r.title();
            case RemoveOutcome.NotFound n -> "No article with id " + n.id() + ". Use /list to see the ids.";
            case RemoveOutcome.Denied d -> d.reason();
        };
    }

    public static String of(ArticlePage page) {
        if (page.total() == 0) {
            return "The library is empty.";
        }
        StringBuilder sb = new StringBuilder("Articles ").append(page.page()).append('/').append(page.pages())
                .append(" (").append(page.total()).append(" in all):");
        for (ArticleSummary a : page.articles()) {
            sb.append("\n  ").append(a.id()).append("  ").append(abbreviate(a.title(), 70));
            if (!a.outlet().isBlank()) {
                sb.append(" — ").append(a.outlet());
            }
            if (a.published().isKnown()) {
                sb.append(", ").append(a.published());
            }
        }
        if (page.articles().isEmpty()) {
            sb.append("\n  No articles on this page; the last page is ").append(page.pages()).append('.');
        }
        return sb.toString();
    }

    public static String of(LibraryStats s) {
        return String.format(Locale.ROOT,
                "Articles: %,d%nPassages: %,d (%,d with dense vectors, %.0f%%)%nQuotes: %,d%nSpeakers: %,d%n"
                        + "Index size: %.1f MB in %d segment%s%nFeedback: %d 👍, %d 👎",
                s.articles(), s.passages(), s.embeddedPassages(),
                s.passages() == 0 ? 100.0 : 100.0 * s.embeddedPassages() / s.passages(),
                s.quotes(), s.speakers(), s.indexBytes() / 1e6, s.indexSegments(), s.indexSegments() == 1 ? "" : "s",
                s.upVotes(), s.downVotes());
    }

    static String abbreviate(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}

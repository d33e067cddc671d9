package dev.attache.core.attribution.eval;

import java.util.Locale;

/**
 * The outcome of scoring a PolNeAR-format folder: (content, source) scores for direct quotes and
 * for all attributions, the number of articles, and extraction time per article.
 *
 * @param msPerArticle   mean extraction time per article, milliseconds
 * @param medianMs       median extraction time per article, milliseconds
 * @param maxMs          slowest article, milliseconds
 */
public record EvalReport(int articles, Scores direct, Scores all, double msPerArticle, double medianMs,
                         double maxMs) {

    /** A few lines for a terminal. */
    public String describe() {
        return String.format(Locale.ROOT,
                "articles: %d%ndirect quotes   (content, source): %s%nall attributions (content, source): %s%n"
                        + "time: %.3f ms/article mean, %.3f median, %.3f max",
                articles, direct, all, msPerArticle, medianMs, maxMs);
    }
}

package dev.attache.core.answer;

import dev.attache.core.attribution.Span;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The {@link EvidenceStrength#coverage} of one question by any span of article text, for one
 * answer. Each retrieved passage is analyzed once, keeping where the question's terms occur in it;
 * a sentence or quote inside such a passage is then weighed from those occurrences instead of
 * being analyzed again (re-analysis was most of an answer's CPU on long news articles). Text
 * outside the retrieved passages is analyzed on demand.
 */
final class QuestionCoverage {

    /** Where one of the question's terms occurs, in article offsets. */
    private record Occurrence(String term, int start, int end) {}

    /** A retrieved passage's span of its article and the question terms in it. */
    private record AnalyzedPassage(Span span, List<Occurrence> occurrences) {}

    private final Map<String, Double> idf;
    private final Analyzer analyzer;
    private final Map<String, List<AnalyzedPassage>> passagesByArticle = new HashMap<>();

    QuestionCoverage(Map<String, Double> idf, Analyzer analyzer) {
        this.idf = idf;
        this.analyzer = analyzer;
    }

    /** The coverage of the question by a retrieved passage; remembers the passage for later spans of it. */
    double of(Hit hit) {
        List<Occurrence> occurrences = occurrences(hit.text(), hit.start());
        passagesByArticle.computeIfAbsent(hit.articleId(), id -> new ArrayList<>())
                .add(new AnalyzedPassage(new Span(hit.start(), hit.start() + hit.text().length()), occurrences));
        return weigh(occurrences, 0, Integer.MAX_VALUE);
    }

    /** The coverage of the question by {@code span} of an article's text. */
    double of(String articleId, Span span, ArticleTexts texts) {
        for (AnalyzedPassage passage : passagesByArticle.getOrDefault(articleId, List.of())) {
            if (passage.span().start() <= span.start() && span.end() <= passage.span().end()) {
                return weigh(passage.occurrences(), span.start(), span.end());
            }
        }
        return of(texts.of(articleId, span));
    }

    /** The coverage of the question by a text that is not a span of an article (an excerpt being made). */
    double of(String text) {
        return weigh(occurrences(text, 0), 0, Integer.MAX_VALUE);
    }

    private double weigh(List<Occurrence> occurrences, int from, int to) {
        Set<String> present = new HashSet<>();
        for (Occurrence o : occurrences) {
            if (o.start() >= from && o.end() <= to) {
                present.add(o.term());
            }
        }
        return EvidenceStrength.coverage(idf, present);
    }

    /** The occurrences of question terms in {@code text}, its offsets shifted by {@code base}. */
    private List<Occurrence> occurrences(String text, int base) {
        List<Occurrence> found = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(LibrarySchema.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (idf.containsKey(t)) {
                    found.add(new Occurrence(t, base + offset.startOffset(), base + offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}

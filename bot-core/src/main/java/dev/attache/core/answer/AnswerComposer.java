package dev.attache.core.answer;

import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.Span;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.index.CatalogEntry;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.ops.ArticleSummary;
import dev.attache.core.search.Hit;
import dev.attache.core.search.QueryTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an {@link Answer} from ranked passages: decides whether the evidence is strong enough
 * (else {@code NO_ANSWER}), picks the points — a quote with its speaker where a relevant passage
 * holds one, else the passage's most relevant sentence — verifies every quote against its
 * article's text, interleaves speakers so that each voice is heard before anyone's second point,
 * and numbers the sources in order of first citation.
 */
public final class AnswerComposer {

    private static final Logger log = LoggerFactory.getLogger(AnswerComposer.class);

    /**
     * Below this coverage of the question by the best passage, the library is taken to have
     * nothing on the question. Chosen by measurement; see docs/QUALITY.md.
     */
    public static final double ABSTAIN_BELOW_COVERAGE = 0.45;
    /** A passage below this coverage contributes no point even when the answer is given. */
    static final double POINT_MIN_COVERAGE = 0.3;
    /** A passage scoring below this share of the best score contributes no point. */
    static final double POINT_MIN_RELATIVE_SCORE = 0.4;
    static final int MAX_POINTS = 5;
    static final int MAX_POINTS_PER_ARTICLE = 3;
    /** Quotes longer than this are excerpted to their most relevant sentences. */
    static final int MAX_QUOTE_CHARS = 420;
    static final int MAX_STATEMENT_CHARS = 420;

    private final LibraryIndex index;
    private final Analyzer analyzer;
    private final AtomicLong verificationFailures = new AtomicLong();

    public AnswerComposer(LibraryIndex index, Analyzer analyzer) {
        this.index = index;
        this.analyzer = analyzer;
    }

    /** Quotes dropped because they did not occur verbatim in their article, since start. */
    public long verificationFailures() {
        return verificationFailures.get();
    }

    public Answer compose(Question question, List<Hit> hits, String answerId, long startNanos) {
        List<RankedPassage> ranked = hits.stream()
                .map(h -> new RankedPassage(h.passageId(), h.articleId(), h.score(), h.text())).toList();
        QueryTerms questionTerms = QueryTerms.analyze(analyzer, LibrarySchema.TEXT, question.text());
        Map<String, Double> idf = idf(questionTerms.distinct());
        List<Candidate> candidates = new ArrayList<>();
        double topScore = hits.isEmpty() ? 0 : hits.getFirst().score();
        double bestCoverage = 0;
        for (Hit hit : hits) {
            double coverage = EvidenceStrength.coverage(idf, terms(hit.text()));
            bestCoverage = Math.max(bestCoverage, coverage);
            if (coverage >= POINT_MIN_COVERAGE && hit.score() >= POINT_MIN_RELATIVE_SCORE * topScore) {
                candidates.add(new Candidate(hit, coverage));
            }
        }
        if (bestCoverage < ABSTAIN_BELOW_COVERAGE || candidates.isEmpty()) {
            return new Answer(answerId, question.text(), question.asOf(), Answer.Status.NO_ANSWER, List.of(),
                    List.of(), ranked, elapsedMs(startNanos));
        }
        List<Draft> points = interleaveSpeakers(pickPoints(candidates, idf));
        if (points.isEmpty()) {
            return new Answer(answerId, question.text(), question.asOf(), Answer.Status.NO_ANSWER, List.of(),
                    List.of(), ranked, elapsedMs(startNanos));
        }
        return numberSources(answerId, question, points, ranked, startNanos);
    }

    private record Candidate(Hit hit, double coverage) {}

    /** A point before its source is numbered: the article it cites stands in for the number. */
    private record Draft(String text, Point.Kind kind, Optional<Speaker> speaker, String cue, String articleId,
                         String passageId) {}

    private List<Draft> pickPoints(List<Candidate> candidates, Map<String, Double> idf) {
        List<Draft> drafts = new ArrayList<>();
        Map<String, Integer> perArticle = new HashMap<>();
        Map<String, String> articleTexts = new HashMap<>();
        for (Candidate candidate : candidates) {
            if (drafts.size() >= MAX_POINTS) {
                break;
            }
            Hit hit = candidate.hit();
            if (perArticle.getOrDefault(hit.articleId(), 0) >= MAX_POINTS_PER_ARTICLE) {
                continue;
            }
            Optional<String> articleText = articleTexts.containsKey(hit.articleId())
                    ? Optional.of(articleTexts.get(hit.articleId()))
                    : index.text(hit.articleId());
            if (articleText.isEmpty()) {
                continue;
            }
            articleTexts.put(hit.articleId(), articleText.get());
            Optional<Draft> draft = pointFor(hit, articleText.get(), idf);
            if (draft.isPresent() && drafts.stream().noneMatch(d -> d.text().equals(draft.get().text()))) {
                drafts.add(draft.get());
                perArticle.merge(hit.articleId(), 1, Integer::sum);
            }
        }
        return drafts;
    }

    /** The best point a passage offers: a relevant attributed quote, else its most relevant sentence. */
    private Optional<Draft> pointFor(Hit hit, String articleText, Map<String, Double> idf) {
        int passageEnd = hit.start() + hit.text().length();
        Span passage = new Span(hit.start(), passageEnd);
        List<Span> sentences = sentences(hit.text(), hit.start());
        Span bestSentence = null;
        double bestWeight = 0;
        for (Span sentence : sentences) {
            double weight = EvidenceStrength.coverage(idf, terms(sentence.of(articleText)));
            if (weight > bestWeight) {
                bestWeight = weight;
                bestSentence = sentence;
            }
        }
        Attribution bestQuote = null;
        double bestQuoteWeight = 0;
        for (Attribution a : hit.attributions()) {
            if (!a.direct() || a.speaker().isEmpty() || !a.content().overlaps(passage)
                    || a.content().end() > articleText.length()) {
                continue;
            }
            double weight = EvidenceStrength.coverage(idf, terms(a.content().of(articleText)));
            if (weight > bestQuoteWeight) {
                bestQuoteWeight = weight;
                bestQuote = a;
            }
        }
        // A quote wins when it is about as relevant as the best sentence: speakers are what users come for.
        if (bestQuote != null && bestQuoteWeight >= 0.6 * bestWeight && bestQuoteWeight > 0) {
            Optional<Draft> quote = quoteDraft(bestQuote, articleText, hit, idf);
            if (quote.isPresent()) {
                return quote;
            }
        }
        if (bestSentence == null) {
            return Optional.empty();
        }
        return statementDraft(bestSentence, articleText, hit);
    }

    private Optional<Draft> quoteDraft(Attribution quote, String articleText, Hit hit, Map<String, Double> idf) {
        String content = trimQuoteMarks(quote.content().of(articleText));
        if (content.length() > MAX_QUOTE_CHARS) {
            content = excerpt(content, idf);
        }
        if (content.isBlank()) {
            return Optional.empty();
        }
        if (!QuoteVerifier.occursIn(content, articleText)) {
            verificationFailures.incrementAndGet();
            log.warn("quote failed verification article={} passage={}", hit.articleId(), hit.passageId());
            return Optional.empty();
        }
        return Optional.of(new Draft(content, Point.Kind.QUOTE, quote.speaker(), cueText(quote, articleText),
                hit.articleId(), hit.passageId()));
    }

    private Optional<Draft> statementDraft(Span sentence, String articleText, Hit hit) {
        String text = sentence.of(articleText).strip();
        if (text.length() > MAX_STATEMENT_CHARS) {
            int cut = text.lastIndexOf(' ', MAX_STATEMENT_CHARS);
            text = text.substring(0, cut > 0 ? cut : MAX_STATEMENT_CHARS) + " …";
        }
        Optional<Speaker> speaker = Optional.empty();
        String cue = "";
        for (Attribution a : hit.attributions()) {
            if (a.speaker().isPresent() && a.content().overlap(sentence) > sentence.length() / 2) {
                speaker = a.speaker();
                cue = cueText(a, articleText);
                break;
            }
        }
        if (text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Draft(text, Point.Kind.STATEMENT, speaker, cue, hit.articleId(), hit.passageId()));
    }

    /** The cue as the article words it; "told" keeps the outlet it names ("told Sputnik"). */
    private static String cueText(Attribution a, String articleText) {
        if (a.cue().isEmpty() || a.cue().get().end() > articleText.length()) {
            return "";
        }
        Span cue = a.cue().get();
        String text = cue.of(articleText).strip();
        if (text.equalsIgnoreCase("told")) {
            int end = cue.end();
            while (end < articleText.length() && end - cue.end() < 40
                    && (Character.isLetter(articleText.charAt(end)) || articleText.charAt(end) == ' ')) {
                end++;
            }
            String told = articleText.substring(cue.start(), end).strip();
            return told.split(" ").length <= 4 ? told : text;
        }
        return text;
    }

    /** The most relevant sentences of a long quote, marked as an excerpt with an ellipsis. */
    private String excerpt(String quote, Map<String, Double> idf) {
        List<Span> sentences = sentences(quote, 0);
        Span best = sentences.stream()
                .max(Comparator.comparingDouble(s -> EvidenceStrength.coverage(idf, terms(s.of(quote)))))
                .orElse(new Span(0, Math.min(quote.length(), MAX_QUOTE_CHARS)));
        String text = best.of(quote).strip();
        if (text.length() > MAX_QUOTE_CHARS) {
            int cut = text.lastIndexOf(' ', MAX_QUOTE_CHARS);
            text = text.substring(0, cut > 0 ? cut : MAX_QUOTE_CHARS);
        }
        String prefix = best.start() > 0 ? "…" : "";
        String suffix = best.end() < quote.length() || text.length() < best.length() ? "…" : "";
        return prefix + text + suffix;
    }

    public static String trimQuoteMarks(String content) {
        int start = 0;
        int end = content.length();
        while (start < end && isTrimmable(content.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(content.charAt(end - 1))) {
            end--;
        }
        return content.substring(start, end);
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || "\"“”„«»‘’‚',".indexOf(c) >= 0;
    }

    /**
     * Reorders points so that every speaker's first point comes before anyone's second; points
     * without a speaker keep their rank among the first round.
     */
    private static List<Draft> interleaveSpeakers(List<Draft> drafts) {
        Map<String, Integer> seen = new HashMap<>();
        List<List<Draft>> rounds = new ArrayList<>();
        for (Draft d : drafts) {
            String key = d.speaker().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("");
            int round = key.isEmpty() ? 0 : seen.merge(key, 1, Integer::sum) - 1;
            while (rounds.size() <= round) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(d);
        }
        List<Draft> ordered = new ArrayList<>();
        rounds.forEach(ordered::addAll);
        return ordered;
    }

    private Answer numberSources(String answerId, Question question, List<Draft> drafts,
                                 List<RankedPassage> ranked, long startNanos) {
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Point> points = new ArrayList<>();
        for (Draft d : drafts) {
            Source source = sources.computeIfAbsent(d.articleId(), id -> source(id, sources.size() + 1));
            points.add(new Point(d.text(), d.kind(), d.speaker(), d.cue(), source.n(), d.passageId()));
        }
        return new Answer(answerId, question.text(), question.asOf(), Answer.Status.ANSWERED, points,
                List.copyOf(sources.values()), ranked, elapsedMs(startNanos));
    }

    private Source source(String articleId, int n) {
        ArticleSummary a = index.entry(articleId).map(CatalogEntry::summary)
                .orElseThrow(() -> new IllegalStateException("cited article not in catalog: " + articleId));
        return new Source(n, a.id(), a.title(), a.outlet(), a.author(), a.published(), a.url());
    }

    private Map<String, Double> idf(Set<String> terms) {
        return index.withSearcher(searcher -> {
            try {
                IndexReader reader = searcher.getIndexReader();
                long docCount = Math.max(1, reader.getDocCount(LibrarySchema.TEXT));
                Map<String, Double> idf = new LinkedHashMap<>();
                for (String term : terms) {
                    idf.put(term, EvidenceStrength.idf(reader.docFreq(new Term(LibrarySchema.TEXT, term)), docCount));
                }
                return idf;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Set<String> terms(String text) {
        return QueryTerms.analyze(analyzer, LibrarySchema.TEXT, text).distinct();
    }

    /** Sentence spans of {@code text}, shifted by {@code offset}. */
    static List<Span> sentences(String text, int offset) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        List<Span> spans = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                spans.add(new Span(offset + s, offset + e));
            }
        }
        return spans;
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}

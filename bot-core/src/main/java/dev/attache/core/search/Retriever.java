package dev.attache.core.search;

import dev.attache.core.answer.Question;
import dev.attache.core.index.LibraryAnalyzer;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.index.LibrarySchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the passages that best answer a question: BM25 over passage text with boosts for title
 * matches and for query words that appear close together, only passages published on or before
 * the as-of date, a mild preference for recent passages when the question asks about recent
 * events, and a diversity penalty so that one article does not fill every slot.
 */
public final class Retriever {

    static final float TITLE_BOOST = 0.4f;
    static final float PROXIMITY_BOOST = 0.6f;
    static final int PROXIMITY_SLOP = 3;
    /** How many candidates are re-ranked for recency and diversity, as a multiple of k. */
    static final int CANDIDATES_PER_RESULT = 4;
    static final int MIN_CANDIDATES = 40;
    /** Score factor for each passage already chosen from the same article. */
    static final float SAME_ARTICLE_DECAY = 0.85f;
    /** Largest boost recency can give, as a fraction of the relevance score. */
    static final float RECENCY_WEIGHT = 0.15f;
    static final double RECENCY_HALF_LIFE_DAYS = 30;

    private final LibraryIndex index;
    private final Analyzer questions = LibraryAnalyzer.question();
    private final Analyzer names = LibraryAnalyzer.names();

    public Retriever(LibraryIndex index) {
        this.index = index;
    }

    /** The top {@code k} passages for a question, best first; empty when no word of it is indexed. */
    public List<Hit> search(Question question, int k) {
        QueryTerms terms = QueryTerms.analyze(questions, LibrarySchema.TEXT, question.text());
        if (terms.isEmpty()) {
            return List.of();
        }
        Query query = buildQuery(terms, question);
        int candidates = Math.max(MIN_CANDIDATES, k * CANDIDATES_PER_RESULT);
        List<Hit> hits = index.withSearcher(searcher -> collect(searcher, query, candidates));
        if (RecencyIntent.asksAboutRecentEvents(question.text())) {
            hits = preferRecent(hits, question.asOf());
        }
        return diversify(hits, k);
    }

    private Query buildQuery(QueryTerms terms, Question question) {
        BooleanQuery.Builder relevance = new BooleanQuery.Builder();
        for (String term : terms.distinct()) {
            relevance.add(new TermQuery(new Term(LibrarySchema.TEXT, term)), Occur.SHOULD);
            relevance.add(new BoostQuery(new TermQuery(new Term(LibrarySchema.TITLE, term)), TITLE_BOOST), Occur.SHOULD);
        }
        for (int i = 0; i + 1 < terms.terms().size(); i++) {
            PhraseQuery pair = new PhraseQuery.Builder()
                    .add(new Term(LibrarySchema.TEXT, terms.terms().get(i)), 0)
                    .add(new Term(LibrarySchema.TEXT, terms.terms().get(i + 1)),
                            terms.positions().get(i + 1) - terms.positions().get(i))
                    .setSlop(PROXIMITY_SLOP)
                    .build();
            relevance.add(new BoostQuery(pair, PROXIMITY_BOOST), Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(relevance.build(), Occur.MUST)
                .add(new TermQuery(new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_PASSAGE)), Occur.FILTER)
                .add(LongField.newRangeQuery(LibrarySchema.PUBLISHED_DAY, Long.MIN_VALUE,
                        question.asOf().toEpochDay()), Occur.FILTER);
        question.speaker().ifPresent(name -> {
            QueryTerms nameTerms = QueryTerms.analyze(names, LibrarySchema.SPEAKERS, name);
            for (String term : nameTerms.distinct()) {
                query.add(new TermQuery(new Term(LibrarySchema.SPEAKERS, term)), Occur.FILTER);
            }
        });
        return query.build();
    }

    private static List<Hit> collect(IndexSearcher searcher, Query query, int n) {
        try {
            TopDocs top = searcher.search(query, n);
            StoredFields stored = searcher.storedFields();
            // Stored fields decompress a block per read and keep the last one: reading in doc order
            // decompresses each block once (a passage's neighbours are often hits too).
            Integer[] order = new Integer[top.scoreDocs.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, Comparator.comparingInt(i -> top.scoreDocs[i].doc));
            Hit[] hits = new Hit[order.length];
            for (int i : order) {
                ScoreDoc sd = top.scoreDocs[i];
                Document doc = stored.document(sd.doc);
                IndexableField day = doc.getField(LibrarySchema.PUBLISHED_DAY);
                hits[i] = new Hit(doc.get(LibrarySchema.PASSAGE_ID), doc.get(LibrarySchema.ARTICLE_ID), sd.score,
                        doc.get(LibrarySchema.TEXT), doc.getField(LibrarySchema.START).numericValue().intValue(),
                        LibraryIndex.lazyStoredAttributions(doc),
                        day == null ? OptionalLong.empty() : OptionalLong.of(day.numericValue().longValue()));
            }
            return new ArrayList<>(List.of(hits));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Multiplies each score by up to {@code 1 + RECENCY_WEIGHT}, decaying with the passage's age
     * at the as-of date. The boost is bounded, so recency reorders near-ties but never lifts a
     * weak match over a clearly better one.
     */
    private static List<Hit> preferRecent(List<Hit> hits, LocalDate asOf) {
        long today = asOf.toEpochDay();
        return hits.stream().map(hit -> {
            if (hit.publishedDay().isEmpty()) {
                return hit;
            }
            long age = Math.max(0, today - hit.publishedDay().getAsLong());
            double freshness = Math.pow(0.5, age / RECENCY_HALF_LIFE_DAYS);
            return hit.withScore((float) (hit.score() * (1 + RECENCY_WEIGHT * freshness)));
        }).sorted(Comparator.comparingDouble(Hit::score).reversed()).toList();
    }

    /** Greedy re-ranking: each passage's score decays with the number of passages already taken from its article. */
    private static List<Hit> diversify(List<Hit> hits, int k) {
        List<Hit> remaining = new ArrayList<>(hits);
        List<Hit> chosen = new ArrayList<>(Math.min(k, hits.size()));
        Map<String, Integer> perArticle = new HashMap<>();
        while (chosen.size() < k && !remaining.isEmpty()) {
            int best = 0;
            double bestScore = -1;
            for (int i = 0; i < remaining.size(); i++) {
                Hit hit = remaining.get(i);
                double score = hit.score() * Math.pow(SAME_ARTICLE_DECAY, perArticle.getOrDefault(hit.articleId(), 0));
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            Hit hit = remaining.remove(best);
            perArticle.merge(hit.articleId(), 1, Integer::sum);
            chosen.add(hit);
        }
        return chosen;
    }
}

package dev.attache.core.search;

import dev.attache.core.answer.AskedYear;
import dev.attache.core.answer.Question;
import dev.attache.core.embed.PassageEmbedder;
import dev.attache.core.index.DocOrder;
import dev.attache.core.index.LibraryAnalyzer;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.index.NearestPassages;
import dev.attache.core.index.PassageVectorLookup;
import dev.attache.core.index.StoredArticles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalDouble;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.NumericUtils;

/**
 * Finds the passages that best answer a question: BM25 over passage text with boosts for title
 * matches and for query words that appear close together, only passages published on or before
 * the as-of date, a small constant for an article's lead passage, and a bounded preference for
 * recent passages when the question asks about recent events. Ranking is two-stage: BM25 of the
 * passage text over the whole library, then title matches, the proximity of question words and
 * the lead constant added on the best {@value #FIRST_STAGE} only ({@link WordRescorer}). Parameters
 * were chosen by measurement (docs/QUALITY.md).
 * With a {@link PassageEmbedder} (hybrid search), the question's embedding also finds the
 * {@value #DENSE_CANDIDATES} nearest passage vectors under the same filters, and the two rankings
 * are fused ({@link HybridFusion}); passages not yet embedded still compete through their words.
 * A question asking for someone's words puts the passages where that speaker speaks on its subject
 * first ({@link SpeakerPreference}).
 * Diversity across articles and speakers is left to {@code AnswerComposer}, which caps the points
 * per article and interleaves speakers: a retrieval-level decay measured worse.
 */
public final class Retriever {

    /** Weight of a question word matching the article's title, relative to a match in the passage. */
    static final float TITLE_BOOST = 0.4f;
    /** A constant added for an article's first passage (its lead), in BM25 score units. */
    static final float LEAD_BOOST = 0.5f;
    /** Weight of the proximity score (adjacent question words within {@link #PROXIMITY_SLOP}). */
    static final float PROXIMITY_BOOST = 0.3f;
    static final int PROXIMITY_SLOP = 3;
    static final WordRescorer.Weights WEIGHTS = new WordRescorer.Weights(TITLE_BOOST, PROXIMITY_BOOST, PROXIMITY_SLOP,
            LEAD_BOOST);
    /** How many passages the first (term) stage hands to the rescoring. */
    static final int FIRST_STAGE = 100;
    /** How many candidates are re-ranked for recency, as a multiple of k. */
    static final int CANDIDATES_PER_RESULT = 4;
    static final int MIN_CANDIDATES = 40;
    /** Largest boost recency can give, as a fraction of the relevance score. */
    static final float RECENCY_WEIGHT = 0.3f;
    static final double RECENCY_HALF_LIFE_DAYS = 14;
    /** The boost of a passage published in the year a question asks about, as a fraction of its score. */
    static final float YEAR_WEIGHT = 0.3f;
    /**
     * Words of a question that the query uses (the first ones). Each word costs up to two clauses
     * of the first stage (text, and title where it is matched there), and Lucene refuses a query of
     * more than 1,024 clauses: a question of many distinct words must still get an answer, not an error.
     */
    static final int MAX_QUERY_WORDS = 256;

    /** How many nearest passage vectors the dense stage hands to the fusion. */
    static final int DENSE_CANDIDATES = 100;
    /**
     * How many nearest vectors an unfiltered search takes when the as-of date is applied to its
     * results instead ({@link #nearestVectors}): on RealTimeQA, asked as of each question's date,
     * 84% of the questions find {@link #DENSE_CANDIDATES} published by then among them.
     */
    static final int DENSE_BEFORE_AS_OF = 150;

    private final LibraryIndex index;
    private final Optional<PassageEmbedder> embedder;
    private final BodyNames bodies;
    private final Analyzer questions = LibraryAnalyzer.question();
    private final Analyzer names = LibraryAnalyzer.names();

    /** Word (BM25) search only. */
    public Retriever(LibraryIndex index) {
        this(index, Optional.empty());
    }

    /** Hybrid search when {@code embedder} is present, word search only otherwise. */
    public Retriever(LibraryIndex index, Optional<PassageEmbedder> embedder) {
        this.index = index;
        this.bodies = new BodyNames(index);
        this.embedder = embedder;
    }

    /**
     * The top {@code k} passages for a question, best first; empty when it has no searchable word
     * (only stop words), or, with word search alone, when none of its words is in the library.
     */
    public List<Hit> search(Question question, int k) {
        return retrieve(question, k).hits();
    }

    /** {@link #search}, with the statistics of the question's terms it looked up. */
    public Retrieval retrieve(Question question, int k) {
        QueryTerms terms = firstWords(QueryTerms.analyze(questions, LibrarySchema.TEXT, question.text()));
        if (terms.isEmpty()) {
            return Retrieval.NONE;
        }
        Optional<float[]> vector = embedder.map(e -> e.embedQuery(question.text()));
        boolean recent = RecencyIntent.asksAboutRecentEvents(question.text());
        OptionalInt year = AskedYear.in(question.text());
        int candidates = recent || year.isPresent() ? Math.max(MIN_CANDIDATES, k * CANDIDATES_PER_RESULT) : k;
        Optional<LocalDate> recentAsOf = recent ? Optional.of(question.asOf()) : Optional.empty();
        return index.withSearcher(searcher -> {
            try {
                Optional<SpeakerPreference> preference = SpeakerPreference.of(question, searcher, bodies, names, questions);
                return collect(searcher, terms, question, vector, candidates, recentAsOf, year, preference, k);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The first {@link #MAX_QUERY_WORDS} words of a question. */
    private static QueryTerms firstWords(QueryTerms terms) {
        return terms.terms().size() <= MAX_QUERY_WORDS ? terms
                : new QueryTerms(terms.terms().subList(0, MAX_QUERY_WORDS), terms.positions().subList(0, MAX_QUERY_WORDS));
    }

    /**
     * The first stage: BM25 over passage text (and, when {@code title} is present, the title),
     * under the question's filters. It has no optional clause beside the words (the lead is added
     * when rescoring), so Lucene can skip passages that cannot reach the top (an optional lead
     * clause here made every matching passage be scored: four times the search time on 450k
     * passages).
     */
    Query buildQuery(QueryTerms terms, FieldTermStates text, Optional<FieldTermStates> title, Question question,
                     IndexSearcher searcher) {
        BooleanQuery.Builder relevance = new BooleanQuery.Builder();
        for (String term : terms.distinct()) {
            relevance.add(text.query(term), Occur.SHOULD);
            title.ifPresent(t -> relevance.add(new BoostQuery(t.query(term), TITLE_BOOST), Occur.SHOULD));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(relevance.build(), Occur.MUST);
        // Only passage documents have words in text and title: no filter on the document type is needed.
        addFilters(query, question, searcher);
        return query.build();
    }

    /** The nearest passage vectors to the question's, under the same filters as the word query. */
    private Query denseQuery(float[] questionVector, Question question, IndexSearcher searcher) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        // Only vector documents hold embeddings: no filter on the document type is needed.
        addFilters(filter, question, searcher);
        BooleanQuery filters = filter.build();
        if (!filters.clauses().isEmpty() && filters.clauses().stream().noneMatch(c -> c.occur() == Occur.FILTER)) {
            filter.add(new MatchAllDocsQuery(), Occur.FILTER); // the as-of exclusion alone would match nothing
            filters = filter.build();
        }
        return new KnnFloatVectorQuery(LibrarySchema.EMBEDDING, questionVector, DENSE_CANDIDATES,
                filters.clauses().isEmpty() ? null : filters);
    }

    /**
     * Only documents published by the as-of date and quoting the asked-for speaker, if any. The
     * date is a clause excluding what is newer: most questions exclude a small part of the library,
     * and Lucene then reads the excluded documents' day index instead of checking the day of every
     * candidate (which was a third of the search time of questions asked as of a past date).
     */
    private void addFilters(BooleanQuery.Builder query, Question question, IndexSearcher searcher) {
        if (publishedAfter(searcher.getIndexReader(), question.asOf())) {
            query.add(LongField.newRangeQuery(LibrarySchema.PUBLISHED_DAY, question.asOf().toEpochDay() + 1,
                    Long.MAX_VALUE), Occur.MUST_NOT);
        }
        question.speaker().ifPresent(name -> {
            QueryTerms nameTerms = QueryTerms.analyze(names, LibrarySchema.SPEAKERS, name);
            for (String term : nameTerms.distinct()) {
                query.add(new TermQuery(new Term(LibrarySchema.SPEAKERS, term)), Occur.FILTER);
            }
        });
    }

    /**
     * Whether the library holds anything published after {@code asOf}. When it does not (most
     * questions are asked as of today), the as-of filter would exclude nothing and is left out:
     * it costs a doc-values check per matching passage and, for the vector search, a bit set.
     */
    static boolean publishedAfter(IndexReader reader, LocalDate asOf) {
        try {
            byte[] newest = PointValues.getMaxPackedValue(reader, LibrarySchema.PUBLISHED_DAY);
            return newest != null && NumericUtils.sortableBytesToLong(newest, 0) > asOf.toEpochDay();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The top {@code k} passages: of the word ranking ({@link #wordRanking}), fused with the
     * passages of the vectors nearest to the question's {@code vector} when it is present and
     * re-ranked by their sentences' vectors, the best {@code n}, re-ranked for recency when
     * {@code recentAsOf} is present, then for the asked-for speaker ({@code preference}); only the
     * {@code k} returned are read from stored fields. A preference re-ranks every candidate, so none
     * is cut before it.
     */
    private Retrieval collect(IndexSearcher searcher, QueryTerms terms, Question question, Optional<float[]> vector,
                             int n, Optional<LocalDate> recentAsOf, OptionalInt year,
                             Optional<SpeakerPreference> preference, int k) {
        try {
            FieldTermStates text = FieldTermStates.lookUp(searcher, terms, LibrarySchema.TEXT);
            WordRanking words = wordRanking(searcher, terms, text, question, preference,
                    vector.isPresent() ? Math.max(n, FIRST_STAGE) : n);
            ScoreDoc[] top = words.ranked();
            Map<Integer, Double> similarity = new HashMap<>();
            if (vector.isPresent()) {
                NearestPassages nearest = denseRanking(searcher, vector.get(), question);
                for (ScoreDoc near : nearest.passages()) {
                    // Lucene scores a dot-product match (1 + cosine) / 2
                    similarity.put(near.doc, 2.0 * near.score - 1);
                }
                Map<Integer, Integer> vectorDocs = new HashMap<>(nearest.vectorDocs());
                ScoreDoc[] fused = fuse(searcher, words, nearest, vectorDocs, similarity, vector.get(),
                        preference.isPresent() ? Integer.MAX_VALUE : Math.max(n, SentenceRescorer.DEPTH));
                if (preference.isPresent()) {
                    fused = preference.get().prefer(searcher, fused); // so that the sentences re-rank the passages that will lead
                }
                top = SentenceRescorer.rescore(searcher, fused, vectorDocs, vector.get());
            }
            if (recentAsOf.isPresent()) {
                top = preferRecent(searcher, top, recentAsOf.get());
            }
            if (year.isPresent()) {
                top = preferYear(searcher, top, year.getAsInt());
            }
            if (preference.isPresent()) {
                top = preference.get().prefer(searcher, top);
            }
            List<Hit> hits = hits(searcher, top.length > k ? java.util.Arrays.copyOf(top, k) : top, similarity,
                    vector.isPresent());
            return new Retrieval(hits, text.docFreqs(), searcher.getIndexReader().getDocCount(LibrarySchema.TEXT),
                    preference);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The word ranking, best {@code depth} first: the text's best {@link #FIRST_STAGE} passages
     * (at least {@code depth}), rescored by {@link WordRescorer}. Where fewer passages than that
     * match by their text (a small library, a speaker filter), the title is matched in the first
     * stage too, so that a passage answering through its article's title alone is still a
     * candidate; a passage's score is the same in either stage. With a {@code preference}, the
     * asked-for speaker's best passages are candidates too, and every candidate is kept (the
     * preference re-ranks them).
     */
    WordRanking wordRanking(IndexSearcher searcher, QueryTerms terms, Question question, int depth)
            throws IOException {
        return wordRanking(searcher, terms, FieldTermStates.lookUp(searcher, terms, LibrarySchema.TEXT), question,
                Optional.empty(), depth);
    }

    private WordRanking wordRanking(IndexSearcher searcher, QueryTerms terms, FieldTermStates text, Question question,
                                    Optional<SpeakerPreference> preference, int depth) throws IOException {
        int candidates = Math.max(depth, FIRST_STAGE);
        FieldTermStates title = FieldTermStates.lookUp(searcher, terms, LibrarySchema.TITLE);
        Query firstStage = buildQuery(terms, text, Optional.empty(), question, searcher);
        TopDocs top = searcher.search(firstStage, candidates);
        WordRescorer rescorer = new WordRescorer(terms, text, Optional.of(title), WEIGHTS);
        if (top.scoreDocs.length < candidates) {
            firstStage = buildQuery(terms, text, Optional.of(title), question, searcher);
            top = searcher.search(firstStage, candidates);
            rescorer = new WordRescorer(terms, text, Optional.empty(), WEIGHTS);
        }
        ScoreDoc[] ranked = preference.isPresent()
                ? preference.get().withOwnPassages(searcher, firstStage, top.scoreDocs) : top.scoreDocs;
        return new WordRanking(rescorer.rescore(searcher, ranked, preference.isPresent() ? ranked.length : depth),
                firstStage, rescorer);
    }

    /**
     * The word ranking's candidates with what scored them, so that a passage it did not reach can be
     * scored alike ({@link #score}).
     */
    record WordRanking(ScoreDoc[] ranked, Query firstStage, WordRescorer rescorer) {

        /** The word score of each of {@code passages}, as if it had been a candidate: 0 in the first stage when no word matches. */
        float[] score(IndexSearcher searcher, ScoreDoc[] passages) throws IOException {
            Weight weight = searcher.createWeight(searcher.rewrite(firstStage), ScoreMode.COMPLETE, 1f);
            ScoreDoc[] firstStageScores = new ScoreDoc[passages.length];
            MatchingDocs.visit(searcher, weight, passages,
                    (i, scorer) -> firstStageScores[i] = new ScoreDoc(passages[i].doc, scorer != null ? scorer.score() : 0));
            Map<Integer, Float> rescored = new HashMap<>(2 * passages.length);
            for (ScoreDoc sd : rescorer.rescore(searcher, firstStageScores, firstStageScores.length)) {
                rescored.put(sd.doc, sd.score);
            }
            float[] scores = new float[passages.length];
            for (int i = 0; i < passages.length; i++) {
                scores[i] = rescored.get(passages[i].doc);
            }
            return scores;
        }
    }

    /**
     * The best {@code n} candidates of both rankings, fused ({@link HybridFusion}). Each candidate is
     * scored by both: a word candidate outside the nearest vectors by its vector's similarity (its
     * vector document added to {@code vectorDocs}, the similarity to {@code similarity}, for what reads
     * them next), a nearest passage that the word ranking did not reach by its words.
     */
    private static ScoreDoc[] fuse(IndexSearcher searcher, WordRanking words, NearestPassages nearest,
                                   Map<Integer, Integer> vectorDocs, Map<Integer, Double> similarity, float[] vector,
                                   int n) throws IOException {
        Map<Integer, Integer> position = new LinkedHashMap<>();
        for (ScoreDoc sd : words.ranked()) {
            position.putIfAbsent(sd.doc, position.size());
        }
        for (ScoreDoc sd : nearest.passages()) {
            position.putIfAbsent(sd.doc, position.size());
        }
        int[] docs = position.keySet().stream().mapToInt(Integer::intValue).toArray();
        float[] wordScores = new float[docs.length];
        float[] denseScores = new float[docs.length];
        Arrays.fill(denseScores, Float.NaN);
        for (ScoreDoc sd : words.ranked()) {
            wordScores[position.get(sd.doc)] = sd.score;
        }
        for (int doc : docs) {
            if (similarity.containsKey(doc)) {
                denseScores[position.get(doc)] = similarity.get(doc).floatValue();
            }
        }
        ScoreDoc[] wordsOnly = Arrays.stream(words.ranked()).filter(sd -> !similarity.containsKey(sd.doc))
                .toArray(ScoreDoc[]::new);
        int[] wordsOnlyVectorDocs = PassageVectorLookup.vectorDocuments(searcher, wordsOnly, Map.of());
        for (int i = 0; i < wordsOnly.length; i++) {
            if (wordsOnlyVectorDocs[i] >= 0) {
                vectorDocs.put(wordsOnly[i].doc, wordsOnlyVectorDocs[i]);
            }
        }
        float[] similarities = PassageVectorLookup.passageSimilarities(searcher, wordsOnly, vectorDocs, vector);
        for (int i = 0; i < wordsOnly.length; i++) {
            denseScores[position.get(wordsOnly[i].doc)] = similarities[i];
            if (!Float.isNaN(similarities[i])) {
                similarity.put(wordsOnly[i].doc, (double) similarities[i]);
            }
        }
        int wordCandidates = words.ranked().length; // the first positions
        ScoreDoc[] denseOnly = Arrays.stream(nearest.passages()).filter(sd -> position.get(sd.doc) >= wordCandidates)
                .toArray(ScoreDoc[]::new);
        float[] scores = words.score(searcher, denseOnly);
        for (int i = 0; i < denseOnly.length; i++) {
            wordScores[position.get(denseOnly[i].doc)] = scores[i];
        }
        return HybridFusion.fuse(docs, wordScores, denseScores, n);
    }

    /** The passages of the vectors nearest to the question's {@code vector}, nearest first, scored by similarity. */
    NearestPassages denseRanking(IndexSearcher searcher, float[] vector, Question question) throws IOException {
        return index.passagesOfVectors(searcher, nearestVectors(searcher, vector, question));
    }

    /**
     * The {@link #DENSE_CANDIDATES} vector documents nearest to {@code vector} under the word query's
     * filters. Lucene's filtered vector search costs about three times an unfiltered one even when its
     * filter excludes nothing (docs/PERFORMANCE.md), so when the as-of date is the only filter it is
     * applied to the results of an unfiltered search for {@link #DENSE_BEFORE_AS_OF}; the filtered search
     * runs only when fewer than {@link #DENSE_CANDIDATES} of those were published by then.
     */
    private TopDocs nearestVectors(IndexSearcher searcher, float[] vector, Question question) throws IOException {
        if (question.speaker().isEmpty() && publishedAfter(searcher.getIndexReader(), question.asOf())) {
            TopDocs nearest = searcher.search(new KnnFloatVectorQuery(LibrarySchema.EMBEDDING, vector,
                    DENSE_BEFORE_AS_OF), DENSE_BEFORE_AS_OF);
            long[] days = publishedDays(searcher, nearest.scoreDocs);
            long asOf = question.asOf().toEpochDay();
            List<ScoreDoc> published = new ArrayList<>(DENSE_CANDIDATES);
            for (int i = 0; i < days.length && published.size() < DENSE_CANDIDATES; i++) {
                if (days[i] <= asOf) {
                    published.add(nearest.scoreDocs[i]);
                }
            }
            if (published.size() == DENSE_CANDIDATES) {
                return new TopDocs(nearest.totalHits, published.toArray(ScoreDoc[]::new));
            }
        }
        return searcher.search(denseQuery(vector, question, searcher), DENSE_CANDIDATES);
    }

    /**
     * Reads the stored passages of {@code ranked}, keeping their order and scores, with their vectors'
     * similarity and, when {@code hybrid}, whether their article has vectors in this searcher.
     */
    private static List<Hit> hits(IndexSearcher searcher, ScoreDoc[] ranked, Map<Integer, Double> similarity,
                                  boolean hybrid) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<String, Boolean> embedded = new HashMap<>();
        // Stored fields decompress a block per read and keep the last one: reading in doc order
        // decompresses each block once (a passage's neighbours are often hits too).
        Hit[] hits = new Hit[ranked.length];
        for (int i : DocOrder.of(ranked)) {
            ScoreDoc sd = ranked[i];
            Document doc = stored.document(sd.doc);
            String articleId = doc.get(LibrarySchema.ARTICLE_ID);
            boolean hasVector = similarity.containsKey(sd.doc) || hybrid
                    && embedded.computeIfAbsent(articleId, id -> StoredArticles.hasVectors(searcher, id));
            hits[i] = new Hit(doc.get(LibrarySchema.PASSAGE_ID), articleId, sd.score,
                    doc.get(LibrarySchema.TEXT), doc.getField(LibrarySchema.START).numericValue().intValue(),
                    StoredArticles.lazyStoredAttributions(doc),
                    similarity.containsKey(sd.doc) ? OptionalDouble.of(similarity.get(sd.doc)) : OptionalDouble.empty(),
                    hasVector);
        }
        return new ArrayList<>(List.of(hits));
    }

    /**
     * Multiplies each score by up to {@code 1 + RECENCY_WEIGHT}, decaying with the passage's age
     * at the as-of date, and re-sorts. The boost is bounded, so recency reorders near-ties but never
     * lifts a weak match over a clearly better one. Passages of unknown date keep their score. When
     * no candidate is as recent as the as-of date, age counts from the newest of them: "the latest"
     * in a library of older articles is the latest it holds, not nothing.
     */
    private static ScoreDoc[] preferRecent(IndexSearcher searcher, ScoreDoc[] ranked, LocalDate asOf) throws IOException {
        long[] days = publishedDays(searcher, ranked);
        long newest = Arrays.stream(days).filter(d -> d != LibrarySchema.UNKNOWN_DAY).max().orElse(Long.MIN_VALUE);
        long anchor = Math.min(asOf.toEpochDay(), newest);
        ScoreDoc[] boosted = new ScoreDoc[ranked.length];
        for (int i = 0; i < ranked.length; i++) {
            if (days[i] == LibrarySchema.UNKNOWN_DAY) {
                boosted[i] = ranked[i];
                continue;
            }
            long age = Math.max(0, anchor - days[i]);
            double freshness = Math.pow(0.5, age / RECENCY_HALF_LIFE_DAYS);
            boosted[i] = new ScoreDoc(ranked[i].doc, (float) (ranked[i].score * (1 + RECENCY_WEIGHT * freshness)));
        }
        java.util.Arrays.sort(boosted, Comparator.comparingDouble((ScoreDoc sd) -> sd.score).reversed()); // stable
        return boosted;
    }

    /**
     * Multiplies by {@code 1 + YEAR_WEIGHT} the score of each passage published in the year the question asks about
     * ({@link AskedYear}) and re-sorts: bounded like recency, so it reorders near-ties and lifts no weak match over a
     * clearly better one. Passages of unknown date keep their score.
     */
    private static ScoreDoc[] preferYear(IndexSearcher searcher, ScoreDoc[] ranked, int year) throws IOException {
        long[] days = publishedDays(searcher, ranked);
        long first = LocalDate.of(year, 1, 1).toEpochDay();
        long last = LocalDate.of(year, 12, 31).toEpochDay();
        ScoreDoc[] boosted = new ScoreDoc[ranked.length];
        for (int i = 0; i < ranked.length; i++) {
            boolean inYear = days[i] >= first && days[i] <= last;
            boosted[i] = inYear ? new ScoreDoc(ranked[i].doc, ranked[i].score * (1 + YEAR_WEIGHT)) : ranked[i];
        }
        Arrays.sort(boosted, Comparator.comparingDouble((ScoreDoc sd) -> sd.score).reversed()); // stable
        return boosted;
    }

    /** The publication day of each passage in {@code ranked}, from doc values read in doc order. */
    private static long[] publishedDays(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        long[] days = new long[ranked.length];
        int leafIndex = -1;
        SortedNumericDocValues values = null;
        for (int i : DocOrder.of(ranked)) {
            int l = ReaderUtil.subIndex(ranked[i].doc, leaves);
            if (l != leafIndex) {
                leafIndex = l;
                values = DocValues.getSortedNumeric(leaves.get(l).reader(), LibrarySchema.PUBLISHED_DAY);
            }
            days[i] = values.advanceExact(ranked[i].doc - leaves.get(l).docBase) ? values.nextValue()
                    : LibrarySchema.UNKNOWN_DAY;
        }
        return days;
    }
}

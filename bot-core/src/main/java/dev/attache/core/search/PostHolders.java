package dev.attache.core.search;

import dev.attache.core.answer.RoleQuestion;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.index.StoredArticles;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;

/**
 * Whom the library quotes in a post that a question asks for the words of ("What did the UN Secretary-General say
 * about climate change?"): the named speakers whose role, as the articles give it, is that post
 * ({@link RoleQuestion#heldBy}) in the {@value #PASSAGES} newest passages published by the question's as-of date that
 * hold the post's words near one another. The newest, because the holder a question means is the one in office at its
 * date (Guterres today, Pérez de Cuéllar in 1987); passages of unknown date only where those of known dates quote no
 * holder twice (Reuters' 1987 wires name no day; a UN speech of 1947 may name that year's Treasury Secretary once). The most quoted first, then any other name quoted at least a third
 * as often: the same person written otherwise ("Volodymyr Zelensky", "Volodymyr Zelenskyy") or a change of office
 * within those passages; at most {@value #MAX_HOLDERS}.
 */
final class PostHolders {

    static final int PASSAGES = 50;
    static final int MAX_HOLDERS = 3;
    /** How often passages of known date must quote a holder for those of unknown date to be left unread. */
    private static final int DATED_EVIDENCE = 2;
    /**
     * How far apart the post's words may be in a passage, in any order: "President of Ukraine" for "Ukrainian
     * president", "Secretary-General of NATO" for "NATO secretary general"; not "Secretary-General" and "Member
     * States" in one speech for "Secretary of State".
     */
    private static final int SLOP = 4;

    private static final Sort NEWEST_FIRST = new Sort(
            new SortedNumericSortField(LibrarySchema.PUBLISHED_DAY, SortField.Type.LONG, true));

    private PostHolders() {
    }

    /** The holders' names as the articles give them, most quoted first; none when no one is quoted in the post. */
    static List<String> of(RoleQuestion post, LocalDate asOf, IndexSearcher searcher, Analyzer analyzer)
            throws IOException {
        QueryTerms words = QueryTerms.analyze(analyzer, LibrarySchema.TEXT, post.asked());
        PhraseQuery.Builder nearby = new PhraseQuery.Builder().setSlop(SLOP);
        for (int i = 0; i < words.terms().size(); i++) {
            nearby.add(new Term(LibrarySchema.TEXT, words.terms().get(i)), words.positions().get(i));
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(nearby.build(), Occur.FILTER);
        query.add(LongField.newRangeQuery(LibrarySchema.PUBLISHED_DAY, asOf.toEpochDay() + 1, Long.MAX_VALUE),
                Occur.MUST_NOT);
        ScoreDoc[] newest = searcher.search(query.build(), PASSAGES, NEWEST_FIRST).scoreDocs;
        StoredFields stored = searcher.storedFields();
        Map<String, Integer> quoted = new LinkedHashMap<>(); // newest first
        for (ScoreDoc sd : newest) {
            if (isUndated(sd) && quoted.values().stream().anyMatch(n -> n >= DATED_EVIDENCE)) {
                break; // a holder of known date is the one at the question's date, not one of an undated archive
            }
            for (Attribution a : StoredArticles.storedAttributions(stored, sd.doc)) {
                a.speaker().filter(s -> post.heldBy(s, analyzer)).map(Speaker::name)
                        .ifPresent(name -> quoted.merge(name, 1, Integer::sum));
            }
        }
        int most = quoted.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return quoted.entrySet().stream().filter(e -> 3 * e.getValue() >= most)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())) // stable: newest first
                .limit(MAX_HOLDERS).map(Map.Entry::getKey).toList();
    }

    /** Whether a passage found newest first has no known date (the sort puts those last). */
    private static boolean isUndated(ScoreDoc found) {
        return (Long) ((FieldDoc) found).fields[0] == LibrarySchema.UNKNOWN_DAY;
    }
}

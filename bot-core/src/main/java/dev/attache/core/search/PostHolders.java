package dev.attache.core.search;

import dev.attache.core.answer.RoleQuestion;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.index.LibraryAnalyzer;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.index.StoredArticles;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;

/**
 * Whom the library quotes in a post that a question asks for the words of ("What did the UN Secretary-General say
 * about climate change?"): the named speakers whose role, as the articles give it, is that post
 * ({@link RoleQuestion#heldBy}) in the {@value #PASSAGES} newest passages published by the question's as-of date that
 * hold the post's words near one another. And for a country asked for by name ("What did Japan say about the yen?"),
 * whom it speaks through: the speakers whose role names the country and an office of its state ("Japanese Finance
 * Minister", "Chinese foreign ministry spokesperson") in the newest passages that name the two near one another.
 * The newest, because the holder a question means is the one in office at its date (Guterres today, Pérez de Cuéllar
 * in 1987); passages of unknown date only where those of known dates quote no holder twice (Reuters' 1987 wires name
 * no day; a UN speech of 1947 may name that year's Treasury Secretary once). The most quoted first, then any other
 * name quoted at least a third as often: the same person written otherwise ("Volodymyr Zelensky", "Volodymyr
 * Zelenskyy"), a change of office within those passages, or a country's other voices; at most {@value #MAX_HOLDERS}.
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
    /** Offices through which a country speaks, with its name or adjective: "the Japanese Finance Minister". */
    private static final String STATE_OFFICES = "minister ministry president premier chancellor government spokesman "
            + "spokeswoman spokesperson king emir";
    /** Roles that name a country and an office no longer held, or not yet. */
    private static final Set<String> NOT_IN_OFFICE = Set.of("former", "ex", "late", "then", "candidate", "nominee");

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
        return holders(nearby.build(), speaker -> post.heldBy(speaker, analyzer), asOf, searcher);
    }

    /**
     * The names of those a country ({@code place}, a term {@link LibraryAnalyzer#isPlace}) speaks through, most quoted
     * first; none when no one is quoted in an office of its state.
     */
    static List<String> ofCountry(String place, LocalDate asOf, IndexSearcher searcher, Analyzer analyzer)
            throws IOException {
        List<String> offices = QueryTerms.analyze(analyzer, LibrarySchema.TEXT, STATE_OFFICES).terms();
        Query nearby = new MultiPhraseQuery.Builder().setSlop(SLOP)
                .add(new Term(LibrarySchema.TEXT, place))
                .add(offices.stream().map(t -> new Term(LibrarySchema.TEXT, t)).toArray(Term[]::new))
                .build();
        return holders(nearby, speaker -> speaksFor(speaker, place, offices, analyzer), asOf, searcher);
    }

    /** Whether a named person's role and organization name the country and an office of its state, held now. */
    private static boolean speaksFor(Speaker speaker, String place, List<String> offices, Analyzer analyzer) {
        if (!speaker.isNamed() || speaker.isGroup() || speaker.role().isEmpty()) {
            return false;
        }
        List<String> role = QueryTerms.analyze(analyzer, LibrarySchema.TEXT,
                speaker.role() + " " + speaker.organization()).terms();
        return role.contains(place) && role.stream().anyMatch(offices::contains)
                && Arrays.stream(speaker.role().toLowerCase(Locale.ROOT).split("[\\s-]+"))
                .noneMatch(NOT_IN_OFFICE::contains);
    }

    private static List<String> holders(Query nearby, Predicate<Speaker> holds, LocalDate asOf, IndexSearcher searcher)
            throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(nearby, Occur.FILTER);
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
                a.speaker().filter(holds).map(Speaker::name).ifPresent(name -> quoted.merge(name, 1, Integer::sum));
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

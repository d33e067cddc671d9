package dev.attache.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.answer.Question;
import dev.attache.core.article.Article;
import dev.attache.core.article.Passage;
import dev.attache.core.article.PublishedDate;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.index.PassageVectors;
import dev.attache.core.index.SentenceVectors;
import dev.attache.core.testing.RandomVectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dense stage finds the passages nearest to the question among those published by its as-of
 * date, whether the date is applied to an unfiltered search or the search is filtered by it.
 */
class NearestVectorsTest {

    private static final int ARTICLES = 400;
    private static final int DIMENSIONS = 16;
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

    @TempDir
    Path dir;

    @Test
    void theNearestPassagesPublishedByTheAsOfDateAreFoundWhateverShareOfTheLibraryItExcludes() throws Exception {
        Random random = new Random(42);
        Map<String, float[]> vectors = new HashMap<>();
        try (LibraryIndex index = LibraryIndex.open(dir)) {
            for (int i = 0; i < ARTICLES; i++) {
                String id = "a" + i;
                vectors.put(id, RandomVectors.unit(random, DIMENSIONS));
                index.add(article(id, FIRST_DAY.plusDays(i)), "u-" + id, "f-" + id, false);
            }
            index.refresh();
            for (int i = 0; i < ARTICLES; i++) {
                String id = "a" + i;
                index.putVectors(index.entry(id).orElseThrow(), index.indexedPassages(id),
                        List.of(new PassageVectors(vectors.get(id), SentenceVectors.of(List.of()))));
            }
            index.refreshVectors();
            Retriever retriever = new Retriever(index);
            // 390 of 400 published: the nearest 150 hold 100 of them, so the date is applied after an
            // unfiltered search; 60 of 400: they do not, and the search is filtered by the date.
            for (int published : List.of(390, 60)) {
                LocalDate asOf = FIRST_DAY.plusDays(published - 1);
                for (int q = 0; q < 20; q++) {
                    float[] question = RandomVectors.unit(random, DIMENSIONS);
                    Question asked = new Question("question", asOf, 10, Optional.empty());
                    List<String> found = index.withSearcher(searcher -> {
                        try {
                            List<String> ids = new ArrayList<>();
                            for (ScoreDoc hit : retriever.denseRanking(searcher, question, asked).passages()) {
                                ids.add(searcher.storedFields().document(hit.doc).get(LibrarySchema.ARTICLE_ID));
                            }
                            return ids;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    assertThat(found).as("as of %s, question %d", asOf, q)
                            .containsExactlyElementsOf(nearestPublished(vectors, question, published));
                }
            }
        }
    }

    /** The ids of the articles among the first {@code published}, nearest to {@code question} first, at most 100. */
    private static List<String> nearestPublished(Map<String, float[]> vectors, float[] question, int published) {
        return IntStream.range(0, published).mapToObj(i -> "a" + i)
                .sorted(Comparator.comparingDouble((String id) -> -VectorUtil.dotProduct(vectors.get(id), question)))
                .limit(Retriever.DENSE_CANDIDATES).toList();
    }

    private static Article article(String id, LocalDate published) {
        String text = "Grain exports rose in " + id + ".";
        return new Article(id, "Title of " + id, "Example Outlet", "Jo Writer", "",
                PublishedDate.parse(published.toString()), "https://example.org/" + id, "en", text,
                List.of(new Passage(Passage.idOf(id, 0), id, 0, 0, text.length(), text, List.of())), List.of());
    }
}

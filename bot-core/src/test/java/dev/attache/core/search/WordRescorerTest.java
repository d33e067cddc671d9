package dev.attache.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.attache.core.index.LibrarySchema;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The second stage adds what Lucene would score for the question's words in the title and for a
 * sloppy phrase of each adjacent pair, and the lead constant.
 */
class WordRescorerTest {

    static final float BOOST = 0.3f;
    static final int SLOP = 3;
    static final float LEAD = 0.5f;
    static final float TITLE = 0.4f;
    static final WordRescorer.Weights WEIGHTS = new WordRescorer.Weights(TITLE, BOOST, SLOP, LEAD);
    /** The text in which both words occur more than once. */
    static final int REPEATED = 4;

    @Test
    void aPairNearItsQuestionDistanceCountsOneOverOnePlusHowFarOff() {
        int[] tariffs = {2, 10};
        int[] steel = {3, 14, 30};
        assertThat(WordRescorer.sloppyFrequency(tariffs, steel, 1, SLOP, false)).isCloseTo(1 + 1f / 4, within(1e-6f));
        assertThat(WordRescorer.sloppyFrequency(new int[] {5}, new int[] {4}, 1, SLOP, false))
                .as("the words in reverse order are two off").isCloseTo(1f / 3, within(1e-6f));
        assertThat(WordRescorer.sloppyFrequency(new int[] {5}, new int[] {10}, 1, SLOP, false)).isZero();
        assertThat(WordRescorer.sloppyFrequency(new int[] {5}, new int[] {5}, 1, SLOP, true))
                .as("a word is never its own neighbour").isZero();
        assertThat(WordRescorer.sloppyFrequency(new int[] {5, 6}, new int[] {5, 6}, 1, SLOP, true))
                .as("5 is next to 6; 6 has only 5, two off").isCloseTo(1 + 1f / 3, within(1e-6f));
    }

    @Test
    void titleWordsAndPairsScoreAsLuceneScoresThemAndALeadPassageGetsTheConstant() throws Exception {
        List<String> texts = List.of(
                "the tariffs steel rose",
                "steel was hit by tariffs again",
                "tariffs on imported steel",
                "tariffs are one thing and steel is another matter entirely",
                "steel steel tariffs tariffs steel",
                "nothing here at all");
        List<String> titles = List.of("steel", "trade", "tariffs", "", "steel tariffs", "tariffs");
        try (Directory directory = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(LibrarySchema.similarity());
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < texts.size(); i++) {
                    Document doc = new Document();
                    doc.add(new TextField(LibrarySchema.TEXT, texts.get(i), Field.Store.NO));
                    doc.add(new TextField(LibrarySchema.TITLE, titles.get(i), Field.Store.NO));
                    if (i == 2) {
                        doc.add(new StringField(LibrarySchema.LEAD, LibrarySchema.LEAD_VALUE, Field.Store.NO));
                    }
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(LibrarySchema.similarity());
                QueryTerms question = new QueryTerms(List.of("tariffs", "steel"), List.of(0, 1));
                WordRescorer rescorer = new WordRescorer(question,
                        FieldTermStates.lookUp(searcher, question, LibrarySchema.TEXT),
                        Optional.of(FieldTermStates.lookUp(searcher, question, LibrarySchema.TITLE)), WEIGHTS);
                ScoreDoc[] unscored = new ScoreDoc[texts.size()];
                for (int d = 0; d < texts.size(); d++) {
                    unscored[d] = new ScoreDoc(d, 0f);
                }
                ScoreDoc[] rescored = rescorer.rescore(searcher, unscored, texts.size());

                float[] expected = new float[texts.size()];
                for (Query part : List.<Query>of(
                        new BoostQuery(new PhraseQuery(SLOP, LibrarySchema.TEXT, "tariffs", "steel"), BOOST),
                        new BoostQuery(new TermQuery(new Term(LibrarySchema.TITLE, "tariffs")), TITLE),
                        new BoostQuery(new TermQuery(new Term(LibrarySchema.TITLE, "steel")), TITLE))) {
                    for (ScoreDoc sd : searcher.search(part, texts.size()).scoreDocs) {
                        expected[sd.doc] += sd.score;
                    }
                }
                expected[2] += LEAD;
                for (ScoreDoc sd : rescored) {
                    if (sd.doc == REPEATED) {
                        // Lucene's sweep pairs repeated occurrences a little differently: close, not equal.
                        assertThat(sd.score).isCloseTo(expected[sd.doc], within(0.1f * expected[sd.doc]));
                    } else {
                        assertThat(sd.score).as(texts.get(sd.doc)).isCloseTo(expected[sd.doc], within(1e-5f));
                    }
                }
                assertThat(rescored[0].doc).as("exact pair, title word and lead first").isEqualTo(2);
                assertThat(expected[5]).as("a title word alone counts").isGreaterThan(0);
            }
        }
    }
}

package dev.attache.core.search.eval;

import dev.attache.core.search.eval.LibrarySnapshot.StoredPassage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The plain baseline every retrieval gain is measured against: Lucene's BM25 (default parameters)
 * with {@link StandardAnalyzer} over the same passage texts, in a separate in-memory index, queried
 * with one SHOULD term clause per analyzed word of the question and, where the question has an
 * as-of date, the same publication-day filter as the library. Nothing else: no title, no
 * proximity, no stemming, no re-ranking.
 */
public final class BaselineRetriever implements AutoCloseable {

    private static final String TEXT = "text";
    private static final String DAY = "day";
    private static final String ORDINAL = "ordinal";

    private final Analyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final List<StoredPassage> passages;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public BaselineRetriever(List<StoredPassage> passages) {
        this.passages = List.copyOf(passages);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(128))) {
            for (int i = 0; i < this.passages.size(); i++) {
                StoredPassage p = this.passages.get(i);
                Document doc = new Document();
                doc.add(new TextField(TEXT, p.text(), Field.Store.NO));
                doc.add(new LongField(DAY, p.day(), Field.Store.NO));
                doc.add(new StoredField(ORDINAL, i));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
    }

    public int size() {
        return passages.size();
    }

    /** The top {@code k} passages for the question, best first; only those published on or before {@code asOf} when given. */
    public List<StoredPassage> search(String question, Optional<LocalDate> asOf, int k) {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        int clauses = 0;
        try (TokenStream stream = analyzer.tokenStream(TEXT, question)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(new TermQuery(new Term(TEXT, term.toString())), Occur.SHOULD);
                clauses++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (clauses == 0) {
            return List.of();
        }
        Query query = terms.build();
        if (asOf.isPresent()) {
            query = new BooleanQuery.Builder()
                    .add(query, Occur.MUST)
                    .add(LongField.newRangeQuery(DAY, Long.MIN_VALUE, asOf.get().toEpochDay()), Occur.FILTER)
                    .build();
        }
        try {
            ScoreDoc[] top = searcher.search(query, k).scoreDocs;
            List<StoredPassage> out = new ArrayList<>(top.length);
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top) {
                out.add(passages.get(stored.document(sd.doc).getField(ORDINAL).numericValue().intValue()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}

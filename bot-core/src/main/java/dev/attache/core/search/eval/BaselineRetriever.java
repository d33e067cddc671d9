package dev.attache.core.search.eval;

import dev.attache.core.search.eval.LibrarySnapshot.StoredPassage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The plain baseline every retrieval gain is measured against: Lucene's BM25 (default parameters)
 * with {@link StandardAnalyzer} over the same passage texts, in a separate index on disk, queried
 * with one SHOULD term clause per analyzed word of the question and, where the question has an
 * as-of date, the same publication-day filter as the library. Nothing else: no title, no
 * proximity, no stemming, no re-ranking. Its index is on disk and memory-mapped, like the library's,
 * rather than on the heap: held in the evaluation's heap, its texts (about 250 MB for RealTimeQA)
 * made the collector's pauses, and so the measured latency of Attaché's own answers, longer than in
 * a process that answers alone.
 */
public final class BaselineRetriever implements AutoCloseable {

    private static final String TEXT = "text";
    private static final String DAY = "day";
    private static final String PASSAGE_ID = "passage";
    private static final String ARTICLE_ID = "article";

    private final Analyzer analyzer = new StandardAnalyzer();
    private final Path path;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /**
     * Indexes the live passages of {@code library} in {@code path}, replacing whatever an earlier
     * run left there; {@link #close} deletes it.
     */
    public BaselineRetriever(Path path, LibrarySnapshot library) {
        this.path = path;
        try {
            directory = FSDirectory.open(path);
            try {
                IndexWriterConfig config = new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(128);
                try (IndexWriter writer = new IndexWriter(directory, config)) {
                    library.forEachPassage(p -> add(writer, p));
                    writer.commit();
                }
                reader = DirectoryReader.open(directory);
            } catch (IOException | RuntimeException e) {
                removeAfterFailure(e); // a failed build leaves no half-written index beside the library
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
    }

    private void removeAfterFailure(Exception failure) {
        try {
            IOUtils.close(directory);
            IOUtils.rm(path);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void add(IndexWriter writer, StoredPassage p) {
        Document doc = new Document();
        doc.add(new TextField(TEXT, p.text(), Field.Store.YES));
        doc.add(new LongField(DAY, p.day(), Field.Store.YES));
        doc.add(new StoredField(PASSAGE_ID, p.passageId()));
        doc.add(new StoredField(ARTICLE_ID, p.articleId()));
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return reader.numDocs();
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
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : top) {
                Document d = stored.document(sd.doc);
                out.add(new StoredPassage(d.get(PASSAGE_ID), d.get(ARTICLE_ID), d.get(TEXT),
                        d.getField(DAY).numericValue().longValue()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            IOUtils.close(reader, directory);
        } finally {
            IOUtils.rm(path);
        }
    }
}

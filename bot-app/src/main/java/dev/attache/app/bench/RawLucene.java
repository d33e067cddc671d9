package dev.attache.app.bench;

import dev.attache.core.index.LibraryAnalyzer;
import dev.attache.core.index.LibrarySchema;
import dev.attache.core.search.QueryTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * The baselines Attaché is compared with, on the same data: plain Lucene indexing of the same
 * passages (one stored, analyzed text field and an id, the same analysis chain of Lucene's filters
 * but without Attaché's memory of analyzed words, same RAM buffer, all cores), and plain Lucene
 * top-10 BM25 search over passage text for the same questions (likewise analyzed), reading the
 * stored text of the 10 hits.
 */
public final class RawLucene {

    static final int CHUNK_PASSAGES = 50_000;

    private RawLucene() {
    }

    /** Result of the raw indexing run. */
    public record IndexRun(long passages, long nanos) {
        public double passagesPerSecond() {
            return nanos == 0 ? 0 : passages * 1e9 / nanos;
        }
    }

    /**
     * Indexes the passages of the library index in {@code libraryIndex} into a fresh index in
     * {@code target} on {@code threads} threads, in chunks loaded ahead; only the indexing (and its
     * final commit) is timed.
     */
    public static IndexRun indexSamePassages(Path libraryIndex, Path target, int threads) throws IOException {
        Files.createDirectories(target);
        long timed = 0;
        long count = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(libraryIndex));
             FSDirectory dir = FSDirectory.open(target);
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(LibraryAnalyzer.english().withoutMemory())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = reader.storedFields();
            Set<String> fields = Set.of(LibrarySchema.PASSAGE_ID, LibrarySchema.TEXT);
            TermQuery passages = new TermQuery(new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_PASSAGE));
            int total = searcher.count(passages);
            TopDocs all = searcher.search(passages, Math.max(1, total));
            int[] docs = new int[all.scoreDocs.length];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = all.scoreDocs[i].doc;
            }
            java.util.Arrays.sort(docs);
            for (int from = 0; from < docs.length; from += CHUNK_PASSAGES) {
                int to = Math.min(docs.length, from + CHUNK_PASSAGES);
                List<String[]> chunk = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    Document d = stored.document(docs[i], fields);
                    chunk.add(new String[] {d.get(LibrarySchema.PASSAGE_ID), d.get(LibrarySchema.TEXT)});
                }
                long start = System.nanoTime();
                List<Future<?>> parts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int part = t;
                    parts.add(pool.submit(() -> {
                        for (int i = part; i < chunk.size(); i += threads) {
                            Document doc = new Document();
                            doc.add(new StringField("id", chunk.get(i)[0], Field.Store.YES));
                            doc.add(new TextField("text", chunk.get(i)[1], Field.Store.YES));
                            writer.addDocument(doc);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : parts) {
                    try {
                        f.get();
                    } catch (Exception e) {
                        throw new IOException("raw indexing failed", e);
                    }
                }
                timed += System.nanoTime() - start;
                count += chunk.size();
            }
            long start = System.nanoTime();
            writer.commit();
            timed += System.nanoTime() - start;
        } finally {
            pool.shutdownNow();
        }
        return new IndexRun(count, timed);
    }

    /** Plain top-10 BM25 search over the library's passage text, reading the 10 hits' stored text. */
    public static final class Searcher implements AutoCloseable {
        private final DirectoryReader reader;
        private final IndexSearcher searcher;
        private final Analyzer analyzer = LibraryAnalyzer.question().withoutMemory();

        public Searcher(Path libraryIndex) throws IOException {
            reader = DirectoryReader.open(FSDirectory.open(libraryIndex));
            searcher = new IndexSearcher(reader);
        }

        /** The number of characters of the top-10 passages' text (so the work cannot be skipped). */
        public long top10(String question) {
            QueryTerms terms = QueryTerms.analyze(analyzer, LibrarySchema.TEXT, question);
            if (terms.isEmpty()) {
                return 0;
            }
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            for (String term : terms.distinct()) {
                q.add(new TermQuery(new Term(LibrarySchema.TEXT, term)), Occur.SHOULD);
            }
            try {
                TopDocs top = searcher.search(q.build(), 10);
                StoredFields stored = searcher.storedFields();
                long chars = 0;
                for (ScoreDoc sd : top.scoreDocs) {
                    String text = stored.document(sd.doc, Set.of(LibrarySchema.TEXT)).get(LibrarySchema.TEXT);
                    chars += text == null ? 0 : text.length();
                }
                return chars;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}

package dev.attache.core.search.eval;

import dev.attache.core.answer.EvidenceStrength;
import dev.attache.core.index.LibrarySchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * A read-only view of a library's last commit, opened beside the running library (a reader needs
 * no lock): its passages exactly as indexed, for building the baseline over the same texts, and
 * the term statistics the answer composer weighs coverage with.
 */
public final class LibrarySnapshot implements AutoCloseable {

    /** A passage as stored: its ids, text and publication day ({@link LibrarySchema#UNKNOWN_DAY} when unknown). */
    public record StoredPassage(String passageId, String articleId, String text, long day) {}

    private final Directory directory;
    private final DirectoryReader reader;

    private LibrarySnapshot(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
    }

    /** Opens the committed state of the index in {@code indexDir} (a library's {@code DATA/index}). */
    public static LibrarySnapshot open(Path indexDir) {
        try {
            Directory directory = FSDirectory.open(indexDir);
            try {
                return new LibrarySnapshot(directory, DirectoryReader.open(directory));
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands every live passage, in index order, to {@code each}, one at a time (a large library's texts do not fit a small heap at once). */
    public void forEachPassage(Consumer<StoredPassage> each) {
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc);
                    String passageId = d.get(LibrarySchema.PASSAGE_ID);
                    if (passageId == null) {
                        continue;
                    }
                    IndexableField day = d.getField(LibrarySchema.PUBLISHED_DAY);
                    each.accept(new StoredPassage(passageId, d.get(LibrarySchema.ARTICLE_ID), d.get(LibrarySchema.TEXT),
                            day == null ? LibrarySchema.UNKNOWN_DAY : day.numericValue().longValue()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The IDF of each term over the library's passages, as {@code AnswerComposer} computes it. */
    public Map<String, Double> idf(Collection<String> terms) {
        return EvidenceStrength.idf(reader, terms);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}

package dev.attache.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.index.CatalogEntry;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.index.LibrarySchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What the reliability tests check after a process died or stopped: Lucene's CheckIndex finds
 * the index clean, the library opens, and every article in its catalog is whole (its text and
 * exactly the passages it declares). Returns the ids the library holds.
 */
final class LibraryCheck {

    private LibraryCheck() {
    }

    static Set<String> verify(Path dataDir) {
        Path indexDir = dataDir.resolve("index");
        try (Directory dir = FSDirectory.open(indexDir); CheckIndex check = new CheckIndex(dir)) {
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            check.setInfoStream(new PrintStream(report, true, StandardCharsets.UTF_8));
            CheckIndex.Status status = check.checkIndex();
            assertThat(status.clean).as("CheckIndex of %s:\n%s", indexDir, report.toString(StandardCharsets.UTF_8))
                    .isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (LibraryIndex index = LibraryIndex.open(indexDir)) {
            Set<String> ids = new HashSet<>();
            for (CatalogEntry entry : index.entriesNewestFirst()) {
                ids.add(entry.id());
                assertThat(index.text(entry.id())).as("text of %s", entry.id()).isPresent();
                int passages = index.withSearcher(s -> {
                    try {
                        return s.count(new BooleanQuery.Builder()
                                .add(new TermQuery(new Term(LibrarySchema.TYPE, LibrarySchema.TYPE_PASSAGE)),
                                        BooleanClause.Occur.FILTER)
                                .add(new TermQuery(new Term(LibrarySchema.ARTICLE_ID, entry.id())),
                                        BooleanClause.Occur.FILTER)
                                .build());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                assertThat(passages).as("passages of %s", entry.id()).isEqualTo(entry.summary().passages());
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

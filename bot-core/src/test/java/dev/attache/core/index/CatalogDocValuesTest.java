package dev.attache.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.article.PublishedDate;
import dev.attache.core.ops.ArticleSummary;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The catalog entry that start-up reads from doc values is the one that was written. */
class CatalogDocValuesTest {

    @Test
    void catalogEntryRoundTripsThroughItsDocValuesEncoding() {
        CatalogEntry entry = new CatalogEntry(new ArticleSummary("un-1", "Débat général — “NATO”", "UN", "Ana Ruiz",
                PublishedDate.parse("2022-11-27"), "https://example.org/a", 12, 3), "Foreign Minister",
                "example.org/a", "ab12", 42, List.of("Ana Ruiz", "Vasiliy Kashin"));
        byte[] bytes = LibrarySchema.encodeCatalog(entry);
        byte[] padded = new byte[bytes.length + 4];
        System.arraycopy(bytes, 0, padded, 2, bytes.length);

        assertThat(LibrarySchema.decodeCatalog(new BytesRef(padded, 2, bytes.length))).isEqualTo(entry);
    }

    @Test
    void anUnknownDateAndEmptyFieldsSurvive() {
        CatalogEntry entry = new CatalogEntry(new ArticleSummary("x", "", "", "", PublishedDate.parse(""), "", 0, 0),
                "", "", "f", 1, List.of());

        assertThat(LibrarySchema.decodeCatalog(new BytesRef(LibrarySchema.encodeCatalog(entry)))).isEqualTo(entry);
    }
}

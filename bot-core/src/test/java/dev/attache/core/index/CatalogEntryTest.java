package dev.attache.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.article.PublishedDate;
import dev.attache.core.ops.ArticleSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A loading catalog keeps one copy of each name that recurs across articles. */
class CatalogEntryTest {

    private static CatalogEntry entry(String id, String url, String canonicalUrl) {
        // new String(…): each article's names are read from its own bytes, as when the catalog is loaded
        return new CatalogEntry(new ArticleSummary(id, "Title " + id, new String("Example Outlet"),
                new String("Jo Writer"), PublishedDate.parse("2024-05-01"), url, 1, 1),
                new String("columnist"), canonicalUrl, "f-" + id, 1, List.of(new String("Jo Hale"), new String("Ann Lee")));
    }

    @Test
    void speakersOutletsAuthorsAndRolesAreOneCopyAcrossArticles() {
        Map<String, String> names = new HashMap<>();
        CatalogEntry a = entry("a", "https://example.org/a", "https://example.org/a").withSharedNames(names);
        CatalogEntry b = entry("b", "https://example.org/b", "https://example.org/b").withSharedNames(names);
        assertThat(a.speakers().get(0)).isEqualTo("Jo Hale").isSameAs(b.speakers().get(0));
        assertThat(a.speakers().get(1)).isSameAs(b.speakers().get(1));
        assertThat(a.summary().outlet()).isSameAs(b.summary().outlet());
        assertThat(a.summary().author()).isSameAs(b.summary().author());
        assertThat(a.authorRole()).isSameAs(b.authorRole());
    }

    @Test
    void aUrlThatIsItsOwnCanonicalFormIsKeptOnce() {
        CatalogEntry same = entry("a", "https://example.org/a", new String("https://example.org/a"))
                .withSharedNames(new HashMap<>());
        assertThat(same.canonicalUrl()).isSameAs(same.summary().url());
        CatalogEntry other = entry("b", "https://example.org/b?utm=x", "https://example.org/b")
                .withSharedNames(new HashMap<>());
        assertThat(other.canonicalUrl()).isEqualTo("https://example.org/b");
    }
}

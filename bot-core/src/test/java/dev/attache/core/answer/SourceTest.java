package dev.attache.core.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.attache.core.article.PublishedDate;
import dev.attache.core.ops.ArticleSummary;
import org.junit.jupiter.api.Test;

class SourceTest {

    private static ArticleSummary article(String outlet, String url) {
        return new ArticleSummary("a1", "Harbour vote delayed", outlet, "Mara Quill", PublishedDate.parse("2024-05-02"),
                url, 3, 1);
    }

    @Test
    void anArticleWithoutAnOutletIsCitedByItsWebSite() {
        Source s = Source.citing(2, article("", "https://www.Example-News.org/2024/05/02/harbour-vote?ref=x"));
        assertEquals("example-news.org", s.outlet());
        assertEquals(2, s.n());
        assertEquals("Harbour vote delayed", s.title());
        assertEquals("https://www.Example-News.org/2024/05/02/harbour-vote?ref=x", s.url());
    }

    @Test
    void anOutletTheArticleNamesIsKept() {
        assertEquals("The Fictional Review", Source.citing(1, article("The Fictional Review", "https://ex.org/a")).outlet());
    }

    @Test
    void noWebAddressLeavesTheOutletUnknown() {
        assertEquals("", Source.citing(1, article("", "")).outlet());
        assertEquals("", Source.citing(1, article("", "not a url at all")).outlet());
        assertEquals("", Source.citing(1, article("", "http://exa mple.org/")).outlet());
        assertEquals("news.example", Source.citing(1, article("", " http://news.example ")).outlet());
    }
}

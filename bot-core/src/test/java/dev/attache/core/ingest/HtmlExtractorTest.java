package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.core.article.ParsedDocument;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

    private static final String PAGE = """
            <!doctype html><html lang="en-GB"><head>
            <title>Talks resume | The Daily Planet</title>
            <meta property="og:title" content="Talks resume in Geneva">
            <meta property="og:site_name" content="The Daily Planet">
            <meta property="article:published_time" content="2022-11-27T10:00:00Z">
            <link rel="canonical" href="/world/talks-resume">
            <script>var tracking = "Advertisement";</script><style>p { color: red }</style>
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <div class="share-bar">Share on Facebook 0 1,569</div>
            <article>
              <h1>Talks resume in Geneva</h1>
              <p class="byline">By Jane Doe</p>
              <p>Negotiators met again on Monday, the first time since the summer.</p>
              <p>- Advertisement -</p>
              <p>&ldquo;We are closer than ever,&rdquo; said the envoy, who asked not to be named.</p>
              <aside>Read more: Earlier talks collapsed</aside>
              <form>Sign up for our newsletter <input type="email"></form>
            </article>
            <section id="comments"><p>First comment! This is great news for everyone.</p></section>
            <footer>All rights reserved.</footer>
            </body></html>""";

    @Test
    void extractsMainContentOnlyWithMetadataFromMetaTags() {
        ParsedDocument doc = HtmlExtractor.extract(PAGE, "https://planet.example/world/talks");
        assertThat(doc.title()).isEqualTo("Talks resume in Geneva");
        assertThat(doc.outlet()).isEqualTo("The Daily Planet");
        assertThat(doc.author()).isEqualTo("Jane Doe");
        assertThat(doc.published().toString()).isEqualTo("2022-11-27");
        assertThat(doc.url()).isEqualTo("https://planet.example/world/talks-resume");
        assertThat(doc.language()).isEqualTo("en");
        assertThat(doc.text()).isEqualTo("Negotiators met again on Monday, the first time since the summer.\n\n"
                + "\u201CWe are closer than ever,\u201D said the envoy, who asked not to be named.");
    }

    @Test
    void readsJsonLdNewsArticleMetadata() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
                 {"@type":["NewsArticle"],"headline":"Sanctions widen","datePublished":"2023-03-01",
                  "author":[{"@type":"Person","name":"Ana Lopez"},{"@type":"Person","name":"Li Wei"}],
                  "publisher":{"@type":"Organization","name":"Wire Service"},"url":"https://wire.example/a"}]}
                </script></head><body><div><p>The new sanctions cover banks and shipping firms across the region.</p>
                <p>Officials said more measures could follow within weeks.</p></div></body></html>""";
        ParsedDocument doc = HtmlExtractor.extract(html, "");
        assertThat(doc.title()).isEqualTo("Sanctions widen");
        assertThat(doc.author()).isEqualTo("Ana Lopez, Li Wei");
        assertThat(doc.outlet()).isEqualTo("Wire Service");
        assertThat(doc.published().toString()).isEqualTo("2023-03-01");
        assertThat(doc.url()).isEqualTo("https://wire.example/a");
    }

    @Test
    void picksTheDensestBlockWhenThereIsNoArticleElement() {
        String html = "<body><div class='menu-list'><a>Home</a><a>World</a></div><div id='x'>"
                + "<p>First paragraph of the story with enough words to count as text.</p>"
                + "<p>Second paragraph of the story, also with enough words to count.</p></div>"
                + "<div><p>Short promo.</p></div></body>";
        assertThat(HtmlExtractor.extract(html, "").text()).isEqualTo(
                "First paragraph of the story with enough words to count as text.\n\n"
                        + "Second paragraph of the story, also with enough words to count.");
    }

    @Test
    void survivesHtmlNestedFiftyThousandDeep() {
        String html = "<div>".repeat(50_000) + "<p>Deep inside, the text is still found.</p>" + "</div>".repeat(50_000);
        assertThat(HtmlExtractor.extract(html, "").text()).contains("Deep inside, the text is still found.");
    }

    @Test
    void pageOfOnlyScriptsAndStylesIsRejectedWithNoArticleTextFound() {
        String html = "<html><head><style>body{}</style></head><body><script>render()</script>"
                + "<noscript>Enable JavaScript</noscript></body></html>";
        assertThatThrownBy(() -> HtmlExtractor.extract(html, "")).isInstanceOf(IngestException.class)
                .hasMessageContaining("No article text found");
    }
}

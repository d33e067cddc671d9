package dev.attache.core.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page's article metadata as the page declares it, read from meta tags (Open Graph,
 * article:*, citation_*, name=author), JSON-LD (NewsArticle and other Article types) and
 * microdata, each field from the first source that gives it. Fields are empty when unknown.
 */
record HtmlMetadata(String title, String author, String published, String outlet, String url) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How deep into JSON-LD (arrays, {@code @graph}) an Article node is looked for. */
    private static final int MAX_JSON_LD_DEPTH = 6;

    static HtmlMetadata read(Document doc) {
        JsonNode ld = jsonLdArticle(doc).orElse(null);
        String title = firstOf(meta(doc, "og:title"), meta(doc, "twitter:title"), meta(doc, "citation_title"),
                ld(ld, "headline"), ld(ld, "name"), text(doc.selectFirst("h1")), doc.title());
        String author = firstOf(meta(doc, "author"), notUrl(meta(doc, "article:author")), meta(doc, "citation_author"),
                meta(doc, "dc.creator"), ldName(ld, "author"), microdataAuthor(doc));
        String published = firstOf(meta(doc, "article:published_time"), meta(doc, "og:published_time"),
                meta(doc, "citation_publication_date"), meta(doc, "citation_date"), meta(doc, "date"),
                meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "dc.date.issued"), meta(doc, "dc.date"),
                itemprop(doc, "datePublished"), ld(ld, "datePublished"), attr(doc.selectFirst("time[datetime]"), "datetime"))
                .replace('/', '-');
        String outlet = firstOf(meta(doc, "og:site_name"), ldName(ld, "publisher"), meta(doc, "citation_journal_title"),
                meta(doc, "application-name"));
        String url = firstOf(attr(doc.selectFirst("link[rel=canonical][href]"), "abs:href"), meta(doc, "og:url"),
                ld(ld, "url"), doc.location());
        return new HtmlMetadata(title, author, published, outlet, url);
    }

    /** The content of {@code <meta property=key>} or {@code <meta name=key>}, case-insensitively. */
    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            String name = m.hasAttr("property") ? m.attr("property") : m.attr("name");
            if (name.equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
                return m.attr("content").strip();
            }
        }
        return "";
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) {
            return "";
        }
        return firstOf(e.attr("content"), e.attr("datetime"), e.text());
    }

    private static String microdataAuthor(Document doc) {
        Element e = doc.selectFirst("[itemprop=author]");
        if (e == null) {
            e = doc.selectFirst("a[rel=author], [rel=author]");
            return text(e);
        }
        Element name = e.selectFirst("[itemprop=name]");
        return name != null ? firstOf(name.attr("content"), name.text()) : firstOf(e.attr("content"), e.text());
    }

    private static Optional<JsonNode> jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                Optional<JsonNode> article = findArticle(JSON.readTree(script.data()));
                if (article.isPresent()) {
                    return article;
                }
            } catch (JacksonException e) {
                // A page's broken JSON-LD is ignored: the meta tags and the visible page still count.
            }
        }
        return Optional.empty();
    }

    /** Breadth-first search for an object whose {@code @type} is an Article kind. */
    private static Optional<JsonNode> findArticle(JsonNode root) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        queue.add(root == null ? JSON.missingNode() : root);
        depths.add(0);
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            int depth = depths.poll();
            if (isArticle(node.get("@type"))) {
                return Optional.of(node);
            }
            if (depth >= MAX_JSON_LD_DEPTH) {
                continue;
            }
            Iterable<JsonNode> children = node.isArray() ? node : node.has("@graph") ? node.get("@graph") : List.of();
            for (JsonNode child : children) {
                queue.add(child);
                depths.add(depth + 1);
            }
        }
        return Optional.empty();
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText();
        return t.endsWith("Article") || t.endsWith("Posting") || t.equals("Report");
    }

    private static String ld(JsonNode ld, String field) {
        JsonNode value = ld == null ? null : ld.get(field);
        return value != null && value.isValueNode() ? value.asText().strip() : "";
    }

    /** A person or organization field: a string, an object's name, or the names of an array's items. */
    private static String ldName(JsonNode ld, String field) {
        JsonNode value = ld == null ? null : ld.get(field);
        if (value == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : value.isArray() ? value : List.of(value)) {
            String name = item.isTextual() ? item.asText() : item.path("name").isValueNode() ? item.path("name").asText() : "";
            if (!name.isBlank() && !names.contains(name.strip())) {
                names.add(name.strip());
            }
        }
        return String.join(", ", names);
    }

    private static String notUrl(String value) {
        return value.toLowerCase(Locale.ROOT).startsWith("http") ? "" : value;
    }

    private static String text(Element e) {
        return e == null ? "" : e.text();
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name);
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}

package dev.attache.core.ingest;

import dev.attache.core.article.ParsedDocument;
import dev.attache.core.article.PublishedDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts an article from an HTML page: its metadata (see {@link HtmlMetadata}, plus a visible
 * "By Jane Doe" byline) and the text of its main content only (articleBody, article, main, or the
 * block densest in paragraphs), without navigation, headers, footers, asides, scripts, forms,
 * share widgets or comments. Walks the tree without recursion, so deeply nested pages are safe; a
 * page without article text gets an {@link IngestException}.
 */
public final class HtmlExtractor {

    private static final String CHROME_ELEMENTS = "script, style, noscript, template, iframe, svg, canvas, object, "
            + "embed, form, button, input, select, textarea, nav, header, footer, aside, figure, dialog, menu, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
            + "[role=dialog], [hidden], [aria-hidden=true]";
    /** Class or id words of chrome containers (share bars, comment threads, newsletter boxes...). */
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(?i)(^|[-_])(share|sharing|social|comments?|newsletter|subscribe|subscription|related|promo|advert"
                    + "|advertisement|ads?|cookies?|consent|sidebar|breadcrumbs?|popup|modal|signup|paywall|recirc"
                    + "|outbrain|taboola|navbar|menu|masthead|byline|author-bio|tags)([-_]|$)");
    /** A container holding more than this share of the page's text is never dropped as chrome. */
    private static final double MAX_CHROME_SHARE = 0.4;
    /** A candidate content root must hold at least this share of the page's text. */
    private static final double MIN_ROOT_SHARE = 0.3;
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "dl", "dt", "dd", "figcaption", "address",
            "hr", "header", "footer", "center", "details", "summary");
    /** How many leading lines of the content are checked for a byline or a repeated title. */
    private static final int HEAD_LINES = 4;

    private HtmlExtractor() {
    }

    /** Parses and extracts {@code html}; {@code baseUrl} (may be empty) resolves relative links. */
    public static ParsedDocument extract(String html, String baseUrl) {
        return extract(Jsoup.parse(html, baseUrl));
    }

    /** Extracts from a parsed page; the page is modified (chrome removed). */
    public static ParsedDocument extract(Document doc) {
        HtmlMetadata meta = HtmlMetadata.read(doc);
        doc.select(CHROME_ELEMENTS).remove();
        Element body = doc.body();
        Map<Element, Integer> textLength = textLengths(body);
        int total = textLength.getOrDefault(body, 0);
        List<Element> chrome = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && isChromeContainer(e) && textLength.getOrDefault(e, 0) <= MAX_CHROME_SHARE * total) {
                chrome.add(e);
            }
        }
        chrome.forEach(Node::remove);
        Element root = contentRoot(body, textLengths(body));
        String[] lines = render(root).split("\n", -1);
        String author = meta.author();
        int checked = 0;
        for (int i = 0; i < lines.length && checked < HEAD_LINES; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            checked++;
            var byline = Byline.author(lines[i]);
            if (byline.isPresent() || lines[i].strip().equalsIgnoreCase(meta.title())) {
                author = author.isEmpty() ? byline.orElse("") : author;
                lines[i] = "";
            }
        }
        String raw = String.join("\n", lines);
        String text = BodyText.clean(raw);
        if (text.isEmpty()) {
            throw new IngestException("No article text found in the HTML page"
                    + (meta.url().isEmpty() ? "" : " " + meta.url())
                    + ": it holds only scripts, styles, navigation or other page chrome. If the page builds its text "
                    + "with JavaScript, paste the article's text instead.");
        }
        return new ParsedDocument("", meta.title(), meta.outlet(), author, "", PublishedDate.parse(meta.published()),
                meta.url(), doc.selectFirst("html[lang]") == null ? "" : langOf(doc), text);
    }

    private static String langOf(Document doc) {
        String lang = doc.selectFirst("html[lang]").attr("lang").strip();
        int dash = lang.indexOf('-');
        return (dash > 0 ? lang.substring(0, dash) : lang).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isChromeContainer(Element e) {
        if (e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")) {
            return false;
        }
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("p")) {
            return false;
        }
        for (String name : e.classNames()) {
            if (CHROME_NAME.matcher(name).find()) {
                return true;
            }
        }
        return !e.id().isEmpty() && CHROME_NAME.matcher(e.id()).find();
    }

    /** The length of the text under each element, computed in one iterative pass. */
    private static Map<Element, Integer> textLengths(Element root) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == root) {
                    return;
                }
                int own = node instanceof TextNode t ? t.text().strip().length()
                        : node instanceof Element e ? lengths.getOrDefault(e, 0) : 0;
                if (own > 0 && node.parent() instanceof Element parent) {
                    lengths.merge(parent, own, Integer::sum);
                }
            }
        }, root);
        return lengths;
    }

    /** articleBody, else the largest article, else main, else the element whose paragraphs hold most text. */
    private static Element contentRoot(Element body, Map<Element, Integer> textLength) {
        int total = textLength.getOrDefault(body, 0);
        Element articleBody = largest(body, "[itemprop=articleBody]", textLength);
        if (articleBody != null && textLength.getOrDefault(articleBody, 0) > 0) {
            return articleBody;
        }
        for (String selector : List.of("article", "main, [role=main]")) {
            Element candidate = largest(body, selector, textLength);
            if (candidate != null && textLength.getOrDefault(candidate, 0) >= MIN_ROOT_SHARE * total) {
                return candidate;
            }
        }
        Map<Element, Integer> score = new IdentityHashMap<>();
        for (Element p : body.select("p")) {
            int length = textLength.getOrDefault(p, 0);
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, length, Integer::sum);
                if (parent.parent() != null) {
                    score.merge(parent.parent(), length / 2, Integer::sum);
                }
            }
        }
        Element best = body;
        int bestScore = 0;
        for (var entry : score.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        return bestScore >= MIN_ROOT_SHARE * total ? best : body;
    }

    private static Element largest(Element body, String selector, Map<Element, Integer> textLength) {
        Element best = null;
        for (Element e : body.select(selector)) {
            if (best == null || textLength.getOrDefault(e, 0) > textLength.getOrDefault(best, 0)) {
                best = e;
            }
        }
        return best;
    }

    /** The text of {@code root} with a blank line around every block and a newline for every {@code <br>}. */
    private static String render(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private int preDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(preDepth > 0 ? t.getWholeText() : t.text());
                } else if (node instanceof Element e) {
                    preDepth += e.normalName().equals("pre") ? 1 : 0;
                    if (e.normalName().equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        out.append("\n\n");
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        out.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                    preDepth -= e.normalName().equals("pre") ? 1 : 0;
                }
            }
        }, root);
        return out.toString();
    }
}

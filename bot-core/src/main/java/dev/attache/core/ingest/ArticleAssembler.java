package dev.attache.core.ingest;

import dev.attache.core.answer.QuoteListing;
import dev.attache.core.article.Article;
import dev.attache.core.article.ParsedDocument;
import dev.attache.core.article.Passage;
import dev.attache.core.attribution.ArticleContext;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.AttributionExtractor;
import dev.attache.core.attribution.Span;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.ArticleSummary;
import dev.attache.core.ops.FetchPolicy;
import dev.attache.core.ops.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest pipeline from a source to the index: fetch or parse it, give it a stable id, split
 * it into passages, find its attributions, and add it unless the library already has it. The id
 * is the source's own id when it has one, else its canonical URL, else a hash of its normalized text.
 */
public final class ArticleAssembler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ArticleAssembler.class);

    private final FetchPolicy fetch;
    /** Created on first fetch: an HTTP client costs start-up time that a library which only answers never needs. */
    private UrlFetcher fetcher;
    private final Limits limits;
    private final PassageSplitter splitter;
    private final AttributionExtractor attributions = new AttributionExtractor();

    public ArticleAssembler(FetchPolicy fetch, Limits limits) {
        this.fetch = fetch;
        this.limits = limits;
        this.splitter = PassageSplitter.withLimits(limits);
    }

    public long maxFileBytes() {
        return limits.maxFileBytes();
    }

    /** A parsed document ready for the index, with the keys that detect duplicates. */
    public record Assembled(Article article, String canonicalUrl, String fingerprint) {}

    /** Adds one article from an operator's request; every failure becomes a {@link AddOutcome.Rejected} with its reason. */
    public AddOutcome addTo(LibraryIndex index, AddRequest request) {
        try {
            List<ParsedDocument> documents = parse(request);
            if (documents.size() != 1) {
                return new AddOutcome.Rejected("this file holds " + documents.size()
                        + " articles; use `attache import` for bulk files");
            }
            Assembled assembled = assemble(documents.getFirst());
            Optional<String> duplicate = index.add(assembled.article(), assembled.canonicalUrl(),
                    assembled.fingerprint(), true);
            if (duplicate.isPresent()) {
                String title = index.entry(duplicate.get()).map(e -> e.summary().title()).orElse("");
                return new AddOutcome.Duplicate(duplicate.get(), title);
            }
            return added(assembled.article());
        } catch (IngestException e) {
            return new AddOutcome.Rejected(e.getMessage());
        } catch (IOException e) {
            log.error("index write failed", e);
            return new AddOutcome.Rejected("the library could not store it (" + e.getMessage() + "); nothing was changed");
        }
    }

    private List<ParsedDocument> parse(AddRequest request) {
        return switch (request) {
            case AddRequest.FromUrl u -> {
                FetchedPage page = fetcher().fetch(u.url());
                yield DocumentParsers.parse(page);
            }
            case AddRequest.FromFile f -> {
                if (f.bytes().length > limits.maxFileBytes()) {
                    throw new IngestException(f.fileName() + " is " + f.bytes().length + " bytes, over the limit of "
                            + limits.maxFileBytes() + " bytes");
                }
                yield DocumentParsers.parse(f.fileName(), f.bytes());
            }
            case AddRequest.FromText t -> DocumentParsers.parse("message.txt", t.text().getBytes(StandardCharsets.UTF_8));
        };
    }

    /** What identifies a document in the library: its id, canonical URL (or empty) and text fingerprint. */
    public record Keys(String id, String canonicalUrl, String fingerprint) {}

    /** The keys of a parsed document, cheap to compute: a bulk import checks them before assembling. */
    public Keys keys(ParsedDocument doc) {
        String text = doc.text();
        String fingerprint = TextFingerprint.of(text);
        String canonicalUrl = doc.url().isEmpty() ? "" : CanonicalUrl.of(doc.url());
        String id = !doc.givenId().isEmpty() ? doc.givenId()
                : !canonicalUrl.isEmpty() ? canonicalUrl : TextFingerprint.shortId(text);
        return new Keys(id, canonicalUrl, fingerprint);
    }

    /** Gives a parsed document its id, passages and attributions. */
    public Assembled assemble(ParsedDocument doc) {
        if (doc.text().isBlank()) {
            throw new IngestException("no article text found");
        }
        return assemble(doc, keys(doc));
    }

    /**
     * As {@link #assemble(ParsedDocument)}, with the keys the caller computed already (a bulk
     * import computes them to skip duplicates; the text fingerprint is a tenth of an import's CPU).
     */
    public Assembled assemble(ParsedDocument doc, Keys keys) {
        String text = doc.text();
        if (text.isBlank()) {
            throw new IngestException("no article text found");
        }
        String id = keys.id();
        List<Attribution> found = attributions.extract(text,
                new ArticleContext(doc.author(), doc.authorRole(), doc.outlet()));
        List<PassageSplitter.Chunk> chunks = splitter.split(text);
        List<Passage> passages = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            PassageSplitter.Chunk chunk = chunks.get(i);
            Span span = new Span(chunk.start(), chunk.end());
            List<Attribution> inPassage = found.stream().filter(a -> a.content().overlaps(span)).toList();
            passages.add(new Passage(Passage.idOf(id, i), id, i, chunk.start(), chunk.end(), chunk.text(), inPassage));
        }
        Article article = new Article(id, doc.title().isEmpty() ? untitled(text) : doc.title(), doc.outlet(),
                doc.author(), doc.authorRole(), doc.published(), doc.url(), doc.language(), text, passages, found);
        return new Assembled(article, keys.canonicalUrl(), keys.fingerprint());
    }

    /**
     * A title for an article that came without one: its first line of a few words, not a dateline on a line of its
     * own ("CNN —", "New York CNN Business —"), cut at a word within 80 characters.
     */
    private static String untitled(String text) {
        List<String> lines = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String first = lines.stream().filter(l -> l.split("\\s+").length >= 4 && !DASH_AT_END.matcher(l).find())
                .findFirst().orElse(lines.getFirst());
        return first.length() <= 80 ? first : first.substring(0, first.lastIndexOf(' ', 79) > 0 ? first.lastIndexOf(' ', 79) : 79) + "…";
    }

    private static final Pattern DASH_AT_END = Pattern.compile("[—–-]$");

    private synchronized UrlFetcher fetcher() {
        if (fetcher == null) {
            fetcher = new UrlFetcher(fetch);
        }
        return fetcher;
    }

    @Override
    public synchronized void close() {
        if (fetcher != null) {
            fetcher.close();
        }
    }

    static AddOutcome.Added added(Article article) {
        ArticleSummary summary = new ArticleSummary(article.id(), article.title(), article.outlet(), article.author(),
                article.published(), article.url(), article.passages().size(),
                (int) article.attributions().stream().filter(Attribution::direct).count());
        // the quoted words as /who lists them, without their marks or an interrupting "she said"
        QuoteListing listing = new QuoteListing(article.text());
        List<AddOutcome.FoundQuote> quotes = article.attributions().stream()
                .filter(a -> a.direct() && a.speaker().isPresent())
                .flatMap(a -> listing.of(a).filter(QuoteListing.Listed::quotation).stream()
                        .map(listed -> new AddOutcome.FoundQuote(listed.text(), a.speaker().get())))
                .toList();
        return new AddOutcome.Added(summary, quotes);
    }
}

package dev.attache.core.index;

import dev.attache.core.article.Article;
import dev.attache.core.article.Passage;
import dev.attache.core.article.PublishedDate;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.ops.ArticleSummary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene schema of the library. An article is one block of documents: an {@code article}
 * document (metadata only, small, loaded into the catalog at start-up), a {@code text} document
 * (the full text, read only to verify quotes), and one {@code passage} document per passage
 * (the searchable unit). All of them carry {@link #ARTICLE_ID}, so one delete removes the block.
 * Dense vectors come later, from the background embedder: one {@code vector} document per passage,
 * outside the block, carrying {@link #ARTICLE_ID} too (so the same delete removes them) and
 * {@link #VECTORS_OF} (so an article's vectors are replaced as a whole, never doubled).
 */
public final class LibrarySchema {

    public static final String TYPE = "type";
    public static final String ARTICLE_ID = "article_id";
    public static final String PASSAGE_ID = "passage_id";
    public static final String TEXT = "text";
    public static final String TITLE = "title";
    public static final String SPEAKERS = "speakers";
    public static final String PUBLISHED_DAY = "published_day";
    /** On the first passage of an article only (its lead), value {@link #LEAD_VALUE}. */
    public static final String LEAD = "lead";
    public static final String LEAD_VALUE = "1";
    /** The full article text, stored (not indexed) in the article's {@code text} document. */
    static final String FULL_TEXT = "full_text";
    /** The article's title as stored in its {@code article} document; {@link #TITLE} is the searchable copy on passages. */
    static final String HEADLINE = "headline";
    static final String OUTLET = "outlet";
    static final String AUTHOR = "author";
    static final String AUTHOR_ROLE = "author_role";
    static final String PUBLISHED = "published";
    static final String URL = "url";
    static final String URL_CANON = "url_canon";
    static final String FINGERPRINT = "fingerprint";
    static final String SEQ = "seq";
    static final String PASSAGES = "passages";
    static final String QUOTES = "quotes";
    static final String SPEAKER_LIST = "speaker_list";
    static final String ATTRIBUTIONS = "attributions";
    /**
     * On the article document: where each passage starts in the text, in passage order (4-byte
     * ints). An answer citing a quote outside the retrieved passages reads this one small document
     * instead of every passage of the article. Indexes written before it existed lack it.
     */
    static final String PASSAGE_STARTS = "passage_starts";
    static final String ORDINAL = "ordinal";
    /**
     * Binary doc values on the article document holding its whole catalog entry: start-up reads
     * these instead of stored fields, whose blocks hold the articles' full texts too and cost a
     * decompression of the whole library (16 s at 450k passages). Indexes written before it
     * existed fall back to stored fields.
     */
    static final String CATALOG = "catalog";
    /** The stored fields of an article document that make its catalog entry. */
    static final Set<String> CATALOG_FIELDS = Set.of(ARTICLE_ID, HEADLINE, OUTLET, AUTHOR, AUTHOR_ROLE, PUBLISHED,
            URL, URL_CANON, FINGERPRINT, SEQ, PASSAGES, QUOTES, SPEAKER_LIST);
    public static final String START = "start";

    public static final String TYPE_ARTICLE = "article";
    public static final String TYPE_TEXT = "text";
    public static final String TYPE_PASSAGE = "passage";
    public static final String TYPE_VECTOR = "vector";

    /**
     * The passage id again, as doc values on {@code passage} documents: hybrid search looks up the
     * vectors of word candidates by it, and reading the stored id decompresses a block of passages
     * per candidate. Passages written before it have the stored id only (a new name, for the reason
     * given at {@link #VECTOR_PASSAGE_ID}); {@code attache reattribute} writes them again with it.
     */
    static final String PASSAGE_ID_VALUES = "passage_id_values";

    /** The passage's embedding, on {@code vector} documents; unit length, compared by dot product. */
    public static final String EMBEDDING = "embedding";
    /** The article id again, on {@code vector} documents only. */
    static final String VECTORS_OF = "vectors_of";
    /**
     * The passage a {@code vector} document belongs to, as doc values ({@link #PASSAGE_ID} is indexed
     * on passages): every vector hit is mapped to its passage, and stored fields would decompress a
     * block of vector documents per hit (a quarter of a hybrid answer's CPU).
     */
    static final String VECTOR_PASSAGE = "vector_passage";
    /**
     * The same as a stored field, on vectors written before {@link #VECTOR_PASSAGE}. A new name, because
     * Lucene refuses doc values under a field name an index already holds without them.
     */
    static final String VECTOR_PASSAGE_ID = "vector_passage_id";
    /** The passage id again, indexed on {@code vector} documents: a passage's vectors are looked up by it. */
    static final String VECTOR_OF_PASSAGE = "vector_of_passage";
    /** The passage's {@link SentenceVectors}, as doc values on its {@code vector} document. */
    static final String SENTENCE_EMBEDDINGS = "sentence_embeddings";

    /** Day number stored for articles of unknown date: before everything, so never filtered out by as-of. */
    public static final long UNKNOWN_DAY = Long.MIN_VALUE;

    private LibrarySchema() {
    }

    static List<Document> documents(Article article, String canonicalUrl, String fingerprint, long seq) {
        List<Document> docs = new ArrayList<>(article.passages().size() + 2);
        docs.add(articleDocument(article, canonicalUrl, fingerprint, seq));
        Document text = new Document();
        text.add(new StringField(TYPE, TYPE_TEXT, Field.Store.NO));
        text.add(new StringField(ARTICLE_ID, article.id(), Field.Store.YES));
        text.add(new StoredField(FULL_TEXT, article.text()));
        addEmptyScoredFields(text);
        docs.add(text);
        long day = day(article.published());
        for (Passage passage : article.passages()) {
            docs.add(passageDocument(article, passage, day));
        }
        return docs;
    }

    /**
     * Gives a document that has no words to score the two scored word fields, empty (no terms,
     * norm 0). With every document holding them, Lucene stores their norms densely and reads a
     * scored passage's norm directly; sparse norms cost a lookup per scored passage, which was a
     * tenth of an answer's CPU. The fields' statistics are unchanged: an empty field has no terms
     * and does not count in its field's document count.
     */
    private static void addEmptyScoredFields(Document doc) {
        doc.add(new TextField(TEXT, "", Field.Store.NO));
        doc.add(new TextField(TITLE, "", Field.Store.NO));
    }

    private static Document articleDocument(Article article, String canonicalUrl, String fingerprint, long seq) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, TYPE_ARTICLE, Field.Store.NO));
        addEmptyScoredFields(doc);
        doc.add(new StringField(ARTICLE_ID, article.id(), Field.Store.YES));
        doc.add(new StoredField(HEADLINE, article.title()));
        doc.add(new StoredField(OUTLET, article.outlet()));
        doc.add(new StoredField(AUTHOR, article.author()));
        doc.add(new StoredField(AUTHOR_ROLE, article.authorRole()));
        doc.add(new StoredField(PUBLISHED, article.published().toString()));
        doc.add(new StoredField(URL, article.url()));
        if (!canonicalUrl.isEmpty()) {
            doc.add(new StringField(URL_CANON, canonicalUrl, Field.Store.YES));
        }
        doc.add(new StringField(FINGERPRINT, fingerprint, Field.Store.YES));
        doc.add(new NumericDocValuesField(SEQ, seq));
        doc.add(new StoredField(SEQ, seq));
        doc.add(new StoredField(PASSAGES, article.passages().size()));
        doc.add(new StoredField(PASSAGE_STARTS, encodeStarts(article.passages())));
        doc.add(new StoredField(QUOTES, quoteCount(article.attributions())));
        doc.add(new StoredField(SPEAKER_LIST, String.join("\n", speakerNames(article.attributions()))));
        doc.add(new StoredField(ATTRIBUTIONS, AttributionCodec.encode(article.attributions())));
        doc.add(new BinaryDocValuesField(CATALOG, new BytesRef(encodeCatalog(new CatalogEntry(
                new ArticleSummary(article.id(), article.title(), article.outlet(), article.author(), article.published(),
                        article.url(), article.passages().size(), quoteCount(article.attributions())),
                article.authorRole(), canonicalUrl, fingerprint, seq, speakerNames(article.attributions()))))));
        return doc;
    }

    private static byte[] encodeStarts(List<Passage> passages) {
        java.nio.ByteBuffer starts = java.nio.ByteBuffer.allocate(Integer.BYTES * passages.size());
        passages.forEach(p -> starts.putInt(p.start()));
        return starts.array();
    }

    /** The article's passages by the offset where each starts in its text; empty when the document predates the field. */
    static Optional<java.util.NavigableMap<Integer, String>> passageStarts(Document articleDoc) {
        IndexableField field = articleDoc.getField(PASSAGE_STARTS);
        if (field == null) {
            return Optional.empty();
        }
        BytesRef bytes = field.binaryValue();
        java.nio.ByteBuffer starts = java.nio.ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        java.util.TreeMap<Integer, String> byStart = new java.util.TreeMap<>();
        String articleId = articleDoc.get(ARTICLE_ID);
        for (int ordinal = 0; starts.remaining() >= Integer.BYTES; ordinal++) {
            byStart.putIfAbsent(starts.getInt(), Passage.idOf(articleId, ordinal));
        }
        return Optional.of(byStart);
    }

    static byte[] encodeCatalog(CatalogEntry e) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256);
            java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
            ArticleSummary a = e.summary();
            for (String s : new String[] {a.id(), a.title(), a.outlet(), a.author(), a.published().toString(), a.url(),
                    e.authorRole(), e.canonicalUrl(), e.fingerprint()}) {
                writeString(out, s);
            }
            out.writeLong(e.seq());
            out.writeInt(a.passages());
            out.writeInt(a.quotes());
            out.writeInt(e.speakers().size());
            for (String speaker : e.speakers()) {
                writeString(out, speaker);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    static CatalogEntry decodeCatalog(BytesRef ref) {
        try {
            java.io.DataInputStream in = new java.io.DataInputStream(
                    new java.io.ByteArrayInputStream(ref.bytes, ref.offset, ref.length));
            String id = readString(in);
            String title = readString(in);
            String outlet = readString(in);
            String author = readString(in);
            String published = readString(in);
            String url = readString(in);
            String authorRole = readString(in);
            String canonicalUrl = readString(in);
            String fingerprint = readString(in);
            long seq = in.readLong();
            int passages = in.readInt();
            int quotes = in.readInt();
            int n = in.readInt();
            List<String> speakers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                speakers.add(readString(in));
            }
            return new CatalogEntry(new ArticleSummary(id, title, outlet, author, PublishedDate.parse(published), url,
                    passages, quotes), authorRole, canonicalUrl, fingerprint, seq, speakers);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static void writeString(java.io.DataOutputStream out, String s) throws java.io.IOException {
        byte[] b = (s == null ? "" : s).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(java.io.DataInputStream in) throws java.io.IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Document passageDocument(Article article, Passage passage, long day) {
        Document doc = new Document();
        doc.add(new StringField(TYPE, TYPE_PASSAGE, Field.Store.NO));
        doc.add(new StringField(ARTICLE_ID, article.id(), Field.Store.YES));
        doc.add(new StringField(PASSAGE_ID, passage.id(), Field.Store.YES));
        doc.add(new BinaryDocValuesField(PASSAGE_ID_VALUES, new BytesRef(passage.id())));
        doc.add(new StoredField(ORDINAL, passage.ordinal()));
        doc.add(new StoredField(START, passage.start()));
        doc.add(new TextField(TEXT, passage.text(), Field.Store.YES));
        doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
        doc.add(new TextField(SPEAKERS, String.join("\n", speakerNames(passage.attributions())), Field.Store.NO));
        doc.add(new LongField(PUBLISHED_DAY, day, day == UNKNOWN_DAY ? Field.Store.NO : Field.Store.YES));
        if (passage.ordinal() == 0) {
            doc.add(new StringField(LEAD, LEAD_VALUE, Field.Store.NO));
        }
        if (!passage.attributions().isEmpty()) {
            doc.add(new StoredField(ATTRIBUTIONS, AttributionCodec.encode(passage.attributions())));
        }
        return doc;
    }

    /** The {@code vector} document of a passage: its embeddings, with what a search filters on. */
    static Document vectorDocument(String articleId, IndexedPassage passage, PassageVectors vectors) {
        Document doc = new Document();
        addEmptyScoredFields(doc);
        doc.add(new StringField(TYPE, TYPE_VECTOR, Field.Store.NO));
        doc.add(new StringField(ARTICLE_ID, articleId, Field.Store.NO));
        doc.add(new StringField(VECTORS_OF, articleId, Field.Store.NO));
        doc.add(new BinaryDocValuesField(VECTOR_PASSAGE, new BytesRef(passage.passageId())));
        doc.add(new StringField(VECTOR_OF_PASSAGE, passage.passageId(), Field.Store.NO));
        if (vectors.sentences().bytes().length > 0) {
            doc.add(new BinaryDocValuesField(SENTENCE_EMBEDDINGS, new BytesRef(vectors.sentences().bytes())));
        }
        doc.add(new LongField(PUBLISHED_DAY, passage.day(), Field.Store.NO));
        doc.add(new TextField(SPEAKERS, String.join("\n", passage.speakers()), Field.Store.NO));
        doc.add(new KnnFloatVectorField(EMBEDDING, vectors.passage(), VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    /** BM25 parameters for passage text, chosen by measurement (docs/QUALITY.md); Lucene's are 1.2 and 0.75. */
    static final float TEXT_K1 = 0.9f;
    static final float TEXT_B = 0.6f;

    /**
     * BM25 for every field: passage text (about 100–160 words) with {@link #TEXT_K1} and
     * {@link #TEXT_B}, other fields (titles, names) with Lucene's defaults.
     */
    public static Similarity similarity() {
        return new PerFieldSimilarityWrapper() {
            private final Similarity text = new BM25Similarity(TEXT_K1, TEXT_B);
            private final Similarity other = new BM25Similarity();

            @Override
            public Similarity get(String field) {
                return TEXT.equals(field) ? text : other;
            }
        };
    }

    static CatalogEntry catalogEntry(Document doc) {
        String id = doc.get(ARTICLE_ID);
        ArticleSummary summary = new ArticleSummary(id, doc.get(HEADLINE), doc.get(OUTLET), doc.get(AUTHOR),
                PublishedDate.parse(doc.get(PUBLISHED)), doc.get(URL),
                intValue(doc, PASSAGES), intValue(doc, QUOTES));
        String speakers = doc.get(SPEAKER_LIST);
        return new CatalogEntry(summary, doc.get(AUTHOR_ROLE), nonNull(doc.get(URL_CANON)), doc.get(FINGERPRINT),
                doc.getField(SEQ).numericValue().longValue(),
                speakers == null || speakers.isEmpty() ? List.of() : List.of(speakers.split("\n")));
    }

    static List<Attribution> attributions(Document doc) {
        IndexableField field = doc.getField(ATTRIBUTIONS);
        return field == null ? List.of() : AttributionCodec.decode(field.binaryValue());
    }

    static long day(PublishedDate published) {
        return published.isKnown() ? published.date().toEpochDay() : UNKNOWN_DAY;
    }

    static int quoteCount(List<Attribution> attributions) {
        return (int) attributions.stream().filter(Attribution::direct).count();
    }

    static List<String> speakerNames(List<Attribution> attributions) {
        Set<String> names = new LinkedHashSet<>();
        for (Attribution a : attributions) {
            a.speaker().map(Speaker::name).filter(n -> !n.isBlank()).ifPresent(names::add);
        }
        return List.copyOf(names);
    }

    private static int intValue(Document doc, String field) {
        return doc.getField(field).numericValue().intValue();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}

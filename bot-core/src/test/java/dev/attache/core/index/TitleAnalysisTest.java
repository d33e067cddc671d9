package dev.attache.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.article.Article;
import dev.attache.core.article.ParsedDocument;
import dev.attache.core.article.PublishedDate;
import dev.attache.core.ingest.ArticleAssembler;
import dev.attache.core.ingest.JsonLinesReader;
import dev.attache.core.ops.FetchPolicy;
import dev.attache.core.ops.Limits;
import dev.attache.core.testing.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * An article's title is analysed once and replayed on each of its passages ({@link AnalyzedText}).
 * The index must be the one that analysing it on every passage made: the same terms with the same
 * document and term frequencies, positions and norms in every field, and so the same BM25 scores.
 */
class TitleAnalysisTest {

    @Test
    void indexWithTitlesAnalysedOnceEqualsIndexWithTitlesAnalysedPerPassage() throws IOException {
        List<Article> articles = articles();
        try (Directory replayed = new ByteBuffersDirectory(); Directory analysedAgain = new ByteBuffersDirectory()) {
            write(replayed, articles, false);
            write(analysedAgain, articles, true);
            try (DirectoryReader a = DirectoryReader.open(replayed); DirectoryReader b = DirectoryReader.open(analysedAgain)) {
                assertThat(a.leaves()).hasSize(1);
                assertThat(dump(a.leaves().getFirst().reader())).isEqualTo(dump(b.leaves().getFirst().reader()));
                for (String word : List.of("ukraine", "russia", "nato", "report", "trump", "china", "asian", "new")) {
                    assertThat(scores(a, word)).as("scores of title:%s", word).isEqualTo(scores(b, word));
                }
                assertThat(scores(a, "ukrain")).isNotEmpty();
            }
        }
    }

    /** Real articles from the RealTimeQA corpus, and titles with possessives, accents, stop words only or no words. */
    private static List<Article> articles() throws IOException {
        ArticleAssembler assembler = new ArticleAssembler(FetchPolicy.defaults(), Limits.defaults());
        List<Article> articles = new ArrayList<>();
        try (JsonLinesReader reader = JsonLinesReader.open(SharedData.file("corpora/realtimeqa-articles-2022-2023.jsonl.gz"))) {
            while (articles.size() < 60 && reader.hasNext()) {
                if (reader.next() instanceof JsonLinesReader.Entry.Parsed p) {
                    articles.add(assembler.assemble(p.document()).article());
                }
            }
        }
        String text = "Ukraine and Russia talked again.\n\n" + "NATO's summit met in Vilnius. ".repeat(80);
        for (String title : List.of("Xi Jinping's Asian NATO? Café déjà vu for the U.S.", "The and of a", "—",
                "Ukraine, Ukraine, Ukraine: Russia's war (2022–2023) and NATO's 32nd member")) {
            ParsedDocument doc = new ParsedDocument("t" + articles.size(), title, "Outlet", "", "",
                    PublishedDate.parse("2023-01-02"), "", "en", text);
            articles.add(assembler.assemble(doc).article());
        }
        assertThat(articles).allSatisfy(a -> assertThat(a.passages()).isNotEmpty());
        assertThat(articles.stream().mapToInt(a -> a.passages().size()).sum()).isGreaterThan(500);
        return articles;
    }

    private static void write(Directory dir, List<Article> articles, boolean analyseTitleAgain) throws IOException {
        Analyzer analyzer = LibraryIndex.analyzer();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(LibrarySchema.similarity());
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            long seq = 1;
            for (Article article : articles) {
                List<Document> docs = LibrarySchema.documents(article, "", "fp" + seq, seq++, analyzer);
                writer.addDocuments(analyseTitleAgain ? docs.stream().map(d -> withTitleText(d, article.title())).toList() : docs);
            }
            writer.forceMerge(1);
        }
    }

    /** The document with its replayed title replaced by the title text, analysed when indexed: the previous schema. */
    private static Document withTitleText(Document doc, String title) {
        Document copy = new Document();
        for (IndexableField field : doc.getFields()) {
            boolean replayed = field instanceof Field f && f.name().equals(LibrarySchema.TITLE) && f.tokenStreamValue() != null;
            copy.add(replayed ? new TextField(LibrarySchema.TITLE, title, Field.Store.NO) : field);
        }
        return copy;
    }

    /** Every scored field's statistics, terms, postings with positions, and norms, as text. */
    private static String dump(LeafReader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String field : List.of(LibrarySchema.TITLE, LibrarySchema.TEXT, LibrarySchema.SPEAKERS)) {
            Terms terms = reader.terms(field);
            out.append(field).append(' ').append(terms.size()).append(' ').append(terms.getDocCount()).append(' ')
                    .append(terms.getSumDocFreq()).append(' ').append(terms.getSumTotalTermFreq()).append('\n');
            TermsEnum term = terms.iterator();
            PostingsEnum postings = null;
            while (term.next() != null) {
                out.append(term.term().utf8ToString()).append(' ').append(term.docFreq()).append(' ')
                        .append(term.totalTermFreq()).append(':');
                postings = term.postings(postings, PostingsEnum.POSITIONS);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    out.append(' ').append(doc).append('x').append(postings.freq()).append('@');
                    for (int i = 0; i < postings.freq(); i++) {
                        out.append(postings.nextPosition()).append(',');
                    }
                }
                out.append('\n');
            }
            NumericDocValues norms = reader.getNormValues(field);
            for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                out.append(doc).append('=').append(norms.longValue()).append(' ');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static List<String> scores(DirectoryReader reader, String word) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(LibrarySchema.similarity());
        String term = LibraryAnalyzer.english().normalize(LibrarySchema.TITLE, word).utf8ToString();
        List<String> scores = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(LibrarySchema.TITLE, term)), 1_000).scoreDocs) {
            scores.add(hit.doc + ":" + hit.score);
        }
        return scores;
    }
}

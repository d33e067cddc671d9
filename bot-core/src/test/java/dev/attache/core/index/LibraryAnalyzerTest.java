package dev.attache.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.attache.core.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The library's analysis remembers what becomes of each word ({@link MemoizedTermFilter}); these
 * tests hold it to the plain Lucene chain it stands for, token by token, on real articles.
 */
class LibraryAnalyzerTest {

    @Test
    void analysisEqualsThePlainChainOnRealArticles() throws IOException {
        List<String> articles = articles();
        long compared = assertSameTokens(LibraryAnalyzer.english(), LibraryAnalyzer.english().withoutMemory(), articles);
        assertTrue(compared > 100_000, "compared " + compared + " tokens");
        assertSameTokens(LibraryAnalyzer.question(), LibraryAnalyzer.question().withoutMemory(), articles);
    }

    @Test
    void questionAnalysisDropsQuestionAndStopWords() throws IOException {
        List<String> questions = List.of("What did the minister say about Russia's exports?",
                "Who said “the talks failed” in Genève, and when?", "How many troops does NATO’s plan need?");
        List<List<String>> tokens = new ArrayList<>();
        for (String q : questions) {
            List<Token> all = tokens(LibraryAnalyzer.question(), q);
            tokens.add(all.subList(0, all.size() - 1).stream().map(Token::term).toList());
        }
        assertEquals(List.of(List.of("minist", "russia", "export"), List.of("talk", "fail", "genev"),
                List.of("mani", "troop", "nato", "plan", "need")), tokens);
    }

    @Test
    void aCountrysAdjectiveAndItsPeopleAreIndexedAsTheCountry() throws IOException {
        assertEquals(terms("Ukraine Europe China Germany Netherlands"),
                terms("Ukrainian European Chinese German Dutch"));
        assertEquals(terms("Ukraine Europe"), terms("Ukrainians Europeans"));
        assertEquals(terms("Ukraine's president"), terms("the Ukrainian President"));
        // Words of other senses keep their own terms.
        assertEquals(List.of("polish", "english"), terms("polishing English"));
    }

    private static List<String> terms(String text) throws IOException {
        List<Token> all = tokens(LibraryAnalyzer.english(), text);
        return all.subList(0, all.size() - 1).stream().map(Token::term).toList();
    }

    @Test
    void manyMoreDistinctWordsThanItRemembersStillAnalyzeAlike() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3 * MemoizedTermFilter.MAX_WORDS; i++) {
            text.append("word").append(Integer.toString(i, 36)).append("ing the ").append(i % 7 == 0 ? "Kashin's " : "");
        }
        List<String> texts = List.of(text.toString(), text.toString());
        assertSameTokens(LibraryAnalyzer.english(), LibraryAnalyzer.english().withoutMemory(), texts);
        Set<String> distinct = new HashSet<>();
        tokens(LibraryAnalyzer.english(), text.toString()).forEach(t -> distinct.add(t.term()));
        assertTrue(distinct.size() > MemoizedTermFilter.MAX_WORDS, "the text overflows the memory");
    }

    /** Compares the two analyzers on every text; returns the number of tokens compared. */
    private static long assertSameTokens(Analyzer memoized, Analyzer plain, List<String> texts) throws IOException {
        long compared = 0;
        for (String text : texts) {
            List<Token> expected = tokens(plain, text);
            assertEquals(expected, tokens(memoized, text));
            compared += expected.size();
        }
        return compared;
    }

    /** The PolNeAR train articles: real news text with quotes, possessives, accents and numbers. */
    private static List<String> articles() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.dir().resolve("eval/polnear/train/text"))) {
            return files.sorted().map(LibraryAnalyzerTest::read).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token as an index sees it; the last one of a text is its end (final offset and increment). */
    private record Token(String term, int start, int end, int increment) {}

    private static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(LibrarySchema.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
                        increment.getPositionIncrement()));
            }
            stream.end();
            tokens.add(new Token("<end>", offset.startOffset(), offset.endOffset(), increment.getPositionIncrement()));
        }
        return tokens;
    }
}

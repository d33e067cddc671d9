package dev.attache.core.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The English analysis chain used for article text, titles and questions alike: standard
 * tokenization, possessives removed, lower case, accents folded, English stop words dropped,
 * Porter stemming (measured against KStem, equal on SQuAD, and English minimal stemming, worse:
 * docs/QUALITY.md). Speaker names use {@link #names()}, which keeps words whole and unstemmed.
 */
public final class LibraryAnalyzer extends Analyzer {

    /**
     * The chain's version, recorded in each library: it changes whenever the chain gives a word
     * another term, and a library indexed by another version is indexed again by
     * {@code attache reattribute} (until then its older articles match questions by the older terms).
     */
    public static final String VERSION = "2026-12-02.1";

    /**
     * Words that shape a question but say nothing of its subject ("Could China…", "What did…"); a
     * question's terms drop them as well as the stop words. "us" is not among them: it is often "US".
     */
    private static final CharArraySet QUESTION_WORDS = questionWords();

    private final boolean stem;
    private final CharArraySet stopWords;
    private final boolean memoized;

    private LibraryAnalyzer(boolean stem, CharArraySet stopWords, boolean memoized) {
        this.stem = stem;
        this.stopWords = stopWords;
        this.memoized = memoized;
    }

    public static LibraryAnalyzer english() {
        return new LibraryAnalyzer(true, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    }

    /** For questions: the English chain, also without question and auxiliary words. */
    public static LibraryAnalyzer question() {
        return new LibraryAnalyzer(true, QUESTION_WORDS, true);
    }

    /** For person names: folded and lower-cased, no stop words, no stemming. */
    public static LibraryAnalyzer names() {
        return new LibraryAnalyzer(false, CharArraySet.EMPTY_SET, false);
    }

    /** Whether a term of the English chains is a country or continent ("japan", which "Japanese" is too). */
    public static boolean isPlace(String term) {
        return PlaceAdjectives.isPlace(term);
    }

    /**
     * The same terms from Lucene's filters run on every word, without the memory of
     * {@link MemoizedTermFilter}: plain Lucene, for baselines and to check the memory against.
     */
    public LibraryAnalyzer withoutMemory() {
        return new LibraryAnalyzer(stem, stopWords, false);
    }

    private static CharArraySet questionWords() {
        CharArraySet words = new CharArraySet(List.of("what", "which", "who", "whom", "whose", "when", "where",
                "why", "how", "could", "would", "should", "can", "will", "did", "does", "do", "has", "have", "had",
                "is", "are", "was", "were", "may", "might", "must", "shall", "been", "being", "me", "you", "your",
                "i", "we", "our", "please", "tell", "explain", "know", "say", "says", "said", "think", "about"), true);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(words);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result;
        if (!stem) {
            result = foldedWords(source);
        } else if (memoized) {
            result = new MemoizedTermFilter(source, this::wordChain);
        } else {
            result = wordChain(source);
        }
        return new TokenStreamComponents(source, result);
    }

    /**
     * What becomes of each word: folded, then, unless it is a stop word, stemmed, a country's or
     * continent's adjective to the place's own stem.
     */
    private TokenStream wordChain(TokenStream words) {
        return new PorterStemFilter(PlaceAdjectives.filter(new StopFilter(foldedWords(words), stopWords)));
    }

    private static TokenStream foldedWords(TokenStream words) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(words)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}

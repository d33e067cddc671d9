package dev.attache.core.index;

import org.apache.lucene.analysis.Analyzer;
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
 * Porter stemming. Speaker names use {@link #names()}, which keeps words whole and unstemmed.
 */
public final class LibraryAnalyzer extends Analyzer {

    private final boolean stem;

    private LibraryAnalyzer(boolean stem) {
        this.stem = stem;
    }

    public static LibraryAnalyzer english() {
        return new LibraryAnalyzer(true);
    }

    /** For person names: folded and lower-cased, no stop words, no stemming. */
    public static LibraryAnalyzer names() {
        return new LibraryAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        if (stem) {
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            result = new PorterStemFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}

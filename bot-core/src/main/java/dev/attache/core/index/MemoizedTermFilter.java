package dev.attache.core.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs a chain of one-token-in, at-most-one-token-out filters (possessives, case, folding, stop
 * words, stemming) once per distinct word and remembers the result: news text repeats its words,
 * and the chain (Porter stemming above all) was about a tenth of an import's CPU and a quarter of
 * composing an answer. The chain is Lucene's own filters over a one-word stream, so every term is
 * exactly what the chain gives; words the chain drops are dropped here, with the same position
 * increments (this is a {@link FilteringTokenFilter}, like the stop filter it stands in for).
 *
 * <p>Valid only for filters whose output depends on the word alone (no types or neighbours, and no
 * keyword marks from before the chain; a mark one filter of the chain sets for the next, as
 * {@link PlaceAdjectives} does for Porter, is cleared with each word). Each instance belongs to one analyzer's per-thread components, so the memory needs
 * no locking.
 */
final class MemoizedTermFilter extends FilteringTokenFilter {

    /**
     * Distinct words remembered per thread (~2.5 MB), forgotten all at once when full. On news text
     * this kept two thirds of the chain's cost off; a two-generation memory of 16k words each kept
     * a third (promoting words back costs), and 128k words no more than 32k.
     */
    static final int MAX_WORDS = 32_768;

    /** The value remembered for a word that the chain drops. */
    private static final char[] DROPPED = new char[0];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OneWord word = new OneWord();
    private final TokenStream chain;
    private final CharTermAttribute chainTerm;
    private final CharArrayMap<char[]> memory = new CharArrayMap<>(MAX_WORDS, false);

    /** {@code chainOf} builds the chain to memoize over the one-word stream it is given. */
    MemoizedTermFilter(TokenStream input, UnaryOperator<TokenStream> chainOf) {
        super(input);
        this.chain = chainOf.apply(word);
        this.chainTerm = chain.getAttribute(CharTermAttribute.class);
    }

    @Override
    protected boolean accept() throws IOException {
        char[] result = memory.get(term.buffer(), 0, term.length());
        if (result == null) {
            result = runChain();
            if (memory.size() >= MAX_WORDS) {
                memory.clear();
            }
            memory.put(Arrays.copyOf(term.buffer(), term.length()), result);
        }
        if (result == DROPPED) {
            return false;
        }
        term.copyBuffer(result, 0, result.length);
        return true;
    }

    private char[] runChain() throws IOException {
        word.set(term.buffer(), term.length());
        chain.reset();
        char[] result = chain.incrementToken()
                ? Arrays.copyOf(chainTerm.buffer(), chainTerm.length())
                : DROPPED;
        chain.end();
        return result;
    }

    /** A stream of one word, the one being looked up. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] buffer;
        private int length;
        private boolean done;

        void set(char[] buffer, int length) {
            this.buffer = buffer;
            this.length = length;
        }

        @Override
        public void reset() {
            done = false;
        }

        @Override
        public boolean incrementToken() {
            if (done) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(buffer, 0, length);
            done = true;
            return true;
        }
    }
}

package dev.attache.core.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.AttributeSource;

/**
 * A text analysed once, as a token stream that replays the analysis each time it is reset. An
 * article's title is indexed on each of its passages; analysing it again for every one costs 2 to
 * 3 times as much as replaying it (docs/PERFORMANCE.md, "Import"). A replay yields the analyser's
 * tokens with all their attributes, and the state its {@code end()} left, so the terms, positions,
 * frequencies and norms indexed are those of analysing the text again. Not thread-safe: the
 * documents of one {@code addDocuments} call, which one thread indexes, share it.
 */
final class AnalyzedText extends TokenStream {

    private final List<AttributeSource.State> tokens;
    private final AttributeSource.State end;
    private Iterator<AttributeSource.State> next;

    private AnalyzedText(AttributeSource attributes, List<AttributeSource.State> tokens, AttributeSource.State end) {
        super(attributes);
        this.tokens = tokens;
        this.end = end;
        next = tokens.iterator();
    }

    /** Analyses {@code text} as {@code analyzer} analyses {@code field}. */
    static AnalyzedText of(Analyzer analyzer, String field, String text) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            List<AttributeSource.State> tokens = new ArrayList<>();
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(stream.captureState());
            }
            stream.end();
            return new AnalyzedText(stream.cloneAttributes(), List.copyOf(tokens), stream.captureState());
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of a string failed", e);   // a String's reader does not fail
        }
    }

    @Override
    public void reset() {
        next = tokens.iterator();
    }

    @Override
    public boolean incrementToken() {
        if (!next.hasNext()) {
            return false;
        }
        restoreState(next.next());
        return true;
    }

    @Override
    public void end() {
        restoreState(end);
    }
}

package dev.attache.core.index;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.lucene.search.ScoreDoc;

/**
 * Positions of ranked documents, visited in document order: doc values must be read in increasing
 * document order, and stored fields decompress each block once when read that way.
 */
public final class DocOrder {

    private DocOrder() {
    }

    /** The indexes into {@code ranked}, sorted by the document each points at. */
    public static int[] of(ScoreDoc[] ranked) {
        return IntStream.range(0, ranked.length).boxed()
                .sorted(Comparator.comparingInt(i -> ranked[i].doc))
                .mapToInt(Integer::intValue).toArray();
    }
}

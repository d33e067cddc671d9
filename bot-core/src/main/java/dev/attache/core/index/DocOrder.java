package dev.attache.core.index;

import java.util.Arrays;
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
        return of(Arrays.stream(ranked).mapToInt(sd -> sd.doc).toArray());
    }

    /** The indexes into {@code docs}, sorted by the document at each. */
    public static int[] of(int[] docs) {
        return IntStream.range(0, docs.length).boxed()
                .sorted(Comparator.comparingInt(i -> docs[i]))
                .mapToInt(Integer::intValue).toArray();
    }
}

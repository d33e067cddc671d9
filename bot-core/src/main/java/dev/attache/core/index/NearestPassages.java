package dev.attache.core.index;

import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * The passages of the vectors nearest to a question, nearest first, scored by similarity, and the
 * vector document of each, by passage document (where its sentence vectors are).
 */
public record NearestPassages(ScoreDoc[] passages, Map<Integer, Integer> vectorDocs) {
}

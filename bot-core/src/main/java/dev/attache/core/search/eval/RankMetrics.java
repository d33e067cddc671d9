package dev.attache.core.search.eval;

import java.util.Arrays;

/**
 * Rank-based retrieval measures over a question set. Each question contributes the 1-based rank
 * of its first relevant passage, or 0 when none of the retrieved passages is relevant. From these:
 * recall@k (the share of questions with a relevant passage in the top k; for answer strings this
 * is "answer-hit@k") and MRR@k (the mean of 1/rank over questions whose rank is at most k).
 * Not thread-safe.
 */
public final class RankMetrics {

    private int[] ranks = new int[64];
    private int count;

    /** Records one question: {@code rank} is the 1-based rank of its first relevant passage, 0 for none. */
    public void add(int rank) {
        if (rank < 0) {
            throw new IllegalArgumentException("rank must be 0 (none) or positive: " + rank);
        }
        if (count == ranks.length) {
            ranks = Arrays.copyOf(ranks, count * 2);
        }
        ranks[count++] = rank;
    }

    public int count() {
        return count;
    }

    /** The share of questions with a relevant passage at rank k or better; 0 for an empty set. */
    public double recallAt(int k) {
        if (count == 0) {
            return 0;
        }
        int hits = 0;
        for (int i = 0; i < count; i++) {
            if (ranks[i] > 0 && ranks[i] <= k) {
                hits++;
            }
        }
        return (double) hits / count;
    }

    /** Mean reciprocal rank, counting only ranks up to k; 0 for an empty set. */
    public double mrrAt(int k) {
        if (count == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            if (ranks[i] > 0 && ranks[i] <= k) {
                sum += 1.0 / ranks[i];
            }
        }
        return sum / count;
    }
}

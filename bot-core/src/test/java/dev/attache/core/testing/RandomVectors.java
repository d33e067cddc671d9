package dev.attache.core.testing;

import java.util.Random;

/** Random unit vectors for tests of vector search and similarity. */
public final class RandomVectors {

    private RandomVectors() {
    }

    /** A vector of {@code dimensions} Gaussian components, scaled to unit length. */
    public static float[] unit(Random random, int dimensions) {
        float[] v = new float[dimensions];
        double norm = 0;
        for (int d = 0; d < dimensions; d++) {
            v[d] = (float) random.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < dimensions; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}

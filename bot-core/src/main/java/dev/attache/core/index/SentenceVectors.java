package dev.attache.core.index;

import java.nio.ByteBuffer;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * The vectors of a passage's sentences, kept beside the passage's own vector to re-rank the best
 * candidates of a hybrid search by their sentence nearest to the question (docs/QUALITY.md,
 * "Sentence vectors"). Each unit vector is stored as one signed byte per dimension with its own
 * scale (its largest component / 127): a quarter of the floats' size, and dot products within
 * about 0.01 of the floats'. Bytes: per sentence a float scale, then the dimensions.
 */
public final class SentenceVectors {

    public static final SentenceVectors NONE = new SentenceVectors(new byte[0]);

    private final byte[] bytes;

    private SentenceVectors(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Quantizes {@code vectors}, which must all have the same number of dimensions. */
    public static SentenceVectors of(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            return NONE;
        }
        int dimensions = vectors.getFirst().length;
        ByteBuffer out = ByteBuffer.allocate(vectors.size() * (Float.BYTES + dimensions));
        for (float[] vector : vectors) {
            if (vector.length != dimensions) {
                throw new IllegalArgumentException(vector.length + " dimensions after " + dimensions);
            }
            float largest = 0;
            for (float x : vector) {
                largest = Math.max(largest, Math.abs(x));
            }
            float scale = largest / 127f;
            out.putFloat(scale);
            for (float x : vector) {
                out.put(scale == 0 ? 0 : (byte) Math.round(x / scale));
            }
        }
        return new SentenceVectors(out.array());
    }

    /** Sentence vectors as {@link #bytes()} gave them. */
    static SentenceVectors fromBytes(BytesRef stored) {
        return new SentenceVectors(BytesRef.deepCopyOf(stored).bytes);
    }

    byte[] bytes() {
        return bytes;
    }

    /** How many sentence vectors of {@code dimensions} this holds. */
    int count(int dimensions) {
        return bytes.length / (Float.BYTES + dimensions);
    }

    /**
     * The largest dot product of {@code query} with a sentence vector in {@code stored} (bytes as
     * {@link #bytes()} gave them), or NaN when it holds none.
     */
    static float maxSimilarity(BytesRef stored, float[] query) {
        int record = Float.BYTES + query.length;
        ByteBuffer in = ByteBuffer.wrap(stored.bytes, stored.offset, stored.length);
        float best = Float.NaN;
        for (int at = stored.offset; at + record <= stored.offset + stored.length; at += record) {
            float scale = in.getFloat(at);
            float dot = 0;
            for (int d = 0; d < query.length; d++) {
                dot += query[d] * stored.bytes[at + Float.BYTES + d];
            }
            dot *= scale;
            if (Float.isNaN(best) || dot > best) {
                best = dot;
            }
        }
        return best;
    }
}

package dev.attache.core.index;

/**
 * When a bulk change is followed by merging the index into one segment ({@link LibraryIndex#compact}): a
 * large import, or the vectors of one, leaves the index in several segments, which every search then
 * visits (docs/PERFORMANCE.md, "Compaction"). The change must add at least {@code minPassages} passages
 * (or their vectors) and {@code minShare} of the library's passages, so that the merge, which rewrites
 * the library, costs a bounded multiple of what was added.
 */
public record BulkCompaction(long minPassages, double minShare) {

    public static final BulkCompaction DEFAULT = new BulkCompaction(10_000, 0.25);

    /**
     * About what a vector costs in the graph Lucene builds on the heap to merge vectors: 32 neighbours at
     * its lowest level (M = 16), a node number and a score each, with their arrays, and its share of the
     * upper levels. Merging RealTimeQA's 144,530 vectors ran out of a 64 MB heap and fit in 128 MB.
     */
    static final long MERGE_HEAP_BYTES_PER_VECTOR = 400;

    /** Whether adding {@code passagesAdded} to a library now holding {@code libraryPassages} calls for a merge. */
    public boolean worthIt(long passagesAdded, long libraryPassages) {
        return passagesAdded >= minPassages && passagesAdded >= minShare * libraryPassages;
    }

    /**
     * Whether merging {@code vectors} into one segment takes at most a quarter of a heap of
     * {@code maxHeapBytes}: a serving process keeps the rest for its answers, and a merge that ran out of
     * heap would stop the index from taking any change until a restart.
     */
    static boolean mergeFitsTheHeap(long vectors, long maxHeapBytes) {
        return vectors * MERGE_HEAP_BYTES_PER_VECTOR <= maxHeapBytes / 4;
    }
}

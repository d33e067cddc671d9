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

    /** Whether adding {@code passagesAdded} to a library now holding {@code libraryPassages} calls for a merge. */
    public boolean worthIt(long passagesAdded, long libraryPassages) {
        return passagesAdded >= minPassages && passagesAdded >= minShare * libraryPassages;
    }
}

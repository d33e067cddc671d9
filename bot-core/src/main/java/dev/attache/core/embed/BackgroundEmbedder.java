package dev.attache.core.embed;

import dev.attache.core.index.BulkCompaction;
import dev.attache.core.index.CatalogEntry;
import dev.attache.core.index.Compaction;
import dev.attache.core.index.IndexedPassage;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.index.PassageVectors;
import dev.attache.core.index.SentenceVectors;
import dev.attache.core.ingest.Sentences;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every searchable passage a dense vector, on one background thread, after its article is
 * already searchable by words. Articles are embedded in the order they were added, so progress is
 * one number ({@link LibraryIndex#embeddedThrough()}), committed with the vectors: after a restart
 * it resumes where the last commit left off, and work repeated after a crash replaces vectors
 * instead of doubling them. Removing an article meanwhile is safe: its vectors are never written.
 */
public final class BackgroundEmbedder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundEmbedder.class);

    /**
     * Passages embedded per model call, with their sentences: small enough that a stop request is
     * honoured within a second or two.
     */
    static final int BATCH = 32;
    /** New vectors become searchable after this many passages (each refresh also invalidates cached answers). */
    static final int REFRESH_EVERY_PASSAGES = 512;
    static final Duration COMMIT_EVERY = Duration.ofSeconds(30);
    static final Duration IDLE_POLL = Duration.ofMillis(500);
    /** An article the model fails on this many times is left without vectors (still searchable by words). */
    static final int MAX_FAILURES = 3;

    private final LibraryIndex index;
    private final PassageEmbedder embedder;
    private final BulkCompaction compaction;
    private final Thread thread;
    private final Object signal = new Object();
    private volatile boolean stopping;
    private volatile boolean caughtUp;
    /** Passages given vectors since this process last compacted the index (embedder thread only). */
    private long embeddedSinceCompaction;

    private BackgroundEmbedder(LibraryIndex index, PassageEmbedder embedder, BulkCompaction compaction) {
        this.index = index;
        this.embedder = embedder;
        this.compaction = compaction;
        this.thread = Thread.ofPlatform().name("attache-embedder").daemon().unstarted(this::run);
    }

    /**
     * Starts embedding what the library lacks, and whatever is added later; when it has caught up after
     * adding vectors in bulk, it merges the index as {@code compaction} says.
     */
    public static BackgroundEmbedder start(LibraryIndex index, PassageEmbedder embedder, BulkCompaction compaction) {
        BackgroundEmbedder background = new BackgroundEmbedder(index, embedder, compaction);
        background.thread.start();
        return background;
    }

    /** Wakes the embedder at once (after an import or an add) instead of at its next poll. */
    public void nudge() {
        caughtUp = false;
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /**
     * Blocks until every article added so far has vectors, calling {@code progress} about twice a
     * second; returns false if {@code stop} said so or the embedder was closed (or died) first.
     */
    public boolean awaitCaughtUp(Runnable progress, BooleanSupplier stop) throws InterruptedException {
        nudge();
        while (true) {
            progress.run();
            if (caughtUp && index.entriesAfter(index.embeddedThrough()).isEmpty()) {
                return true;
            }
            if (stopping || !thread.isAlive() || stop.getAsBoolean()) {
                return false;
            }
            Thread.sleep(IDLE_POLL);
        }
    }

    private void run() {
        CatalogEntry failing = null;
        int failures = 0;
        while (!stopping) {
            try {
                caughtUp = embedPending();
                if (caughtUp) {
                    pause(IDLE_POLL);
                }
            } catch (IOException | RuntimeException e) {
                CatalogEntry next = index.entriesAfter(index.embeddedThrough()).stream().findFirst().orElse(null);
                failures = next != null && failing != null && next.seq() == failing.seq() ? failures + 1 : 1;
                failing = next;
                log.error("embedding failed article={} attempt={}", next == null ? "-" : next.id(), failures, e);
                if (next != null && failures >= MAX_FAILURES) {
                    log.error("article left without vectors after {} failures article={}", failures, next.id());
                    index.markEmbeddedThrough(next.seq());
                }
                pause(Duration.ofSeconds(2));
            }
        }
    }

    /** One pass over what awaits embedding; true when nothing is left. */
    private boolean embedPending() throws IOException {
        List<CatalogEntry> pending = index.entriesAfter(index.embeddedThrough());
        if (pending.isEmpty()) {
            return true;
        }
        int sinceRefresh = 0;
        long lastCommit = System.nanoTime();
        boolean finished = true;
        for (CatalogEntry entry : pending) {
            if (stopping) {
                finished = false;
                break;
            }
            List<IndexedPassage> passages = searchablePassages(entry);
            if (passages == null) {
                // added but not yet visible to searches: later articles must wait for it
                finished = false;
                break;
            }
            if (passages.isEmpty()) {
                index.markEmbeddedThrough(entry.seq());
                continue;
            }
            List<PassageVectors> vectors = vectorsOf(entry.summary().title(), passages);
            if (vectors == null) {
                finished = false;
                break;
            }
            if (!index.putVectors(entry, passages, vectors)) {
                // removed or replaced while it was being embedded
                index.markEmbeddedThrough(entry.seq());
                continue;
            }
            sinceRefresh += passages.size();
            embeddedSinceCompaction += passages.size();
            if (sinceRefresh >= REFRESH_EVERY_PASSAGES) {
                index.refreshVectors();
                sinceRefresh = 0;
            }
            if (System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos()) {
                index.commit();
                lastCommit = System.nanoTime();
            }
        }
        index.refreshVectors();
        index.commit();
        if (!finished) {
            pause(IDLE_POLL);
            return false;
        }
        boolean done = index.entriesAfter(index.embeddedThrough()).isEmpty();
        if (done) {
            compactAfterBulk();
        }
        return done;
    }

    /**
     * Vectors added in bulk (after a large import) leave the index in several segments, each with its
     * own vector graph that every hybrid search visits: the index is merged once they are all written,
     * before waiters are told the embedding is done, if {@link #compaction} calls for it. A merge that
     * fails (a full disk) leaves the index as it was, and is tried again after the next bulk of vectors.
     */
    private void compactAfterBulk() {
        try {
            Optional<Compaction> done = index.compactAfterBulk(embeddedSinceCompaction, compaction);
            if (done.isPresent()) {
                embeddedSinceCompaction = 0;
                log.info("compacted after embedding segments={}->{} ms={}", done.get().segmentsBefore(),
                        done.get().segmentsAfter(), done.get().took().toMillis());
            }
        } catch (IOException e) {
            log.warn("the index could not be compacted after embedding; it stays as it was", e);
        }
    }

    /** The article's passages; null while it is in the catalog but not yet searchable; empty once it is gone. */
    private List<IndexedPassage> searchablePassages(CatalogEntry entry) throws IOException {
        List<IndexedPassage> passages = index.indexedPassages(entry.id());
        if (passages.isEmpty() && entry.summary().passages() > 0) {
            index.refresh();
            passages = index.indexedPassages(entry.id());
        }
        if (passages.isEmpty() && entry.summary().passages() > 0) {
            boolean stillThere = index.entry(entry.id()).filter(e -> e.seq() == entry.seq()).isPresent();
            return stillThere ? null : List.of();
        }
        return passages;
    }

    /**
     * The passages' vectors and their sentences' vectors, in batches; null when a stop came first.
     * Each text is embedded under its article's title, which often names what the passage only
     * alludes to. A passage of one sentence is its own sentence vector.
     */
    private List<PassageVectors> vectorsOf(String title, List<IndexedPassage> passages) {
        List<PassageVectors> vectors = new ArrayList<>(passages.size());
        for (int from = 0; from < passages.size(); from += BATCH) {
            if (stopping) {
                return null;
            }
            List<IndexedPassage> batch = passages.subList(from, Math.min(passages.size(), from + BATCH));
            List<String> texts = new ArrayList<>();
            List<List<String>> sentencesOf = new ArrayList<>(batch.size());
            for (IndexedPassage passage : batch) {
                texts.add(underTitle(title, passage.text()));
                List<String> sentences = Sentences.split(passage.text()).stream()
                        .map(span -> passage.text().substring(span.start(), span.end())).toList();
                sentencesOf.add(sentences.size() > 1 ? sentences : List.of());
            }
            sentencesOf.forEach(sentences -> sentences.forEach(sentence -> texts.add(underTitle(title, sentence))));
            List<float[]> embedded = embedder.embedPassages(texts);
            int next = batch.size();
            for (int i = 0; i < batch.size(); i++) {
                int count = sentencesOf.get(i).size();
                List<float[]> sentences = count == 0 ? List.of(embedded.get(i)) : embedded.subList(next, next + count);
                next += count;
                vectors.add(new PassageVectors(embedded.get(i), SentenceVectors.of(sentences)));
            }
        }
        return vectors;
    }

    private static String underTitle(String title, String text) {
        return title.isBlank() ? text : title + "\n" + text;
    }

    private void pause(Duration duration) {
        synchronized (signal) {
            if (stopping) {
                return;
            }
            try {
                signal.wait(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
    }

    /**
     * Stops after the batch in hand (never by interrupting: an interrupt inside Lucene's file
     * channels would close the index) and waits for the thread; unsaved vectors are embedded
     * again after the next start.
     */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        synchronized (signal) {
            signal.notifyAll();
        }
        thread.join(Duration.ofSeconds(30));
    }
}

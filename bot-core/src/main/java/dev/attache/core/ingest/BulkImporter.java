package dev.attache.core.ingest;

import dev.attache.core.article.ParsedDocument;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.ImportReport;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports files and directories in bulk: streams JSON Lines row by row, parses other files whole,
 * assembles articles on all cores and adds them to the index, committing every
 * {@link #COMMIT_EVERY_ARTICLES} articles or {@link #COMMIT_EVERY_NANOS} and at the end, so a crash
 * loses at most the last uncommitted batch and a re-run completes the import with the rest
 * reported as duplicates. When {@link ImportProgress#stopRequested()} turns true (the command line's
 * SIGTERM handling), it reads no further article, finishes the ones in flight and commits them.
 */
public final class BulkImporter {

    private static final Logger log = LoggerFactory.getLogger(BulkImporter.class);

    /**
     * Articles between commits; the system property {@code attache.import.commitEvery} lowers it,
     * so that the crash-safety tests see commits within a few seconds.
     */
    static final int COMMIT_EVERY_ARTICLES = Math.max(1, Integer.getInteger("attache.import.commitEvery", 5_000));
    static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final LibraryIndex index;
    private final ArticleAssembler assembler;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong passages = new AtomicLong();
    private final AtomicLong textChars = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    private final List<ImportReport.Rejection> rejected = Collections.synchronizedList(new ArrayList<>());
    private long sinceCommit;
    private long lastCommitNanos = System.nanoTime();

    public BulkImporter(LibraryIndex index, ArticleAssembler assembler) {
        this.index = index;
        this.assembler = assembler;
    }

    public ImportReport run(List<Path> paths, ImportProgress progress) {
        long start = System.nanoTime();
        List<Path> files = files(paths);
        long totalBytes = files.stream().mapToLong(BulkImporter::size).sum();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 8);
        try {
            for (Path file : files) {
                if (progress.stopRequested()) {
                    break;
                }
                readFile(file, task -> {
                    if (progress.stopRequested()) {
                        throw new StopReading();
                    }
                    inFlight.acquireUninterruptibly();
                    workers.execute(() -> {
                        try {
                            task.run();
                        } finally {
                            inFlight.release();
                            progress.update(bytesRead.get(), totalBytes, added.get());
                        }
                    });
                });
            }
        } catch (StopReading e) {
            log.info("import stopping: no further articles are read");
        } finally {
            workers.shutdown();
            awaitQuietly(workers);
        }
        try {
            index.commit();
            index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("the index could not commit the import", e);
        }
        progress.update(totalBytes, totalBytes, added.get());
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        log.info("import done added={} duplicates={} rejected={} passages={} ms={}",
                added.get(), duplicates.get(), rejected.size(), passages.get(), elapsedMs);
        return new ImportReport(added.get(), duplicates.get(), List.copyOf(rejected), passages.get(), textChars.get(),
                elapsedMs, Optional.empty());
    }

    /** Unwinds the reading of a file when the import is asked to stop. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads a file on the calling thread and hands the work per document to {@code sink}, to run on a
     * worker. For JSON Lines the reader only splits lines: decoding, JSON parsing and cleaning the
     * text run on the workers, since on the reader thread they bounded the whole import.
     */
    private void readFile(Path file, Consumer<Runnable> sink) {
        String name = file.getFileName().toString();
        try (InputStream in = new CountingStream(Files.newInputStream(file), bytesRead)) {
            if (isJsonLines(name)) {
                readJsonLines(in, file, sink);
                return;
            }
            if (size(file) > assembler.maxFileBytes()) {
                rejected.add(new ImportReport.Rejection(file.toString(), "larger than the limit of "
                        + assembler.maxFileBytes() + " bytes"));
                return;
            }
            for (ParsedDocument doc : DocumentParsers.parse(name, in.readAllBytes())) {
                sink.accept(() -> addOne(doc, file.toString()));
            }
        } catch (IngestException e) {
            rejected.add(new ImportReport.Rejection(file.toString(), e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            rejected.add(new ImportReport.Rejection(file.toString(), "could not be read: " + e.getMessage()));
        }
    }

    private void readJsonLines(InputStream in, Path file, Consumer<Runnable> sink) throws IOException {
        try (JsonLinesReader reader = JsonLinesReader.open(in)) {
            JsonLinesReader.Line line;
            while ((line = reader.nextLine()) != null) {
                JsonLinesReader.Line l = line;
                sink.accept(() -> parseAndAdd(l, file));
            }
        }
    }

    /** A known id is a duplicate whatever the text: it is skipped before its text is cleaned. */
    private void parseAndAdd(JsonLinesReader.Line line, Path file) {
        JsonLinesReader.parse(line, this::knownId).ifPresent(entry -> {
            switch (entry) {
                case JsonLinesReader.Entry.Parsed p -> addOne(p.document(), file + ":" + p.line());
                case JsonLinesReader.Entry.Failed f ->
                        rejected.add(new ImportReport.Rejection(file + ":" + f.line(), f.message()));
            }
        });
    }

    /** True, counting a duplicate, when the library already has an article with this id. */
    private boolean knownId(String id) {
        if (index.entry(id).isPresent()) {
            duplicates.incrementAndGet();
            return true;
        }
        return false;
    }

    private void addOne(ParsedDocument doc, String source) {
        try {
            ArticleAssembler.Keys keys = assembler.keys(doc);
            if (index.duplicateOf(keys.id(), keys.canonicalUrl(), keys.fingerprint()).isPresent()) {
                duplicates.incrementAndGet();
                return;
            }
            ArticleAssembler.Assembled a = assembler.assemble(doc, keys);
            if (index.add(a.article(), a.canonicalUrl(), a.fingerprint(), false).isPresent()) {
                duplicates.incrementAndGet();
                return;
            }
            added.incrementAndGet();
            passages.addAndGet(a.article().passages().size());
            textChars.addAndGet(a.article().text().length());
            maybeCommit();
        } catch (IngestException e) {
            rejected.add(new ImportReport.Rejection(source, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            log.warn("import of {} failed", source, e);
            rejected.add(new ImportReport.Rejection(source, "failed: " + e));
        }
    }

    private void maybeCommit() throws IOException {
        boolean due;
        synchronized (this) {
            sinceCommit++;
            due = sinceCommit >= COMMIT_EVERY_ARTICLES || System.nanoTime() - lastCommitNanos >= COMMIT_EVERY_NANOS;
            if (due) {
                sinceCommit = 0;
                lastCommitNanos = System.nanoTime();
            }
        }
        if (due) {
            index.commit();
            index.refresh();
        }
    }

    private static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read directory " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("no such file or directory: " + path);
            }
        }
        return files;
    }

    private static boolean isJsonLines(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson") || name.endsWith(".ndjson.gz");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void awaitQuietly(ExecutorService workers) {
        try {
            while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                log.info("import still finishing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts the bytes read from the underlying file, for progress. */
    private static final class CountingStream extends FilterInputStream {
        private final AtomicLong counter;

        CountingStream(InputStream in, AtomicLong counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counter.addAndGet(n);
            }
            return n;
        }
    }
}

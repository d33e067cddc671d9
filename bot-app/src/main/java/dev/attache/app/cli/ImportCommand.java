package dev.attache.app.cli;

import dev.attache.app.LibraryOptions;
import dev.attache.app.ProgressBar;
import dev.attache.core.Attache;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.ImportReport;
import dev.attache.core.ops.Platform;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import articles in bulk from files and directories: .txt, .md, .html, .jsonl, .jsonl.gz.",
                "Shows progress on stderr and prints added / duplicate / rejected (with reasons) and the rate.",
                "On SIGTERM or Ctrl-C it reads no further article, commits those in flight and prints the summary;",
                "running it again completes the import, with what is already there reported as duplicates.",
                "Dense vectors are computed in the background afterwards (by chat, serve, or this command with --wait);",
                "the articles are searchable by their words at once. An import of at least 10,000 passages and a",
                "quarter of the library is followed by a compaction of the index (see compact), and so are its",
                "vectors once they are all computed, unless merging them would need more than a quarter of the heap."})
public final class ImportCommand implements Callable<Integer> {

    static final int MAX_REJECTIONS_SHOWN = 20;
    /** How long a SIGTERM waits for the articles in flight to be committed. */
    static final long STOP_GRACE_SECONDS = 60;

    @Mixin
    LibraryOptions library;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to import.")
    List<Path> paths;

    @Option(names = "--wait", description = "Return only when every imported passage has its dense vector "
            + "(about 20–25 passages/s on a 2-core machine); a stop request ends the wait, and the rest is embedded later.")
    boolean waitForEmbeddings;

    @Override
    public Integer call() throws Exception {
        AtomicBoolean stopRequested = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onStop = new Thread(() -> {
            stopRequested.set(true);
            try {
                finished.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "attache-import-stop");
        Runtime.getRuntime().addShutdownHook(onStop);
        try (Attache attache = library.openForService(); ProgressBar bar = new ProgressBar(System.err)) {
            ImportProgress progress = new ImportProgress() {
                @Override
                public void update(long bytesRead, long totalBytes, long articles) {
                    bar.update(bytesRead, totalBytes, articles);
                }

                @Override
                public boolean stopRequested() {
                    return stopRequested.get();
                }
            };
            ImportReport report = attache.importPaths(Caller.local(Platform.CLI), paths, progress);
            bar.close();
            if (stopRequested.get()) {
                System.out.println("Stopped on request; what was added so far is committed. Run the import again to complete it.");
            }
            System.out.printf(Locale.ROOT, "Added %,d, duplicates %,d, rejected %,d; %,d passages in %.1f s "
                            + "(%.0f articles/s, %.0f passages/s, %.2f M chars of text/s)%n",
                    report.added(), report.duplicates(), report.rejected().size(), report.passages(),
                    report.elapsedMs() / 1000.0, report.articlesPerSecond(), report.passagesPerSecond(),
                    report.megacharsPerSecond());
            report.compaction().ifPresent(done -> System.out.printf(Locale.ROOT,
                    "Compacted the index after this large import: %d segments before, %d after (%.1f s).%n",
                    done.segmentsBefore(), done.segmentsAfter(), done.took().toMillis() / 1000.0));
            report.rejected().stream().limit(MAX_REJECTIONS_SHOWN)
                    .forEach(r -> System.out.println("  rejected " + r.source() + ": " + r.reason()));
            if (report.rejected().size() > MAX_REJECTIONS_SHOWN) {
                System.out.println("  … and " + (report.rejected().size() - MAX_REJECTIONS_SHOWN) + " more rejected");
            }
            if (waitForEmbeddings && !stopRequested.get()) {
                awaitEmbeddings(attache, stopRequested);
            }
        } finally {
            System.out.flush();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onStop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it has just been released
            }
        }
        return 0;
    }

    private static void awaitEmbeddings(Attache attache, AtomicBoolean stopRequested) throws InterruptedException {
        long start = System.nanoTime();
        long before = attache.stats().embeddedPassages();
        try (ProgressBar bar = new ProgressBar(System.err, "passages embedded")) {
            boolean done = attache.awaitEmbeddings((embedded, total) -> bar.update(embedded, total, embedded - before),
                    stopRequested::get);
            bar.close();
            long embedded = attache.stats().embeddedPassages();
            System.out.printf(Locale.ROOT, done ? "Dense vectors: all %,d passages, waited %.1f s%n"
                            : "Dense vectors: %,d passages; stopped waiting after %.1f s, the rest is embedded later%n",
                    embedded, (System.nanoTime() - start) / 1e9);
        }
    }
}

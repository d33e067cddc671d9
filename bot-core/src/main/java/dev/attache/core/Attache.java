package dev.attache.core;

import dev.attache.core.answer.Answer;
import dev.attache.core.answer.AnswerCache;
import dev.attache.core.answer.AnswerComposer;
import dev.attache.core.answer.Question;
import dev.attache.core.answer.QuoteListing;
import dev.attache.core.answer.QuoteVerifier;
import dev.attache.core.answer.Source;
import dev.attache.core.answer.SpeakerFilter;
import dev.attache.core.attribution.ArticleContext;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.AttributionExtractor;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.embed.BackgroundEmbedder;
import dev.attache.core.embed.DenseMode;
import dev.attache.core.embed.PassageEmbedder;
import dev.attache.core.index.BulkCompaction;
import dev.attache.core.index.CatalogEntry;
import dev.attache.core.index.Compaction;
import dev.attache.core.index.LibraryAnalyzer;
import dev.attache.core.index.LibraryIndex;
import dev.attache.core.ingest.ArticleAssembler;
import dev.attache.core.ingest.BulkImporter;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.AnswerBusyException;
import dev.attache.core.ops.ArticlePage;
import dev.attache.core.ops.ArticleSummary;
import dev.attache.core.ops.AttacheMetrics;
import dev.attache.core.ops.AuditLog;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.FeedbackLog;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.ImportReport;
import dev.attache.core.ops.LibraryStats;
import dev.attache.core.ops.Limits;
import dev.attache.core.ops.QuoteRecord;
import dev.attache.core.ops.RateLimits;
import dev.attache.core.ops.RemoveOutcome;
import dev.attache.core.ops.Vote;
import dev.attache.core.search.Retriever;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point of Attaché's core: ask a question, add or remove articles, list the library,
 * look up who said what. Every adapter (console, Telegram, Discord) and the command line call only
 * this. It is thread-safe; operator actions are authorized here, whatever the platform. At most
 * {@link dev.attache.core.ops.LoadLimits#maxConcurrentAnswers()} answers are computed at once;
 * the bots check {@link #checkRate} before asking; everything is counted in {@link #metrics()}.
 */
public final class Attache implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Attache.class);

    private final AttacheConfig config;
    private final LibraryIndex index;
    private final Retriever retriever;
    private final AnswerComposer composer;
    private final AnswerCache cache = new AnswerCache();
    private final ArticleAssembler assembler;
    private final AuditLog audit;
    private final FeedbackLog feedback;
    private final AttacheMetrics metrics;
    private final RateLimits rateLimits;
    private final Semaphore answerSlots;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Optional<DenseModel> dense;
    private final Optional<BackgroundEmbedder> background;

    private Attache(AttacheConfig config, LibraryIndex index, Optional<DenseModel> dense) {
        this.config = config;
        this.index = index;
        this.dense = dense;
        this.retriever = new Retriever(index, dense.map(DenseModel::embedder));
        this.background = dense.filter(d -> config.dense() == DenseMode.SEARCH_AND_EMBED)
                .map(d -> BackgroundEmbedder.start(index, d.embedder(), BulkCompaction.DEFAULT));
        this.composer = new AnswerComposer(index);
        this.assembler = new ArticleAssembler(config.fetch(), config.limits());
        this.audit = new AuditLog(config.dataDir());
        this.feedback = new FeedbackLog(config.dataDir());
        this.metrics = new AttacheMetrics(config.meters());
        this.rateLimits = new RateLimits(config.load());
        this.answerSlots = new Semaphore(config.load().maxConcurrentAnswers(), true);
        metrics.countFrom(AttacheMetrics.QUOTE_VERIFICATION_FAILURES,
                "Quotes dropped from answers because they did not occur verbatim in their article",
                composer, AnswerComposer::verificationFailures);
        int slots = config.load().maxConcurrentAnswers();
        metrics.gauge(AttacheMetrics.IN_FLIGHT, "Answers being computed now", answerSlots,
                s -> slots - s.availablePermits());
        metrics.gauge(AttacheMetrics.ARTICLES, "Articles in the library", index, LibraryIndex::articleCount);
        metrics.gauge(AttacheMetrics.EMBEDDED_PASSAGES, "Passages with a dense vector", this,
                Attache::embeddedPassages);
    }

    /**
     * Opens (or creates) the library in {@code config.dataDir()}; its index is {@code dataDir/index}.
     * With dense search on, the embedding model loads while the index opens — when this library
     * embeds, or already holds vectors of this model to search; otherwise it would only slow the start.
     */
    public static Attache open(AttacheConfig config) throws IOException {
        Files.createDirectories(config.dataDir());
        Path indexDir = config.dataDir().resolve("index");
        boolean needsModel = config.dense() == DenseMode.SEARCH_AND_EMBED || config.dense() == DenseMode.SEARCH
                && LibraryIndex.hasCommittedVectorsOf(indexDir, PassageEmbedder.MODEL_NAME);
        CompletableFuture<DenseModel> model = needsModel
                ? CompletableFuture.supplyAsync(DenseModel::load,
                        task -> Thread.ofPlatform().name("attache-model-load").daemon().start(task))
                : null;
        LibraryIndex index = LibraryIndex.open(indexDir);
        try {
            Optional<DenseModel> dense = model == null ? Optional.empty() : loaded(model);
            if (config.dense() == DenseMode.SEARCH_AND_EMBED && dense.isPresent()) {
                // Vectors of an earlier model are deleted and made again.
                index.embedWith(PassageEmbedder.MODEL_NAME);
            } else if (config.dense() == DenseMode.SEARCH && index.hasVectorsNotMadeBy(PassageEmbedder.MODEL_NAME)) {
                log.warn("dense search is off: the library's vectors were made by an earlier model, and 'attache serve', "
                        + "'chat' or 'import' embeds them again; answering by words only");
            }
            if (index.articleCount() == 0) {
                // What it will hold is this engine's and this chain's.
                index.markAttributedBy(AttributionExtractor.ENGINE);
                index.markAnalyzedBy(LibraryAnalyzer.VERSION);
            } else if (analyzedByAnEarlierChain(index)) {
                log.warn("the library's words were indexed by an earlier version of the analysis chain, so some "
                        + "questions miss its older articles; 'attache reattribute' (with the bots stopped) indexes "
                        + "them again, and finds their speakers with this version's engine");
            } else if (attributedByAnEarlierEngine(index)) {
                log.warn("the library's speakers and quotes were found by an earlier version of the attribution "
                        + "engine; 'attache reattribute' (with the bots stopped) finds them again");
            } else if (index.hasPassagesWithoutIdValues()) {
                log.info("some passages were stored before passage ids were kept as doc values, so hybrid search "
                        + "reads their ids more slowly; 'attache reattribute' (with the bots stopped) writes them again");
            }
            return new Attache(config, index, dense);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** The loaded model; when it cannot load (a platform without its native library), word search goes on alone. */
    private static Optional<DenseModel> loaded(CompletableFuture<DenseModel> model) {
        try {
            return Optional.of(model.join());
        } catch (java.util.concurrent.CompletionException e) {
            log.warn("dense search is off: the embedding model did not load ({}); answering by words only",
                    e.getCause() == null ? e : e.getCause().toString(), e);
            return Optional.empty();
        }
    }

    /** The embedding model and the threads that run it, open while the library is. */
    private record DenseModel(PassageEmbedder embedder, ExecutorService threads) {
        static DenseModel load() {
            ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                    Thread.ofPlatform().name("attache-embed-", 0).daemon().factory());
            return new DenseModel(new PassageEmbedder(threads), threads);
        }
    }

    /**
     * Blocks until every passage added so far has its dense vector, calling {@code progress} about
     * twice a second with (embedded, total) passages. Returns at once when this library does not
     * embed ({@link DenseMode}); false when {@code stop} said so first.
     */
    public boolean awaitEmbeddings(java.util.function.BiConsumer<Long, Long> progress,
                                   java.util.function.BooleanSupplier stop) throws InterruptedException {
        if (background.isEmpty()) {
            return true;
        }
        return background.get().awaitCaughtUp(() -> progress.accept(index.embeddedPassageCount(), index.passageCount()),
                stop);
    }

    /**
     * Answers a question from the library. Throws {@link IllegalArgumentException} with a message
     * fit for the user when the question has no word (no letter or digit: blank, punctuation, emoji or invisible
     * characters alone) or is longer than {@link Limits#maxQuestionChars()},
     * and {@link AnswerBusyException} when no answer slot came free within
     * {@link dev.attache.core.ops.LoadLimits#answerQueueTimeout()}. Cached answers need no slot.
     */
    public Answer ask(Question question) {
        long start = System.nanoTime();
        String text = question.text().strip();
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("Ask a question in words, for example: What did the minister say about sanctions?");
        }
        if (text.length() > config.limits().maxQuestionChars()) {
            throw new IllegalArgumentException("That question is " + text.length() + " characters long; please keep it under "
                    + config.limits().maxQuestionChars() + ".");
        }
        long generation = index.generation();
        Answer answer = cache.get(question, generation, q -> compute(q, generation, start));
        long took = System.nanoTime() - start;
        metrics.answered(answer.answered(), Duration.ofNanos(took));
        return answer.servedAs(question.text(), took / 1_000_000);
    }

    private Answer compute(Question question, long generation, long start) {
        boolean acquired;
        try {
            acquired = answerSlots.tryAcquire(config.load().answerQueueTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            metrics.busy();
            log.warn("answer refused: all {} answer slots busy for {} ms", config.load().maxConcurrentAnswers(),
                    config.load().answerQueueTimeout().toMillis());
            throw new AnswerBusyException(Duration.ofSeconds(5));
        }
        try {
            return composer.compose(question, retriever.retrieve(question, question.topK()), answerId(question, generation),
                    start);
        } finally {
            answerSlots.release();
        }
    }

    /**
     * Takes a token from {@code caller}'s and chat {@code chatId}'s rate limits for one question
     * (see {@link RateLimits}); adapters call this before {@link #ask} and tell a limited user so.
     * Console and command line are not limited.
     */
    public RateLimits.Outcome checkRate(Caller caller, String chatId) {
        RateLimits.Outcome outcome = rateLimits.check(caller, chatId);
        if (outcome instanceof RateLimits.Limited limited) {
            metrics.rateLimited(caller.platform(), limited.scope());
            if (limited.tell()) {
                log.info("rate limited caller={} chat={} scope={} retry_after_ms={}", caller, chatId, limited.scope(),
                        limited.retryAfter().toMillis());
            }
        }
        return outcome;
    }

    /** The answer slots, for tests that need to fill them. */
    Semaphore answerSlots() {
        return answerSlots;
    }

    /** Counters and timers of this library's use, and where adapters count platform errors. */
    public AttacheMetrics metrics() {
        return metrics;
    }

    /** Adds one article, if the caller is an operator; committed durably before it returns. */
    public AddOutcome add(Caller caller, AddRequest request) {
        String target = describe(request);
        if (!isOperator(caller)) {
            audit.record(caller, "add", target, "denied");
            return new AddOutcome.Denied("Only the library's operators can add articles.");
        }
        AddOutcome outcome = assembler.addTo(index, request);
        metrics.imported("add", switch (outcome) {
            case AddOutcome.Added a -> "added";
            case AddOutcome.Duplicate d -> "duplicate";
            case AddOutcome.Rejected r -> "rejected";
            case AddOutcome.Denied d -> "denied";
        }, 1);
        if (outcome instanceof AddOutcome.Added) {
            commit();
            cache.clear();
            background.ifPresent(BackgroundEmbedder::nudge);
        }
        audit.record(caller, "add", target, summarize(outcome));
        return outcome;
    }

    /** Imports files and directories in bulk (text, Markdown, HTML, JSON Lines, .gz), operator only. */
    public ImportReport importPaths(Caller caller, List<Path> paths, ImportProgress progress) {
        if (!isOperator(caller)) {
            audit.record(caller, "import", paths.toString(), "denied");
            throw new SecurityException("Only the library's operators can import articles.");
        }
        ImportReport report = new BulkImporter(index, assembler).run(paths, progress);
        metrics.imported("bulk", "added", report.added());
        metrics.imported("bulk", "duplicate", report.duplicates());
        metrics.imported("bulk", "rejected", report.rejected().size());
        cache.clear();
        audit.record(caller, "import", paths.toString(), "added=" + report.added() + " duplicates="
                + report.duplicates() + " rejected=" + report.rejected().size());
        if (!progress.stopRequested()) {
            report = compactAfter(report);
        }
        background.ifPresent(BackgroundEmbedder::nudge);
        return report;
    }

    /**
     * A large import leaves the index in several segments, which every search then visits: it is
     * merged into one when it added enough ({@link BulkCompaction}). A merge that fails
     * (a full disk) leaves the index as it was; the import stands.
     */
    private ImportReport compactAfter(ImportReport report) {
        try {
            Optional<Compaction> done = index.compactAfterBulk(report.passages(), BulkCompaction.DEFAULT);
            done.ifPresent(d -> log.info("compacted after import segments={}->{} ms={}", d.segmentsBefore(),
                    d.segmentsAfter(), d.took().toMillis()));
            return done.map(report::followedBy).orElse(report);
        } catch (IOException e) {
            log.warn("the index could not be compacted after the import; it stays as it was", e);
            return report;
        }
    }

    /**
     * Merges the library's index into one segment, if the caller is an operator (see
     * {@link LibraryIndex#compact}); returns how many segments there were before and after.
     */
    public Compaction compact(Caller caller) {
        if (!isOperator(caller)) {
            audit.record(caller, "compact", "library", "denied");
            throw new SecurityException("Only the library's operators can compact the library.");
        }
        Compaction done;
        try {
            done = index.compact();
        } catch (IOException e) {
            throw new UncheckedIOException("the index could not be compacted", e);
        }
        audit.record(caller, "compact", "library", "segments " + done.segmentsBefore() + " -> " + done.segmentsAfter());
        return done;
    }

    /**
     * Finds the attributions of every stored article again with the current attribution engine and
     * stores those that changed (speakers are fixed at import, so a library keeps what an older
     * engine found until then), and writes again the articles whose passages lack the doc values of
     * their ids (written before those; hybrid search is slower on them), or every article when the
     * library's words went through an earlier analysis chain, reporting (articles done,
     * articles) to {@code progress}. Operators only; refused while background embedding runs (run it
     * with the bots stopped: the command line opens the library without it). Each article is
     * rewritten atomically, vectors kept.
     */
    public Reattribution reattribute(Caller caller, java.util.function.BiConsumer<Integer, Integer> progress) {
        if (!isOperator(caller)) {
            audit.record(caller, "reattribute", "library", "denied");
            throw new SecurityException("Only the library's operators can re-attribute the library.");
        }
        if (background.isPresent()) {
            throw new IllegalStateException("Stop the bots first: re-attributing cannot run beside background embedding.");
        }
        long start = System.nanoTime();
        AttributionExtractor extractor = new AttributionExtractor();
        List<CatalogEntry> entries = index.entriesAfter(-1);
        boolean someLackIdValues = index.hasPassagesWithoutIdValues(); // else no article needs the look-up
        boolean reanalyze = analyzedByAnEarlierChain(index); // then every article is written again
        int rewritten = 0;
        try {
            for (int i = 0; i < entries.size(); i++) {
                CatalogEntry entry = entries.get(i);
                Optional<String> text = index.text(entry.id());
                if (text.isPresent()) {
                    List<Attribution> found = extractor.extract(text.get(), new ArticleContext(entry.summary().author(),
                            entry.authorRole(), entry.summary().outlet()));
                    boolean rewrite = reanalyze || !found.equals(index.attributions(entry.id()))
                            || someLackIdValues && index.passagesLackIdValues(entry.id());
                    if (rewrite && index.replaceAttributions(entry.id(), found, false)) {
                        rewritten++;
                    }
                }
                progress.accept(i + 1, entries.size());
            }
            index.markAttributedBy(AttributionExtractor.ENGINE);
            index.markAnalyzedBy(LibraryAnalyzer.VERSION);
            index.commit();
            index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("the library could not be re-attributed", e);
        }
        Reattribution done = new Reattribution(entries.size(), rewritten, Duration.ofNanos(System.nanoTime() - start));
        audit.record(caller, "reattribute", "library", done.rewritten() + " of " + done.articles() + " articles rewritten");
        return done;
    }

    /** Whether stored speakers and quotes may come from an earlier attribution engine ({@link #reattribute} finds them again). */
    public boolean attributedByAnEarlierEngine() {
        return attributedByAnEarlierEngine(index);
    }

    private static boolean attributedByAnEarlierEngine(LibraryIndex index) {
        return index.articleCount() > 0 && !index.attributedBy().equals(Optional.of(AttributionExtractor.ENGINE));
    }

    /** Whether stored words may have gone through an earlier analysis chain ({@link #reattribute} indexes them again). */
    public boolean analyzedByAnEarlierChain() {
        return analyzedByAnEarlierChain(index);
    }

    private static boolean analyzedByAnEarlierChain(LibraryIndex index) {
        return index.articleCount() > 0 && !index.analyzedBy().equals(Optional.of(LibraryAnalyzer.VERSION));
    }

    /** What {@link #reattribute} did. */
    public record Reattribution(int articles, int rewritten, Duration took) {
    }

    /** Removes an article, if the caller is an operator; invisible to searches at once. */
    public RemoveOutcome remove(Caller caller, String articleId) {
        if (!isOperator(caller)) {
            audit.record(caller, "remove", articleId, "denied");
            return new RemoveOutcome.Denied("Only the library's operators can remove articles.");
        }
        Optional<CatalogEntry> entry = index.entry(articleId);
        RemoveOutcome outcome;
        try {
            outcome = entry.isPresent() && index.remove(articleId)
                    ? new RemoveOutcome.Removed(articleId, entry.get().summary().title())
                    : new RemoveOutcome.NotFound(articleId);
        } catch (IOException e) {
            throw new UncheckedIOException("the index could not remove " + articleId, e);
        }
        if (outcome instanceof RemoveOutcome.Removed) {
            commit();
            cache.clear();
        }
        audit.record(caller, "remove", articleId, outcome.getClass().getSimpleName().toLowerCase(Locale.ROOT));
        return outcome;
    }

    /** A page of the library (pages count from 1), most recently added first. */
    public ArticlePage list(int page, int pageSize) {
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("Pages count from 1.");
        }
        List<CatalogEntry> all = index.entriesNewestFirst();
        int from = (int) Math.min((long) (page - 1) * pageSize, all.size());
        int to = Math.min(from + pageSize, all.size());
        return new ArticlePage(page, pageSize, all.size(),
                all.subList(from, to).stream().map(CatalogEntry::summary).toList());
    }

    public Optional<ArticleSummary> article(String id) {
        return index.entry(id).map(CatalogEntry::summary);
    }

    public LibraryStats stats() {
        long speakers = index.entriesNewestFirst().stream().flatMap(e -> e.speakers().stream())
                .map(n -> n.toLowerCase(Locale.ROOT)).distinct().count();
        return new LibraryStats(index.articleCount(), index.passageCount(), index.quoteCount(), speakers,
                index.sizeInBytes(), index.segmentCount(), index.generation(), feedback.upVotes(), feedback.downVotes(),
                embeddedPassages());
    }

    /** Whether answers use dense vectors: the model is loaded and the library's vectors are its own. */
    public boolean searchesByMeaning() {
        return dense.isPresent();
    }

    /** Passages with a vector of this version's model; vectors of an earlier one do not count. */
    private long embeddedPassages() {
        return index.hasVectorsNotMadeBy(PassageEmbedder.MODEL_NAME) ? 0 : index.embeddedPassageCount();
    }

    /**
     * What people matching {@code name} are quoted as saying, newest first ({@link QuoteListing}); words said
     * in several articles (a wire story reprinted, a quote repeated) are listed once, from the newest.
     */
    public List<QuoteRecord> who(String name, int limit) {
        Optional<SpeakerFilter> filter = SpeakerFilter.of(name);
        if (filter.isEmpty()) {
            return List.of();
        }
        SpeakerFilter wanted = filter.get();
        List<QuoteRecord> records = new ArrayList<>();
        for (CatalogEntry entry : index.entriesNewestFirst()) {
            if (entry.speakers().stream().noneMatch(wanted::matches)) {
                continue;
            }
            QuoteListing listing = new QuoteListing(index.text(entry.id()).orElse(""));
            Source source = Source.citing(1, entry.summary());
            List<QuoteRecord> fromArticle = new ArrayList<>();
            for (Attribution at : index.attributions(entry.id())) {
                Optional<Speaker> speaker = at.speaker().filter(wanted::matches);
                if (speaker.isPresent()) {
                    listing.of(at).ifPresent(listed ->
                            fromArticle.add(new QuoteRecord(speaker.get(), listed.text(), listed.quotation(), source)));
                }
            }
            records.addAll(withoutListingsHeldByLonger(fromArticle));
        }
        records.sort(Comparator.comparing((QuoteRecord r) -> r.source().published()).reversed());
        Set<String> listed = new HashSet<>();
        return records.stream()
                .filter(r -> listed.add(r.speaker().name().toLowerCase(Locale.ROOT) + "\n" + comparable(r.text())))
                .limit(limit).toList();
    }

    /**
     * One article's listed words without those that a longer listing of the same speaker holds whole: a quotation
     * inside a listed sentence ("We stand …" beside "“We stand …,” Blinken told reporters, while also emphasizing
     * “…”", which says more), or a sentence's tail that the article repeats on its own ("June 5 or the government
     * won't be able to pay …, Yellen has warned." beside "Congress needs to act before Monday, June 5 or …").
     */
    private static List<QuoteRecord> withoutListingsHeldByLonger(List<QuoteRecord> fromArticle) {
        return fromArticle.stream()
                .filter(q -> fromArticle.stream().noneMatch(r -> (!r.direct() || q.direct())
                        && r.speaker().equals(q.speaker()) && holdsMore(comparable(r.text()), comparable(q.text()))))
                .toList();
    }

    private static boolean holdsMore(String longer, String shorter) {
        return longer.length() > shorter.length() && longer.contains(shorter);
    }

    /** Text as listings are compared: white space and quote marks as quote verification reads them, in lower case. */
    private static String comparable(String text) {
        return QuoteVerifier.normalize(text).toLowerCase(Locale.ROOT);
    }

    /** Speaker names having a word that starts with {@code prefix}, most quoted first, for autocomplete. */
    public List<String> speakers(String prefix, int limit) {
        String p = prefix.strip().toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new HashMap<>();
        for (CatalogEntry entry : index.entriesNewestFirst()) {
            for (String s : entry.speakers()) {
                if (p.isEmpty() || SpeakerFilter.words(s).stream().anyMatch(w -> w.startsWith(p))
                        || s.toLowerCase(Locale.ROOT).startsWith(p)) {
                    counts.merge(s, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    public boolean isOperator(Caller caller) {
        return config.operators().permits(caller);
    }

    /** Records a thumbs up or down in the data directory (the user id is stored only as a hash). */
    public void vote(Vote vote) {
        feedback.record(vote);
    }

    public Limits limits() {
        return config.limits();
    }

    /** Commits and closes the index; everything acknowledged is durable. Closing again does nothing. */
    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (background.isPresent()) {
                background.get().close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            dense.ifPresent(d -> d.threads().shutdown());
            assembler.close();
            index.close();
        }
    }

    private void commit() {
        try {
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("the index could not commit", e);
        }
    }

    private static String describe(AddRequest request) {
        return switch (request) {
            case AddRequest.FromUrl u -> u.url();
            case AddRequest.FromFile f -> "file " + f.fileName() + " (" + f.bytes().length + " bytes)";
            case AddRequest.FromText t -> "text (" + t.text().length() + " chars)";
        };
    }

    private static String summarize(AddOutcome outcome) {
        return switch (outcome) {
            case AddOutcome.Added a -> "added " + a.article().id();
            case AddOutcome.Duplicate d -> "duplicate of " + d.existingId();
            case AddOutcome.Rejected r -> "rejected: " + r.reason();
            case AddOutcome.Denied d -> "denied";
        };
    }

    private static String answerId(Question question, long generation) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = question.text().strip().toLowerCase(Locale.ROOT) + "|" + question.asOf() + "|"
                    + question.topK() + "|" + question.speaker().orElse("") + "|" + generation;
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "Attache[" + config.dataDir() + "]";
    }
}

package dev.attache.core;

import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Question;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.ArticlePage;
import dev.attache.core.ops.ArticleSummary;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.ImportReport;
import dev.attache.core.ops.LibraryStats;
import dev.attache.core.ops.Limits;
import dev.attache.core.ops.QuoteRecord;
import dev.attache.core.ops.RemoveOutcome;
import dev.attache.core.ops.Vote;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point of Attaché's core: ask a question, add or remove articles, list the library,
 * look up who said what. Every adapter (console, Telegram, Discord) and the command line call only
 * this. It is thread-safe; operator actions are authorized here, whatever the platform.
 */
public final class Attache implements AutoCloseable {

    private Attache() {
    }

    /** Opens (or creates) the library in {@code config.dataDir()}. */
    public static Attache open(AttacheConfig config) throws IOException {
        throw new UnsupportedOperationException("being implemented");
    }

    /**
     * Answers a question from the library. Throws {@link IllegalArgumentException} with a message
     * fit for the user when the question is empty or longer than {@link Limits#maxQuestionChars()}.
     */
    public Answer ask(Question question) {
        throw new UnsupportedOperationException("being implemented");
    }

    /** Adds one article, if the caller is an operator; committed durably before it returns. */
    public AddOutcome add(Caller caller, AddRequest request) {
        throw new UnsupportedOperationException("being implemented");
    }

    /** Imports files and directories in bulk (text, Markdown, HTML, JSON Lines, .gz), operator only. */
    public ImportReport importPaths(Caller caller, List<Path> paths, ImportProgress progress) {
        throw new UnsupportedOperationException("being implemented");
    }

    /** Removes an article, if the caller is an operator; invisible to searches at once. */
    public RemoveOutcome remove(Caller caller, String articleId) {
        throw new UnsupportedOperationException("being implemented");
    }

    /** A page of the library (pages count from 1), most recently added first. */
    public ArticlePage list(int page, int pageSize) {
        throw new UnsupportedOperationException("being implemented");
    }

    public Optional<ArticleSummary> article(String id) {
        throw new UnsupportedOperationException("being implemented");
    }

    public LibraryStats stats() {
        throw new UnsupportedOperationException("being implemented");
    }

    /** What people matching {@code name} are quoted as saying, newest first. */
    public List<QuoteRecord> who(String name, int limit) {
        throw new UnsupportedOperationException("being implemented");
    }

    /** Speaker names starting with (any word of) {@code prefix}, for autocomplete. */
    public List<String> speakers(String prefix, int limit) {
        throw new UnsupportedOperationException("being implemented");
    }

    public boolean isOperator(Caller caller) {
        throw new UnsupportedOperationException("being implemented");
    }

    /** Records a thumbs up or down in the data directory (the user id is stored only as a hash). */
    public void vote(Vote vote) {
        throw new UnsupportedOperationException("being implemented");
    }

    public Limits limits() {
        throw new UnsupportedOperationException("being implemented");
    }

    @Override
    public void close() throws IOException {
    }
}

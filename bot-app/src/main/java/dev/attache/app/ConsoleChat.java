package dev.attache.app;

import dev.attache.core.Attache;
import dev.attache.core.answer.Question;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The console chat: the text backend that talks exactly like the bots. A line is a question,
 * unless it is one of the bots' commands ({@code /add}, {@code /remove}, {@code /list},
 * {@code /stats}, {@code /who}, {@code /help}). The person at the console is an operator.
 */
public final class ConsoleChat {

    static final String HELP = """
            Ask a question in plain words, e.g. "What did analysts say about Arctic shipping?"; asked for
            someone's words ("What did Ellison say about the defence pact?"), their own come first.
            Every point names its source; every quote names who said it.
              /who NAME        what a person is quoted as saying, newest first
              /add URL|PATH    add an article (web page, .html, .txt, .md, .jsonl)
              /remove ID       remove an article
              /list [PAGE]     the library's articles, newest first
              /stats           counts for the library
              /help            this help
              /quit            leave""";

    static final int PAGE_SIZE = 10;

    private final Attache attache;
    private final Caller caller = Caller.local(Platform.CONSOLE);

    public ConsoleChat(Attache attache) {
        this.attache = attache;
    }

    /** Reads lines until end of input or {@code /quit}, answering each. */
    public void run(BufferedReader in, PrintStream out) throws IOException {
        out.println("Attaché — ask about the " + attache.stats().articles() + " articles in the library. /help for commands.");
        out.print("> ");
        out.flush();
        String line;
        while ((line = in.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.equals("/quit") || trimmed.equals("/exit")) {
                break;
            }
            if (!trimmed.isEmpty()) {
                out.println(handle(trimmed));
            }
            out.print("> ");
            out.flush();
        }
        out.println();
    }

    /** The reply to one line of input. Never throws for anything a user can type. */
    public String handle(String line) {
        try {
            if (!line.startsWith("/")) {
                return TerminalRenderer.render(attache.ask(Question.of(line)));
            }
            String[] parts = line.split("\\s+", 2);
            String argument = parts.length > 1 ? parts[1].strip() : "";
            return switch (parts[0].toLowerCase(Locale.ROOT)) {
                case "/help", "/start" -> HELP;
                case "/ask" -> argument.isEmpty() ? "Usage: /ask QUESTION" : TerminalRenderer.render(attache.ask(Question.of(argument)));
                case "/who" -> argument.isEmpty() ? "Usage: /who NAME" : TerminalRenderer.renderQuotes(argument, attache.who(argument, 10));
                case "/add" -> argument.isEmpty() ? "Usage: /add URL|PATH" : OutcomeText.of(attache.add(caller, addRequest(argument, attache.limits().maxFileBytes())));
                case "/remove" -> argument.isEmpty() ? "Usage: /remove ID" : OutcomeText.of(attache.remove(caller, argument));
                case "/list" -> OutcomeText.of(attache.list(page(argument), PAGE_SIZE));
                case "/stats" -> OutcomeText.of(attache.stats());
                default -> "Unknown command " + parts[0] + ". /help lists the commands.";
            };
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return "Something went wrong: " + e.getMessage();
        }
    }

    /** How an argument written as a local path begins: from the root, the current or the home folder. */
    private static final Pattern PATH_LIKE = Pattern.compile("/|\\./|\\.\\./|~/");

    /**
     * A local file becomes a file request; anything else is fetched as a URL. An argument written as
     * a path that names a folder or nothing gets an error saying so, not the fetcher's "only http
     * and https links".
     */
    public static AddRequest addRequest(String argument, long maxFileBytes) {
        if (argument.contains("://")) {
            return new AddRequest.FromUrl(argument);
        }
        Path path = Path.of(argument.startsWith("~/") ? System.getProperty("user.home") + argument.substring(1) : argument);
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException(path + " is a folder; `attache import " + path
                    + "` adds the articles in a folder.");
        }
        if (!Files.isRegularFile(path)) {
            if (PATH_LIKE.matcher(argument).lookingAt()) {
                throw new IllegalArgumentException("No such file: " + path);
            }
            return new AddRequest.FromUrl(argument);
        }
        try {
            if (Files.size(path) > maxFileBytes) {
                throw new IllegalArgumentException(path + " is larger than the limit of " + maxFileBytes
                        + " bytes; use `attache import` for bulk files.");
            }
            return new AddRequest.FromFile(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static int page(String argument) {
        if (argument.isEmpty()) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(argument));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Usage: /list [PAGE], e.g. /list 2");
        }
    }
}

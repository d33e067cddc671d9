package dev.attache.app.eval;

import dev.attache.core.attribution.ArticleContext;
import dev.attache.core.attribution.Attribution;
import dev.attache.core.attribution.AttributionExtractor;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.attribution.eval.AttributionJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code attache attributions [--json] FILE...}: finds who said what in plain-text articles and
 * prints it, as one JSON object per file and line with {@code --json}, else readably.
 */
@Command(name = "attributions",
        description = {"Find who said what in plain-text article files (UTF-8).",
                "With --json, prints one JSON object per file and line: {file, attributions: [{content: [start, end], "
                        + "source: [start, end] | null, cue: [start, end] | null, speaker: string | null, "
                        + "direct: true|false}]}; offsets are Java String (UTF-16) indices into the file's text, "
                        + "end exclusive."},
        mixinStandardHelpOptions = true)
public final class AttributionsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object per file and line instead of readable text.")
    boolean json;

    @Option(names = "--author", description = "The article's author or, for a speech, its speaker (default: unknown).")
    String author = "";

    @Option(names = "--author-role", description = "The author's role or post; given, the text is read as a speech "
            + "whose first-person statements and unattributed quotes are the author's.")
    String authorRole = "";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plain-text article files, read as UTF-8.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AttributionExtractor extractor = new AttributionExtractor();
        ArticleContext context = new ArticleContext(author, authorRole, "");
        int failures = 0;
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                err.println("cannot read " + file + ": " + e.getMessage());
                failures++;
                continue;
            }
            List<Attribution> found = extractor.extract(text, context);
            if (json) {
                out.println(AttributionJsonWriter.toJsonLine(file.toString(), found));
            } else {
                out.println(file + ": " + found.size() + " attributions");
                for (Attribution a : found) {
                    out.println("  " + (a.direct() ? "quote  " : "reports") + "  "
                            + a.speaker().map(Speaker::describe).orElse("(unknown)")
                            + a.cue().map(c -> " [" + c.of(text) + "]").orElse(""));
                    out.println("           " + a.content().of(text).replace('\n', ' '));
                }
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}

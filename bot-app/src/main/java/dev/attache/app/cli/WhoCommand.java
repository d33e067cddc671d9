package dev.attache.app.cli;

import dev.attache.app.LibraryOptions;
import dev.attache.app.TerminalRenderer;
import dev.attache.core.Attache;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "who", mixinStandardHelpOptions = true, description = "What a person is quoted as saying, newest first, with sources.")
public final class WhoCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many quotes (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "A name or surname.")
    List<String> name;

    @Override
    public Integer call() throws Exception {
        String who = String.join(" ", name);
        try (Attache attache = library.open()) {
            System.out.println(TerminalRenderer.renderQuotes(who, attache.who(who, limit)));
        }
        return 0;
    }
}

package dev.attache.app.cli;

import dev.attache.app.ConsoleChat;
import dev.attache.app.LibraryOptions;
import dev.attache.app.OutcomeText;
import dev.attache.core.Attache;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add one article from a URL (fetched over HTTP/HTTPS) or a file (.html, .txt, .md).")
public final class AddCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Parameters(paramLabel = "URL|PATH", description = "A web page address or a local file.")
    String source;

    @Override
    public Integer call() throws Exception {
        try (Attache attache = library.open()) {
            AddOutcome outcome = attache.add(Caller.local(Platform.CLI),
                    ConsoleChat.addRequest(source, attache.limits().maxFileBytes()));
            System.out.println(OutcomeText.of(outcome));
            return outcome instanceof AddOutcome.Added || outcome instanceof AddOutcome.Duplicate ? 0 : 1;
        }
    }
}

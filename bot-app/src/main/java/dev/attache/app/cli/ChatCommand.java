package dev.attache.app.cli;

import dev.attache.app.ConsoleChat;
import dev.attache.app.DemoLibrary;
import dev.attache.app.LibraryOptions;
import dev.attache.core.Attache;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"Talk to the bot in the terminal: type a question, get the answer the bots give.",
                "The bots' commands work here too (/add, /remove, /list, /stats, /who, /help).",
                "An empty library first gets the bundled demo library."})
public final class ChatCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Option(names = "--no-demo", description = "Do not load the demo library into an empty library.")
    boolean noDemo;

    @Override
    public Integer call() throws Exception {
        try (Attache attache = library.openForService()) {
            if (!noDemo && attache.stats().articles() == 0) {
                int added = DemoLibrary.loadInto(attache);
                System.out.println("Loaded the demo library: " + added + " fictional articles written for Attaché.");
            }
            new ConsoleChat(attache).run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                    System.out);
        }
        return 0;
    }
}

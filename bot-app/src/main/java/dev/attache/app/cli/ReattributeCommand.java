package dev.attache.app.cli;

import dev.attache.app.LibraryOptions;
import dev.attache.app.ProgressBar;
import dev.attache.core.Attache;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Platform;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "reattribute", mixinStandardHelpOptions = true,
        description = {"Find who said what in every stored article again, with this version's attribution engine.",
                "Speakers and quotes are stored when an article is added, so a library keeps what an older version "
                        + "found until this is run; each article that changed is rewritten at once, with its passages "
                        + "and vectors kept. An article stored before passage ids were kept as doc values is rewritten "
                        + "too (hybrid search reads them), and every article when the library's words were indexed by "
                        + "an earlier version of the analysis chain. Run it with the bots stopped; it takes a few "
                        + "milliseconds per article."})
public final class ReattributeCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Override
    public Integer call() throws Exception {
        try (Attache attache = library.open(); ProgressBar bar = new ProgressBar(System.err)) {
            Attache.Reattribution done = attache.reattribute(Caller.local(Platform.CLI),
                    (articles, total) -> bar.update(articles, total, articles));
            bar.close();
            System.out.printf(Locale.ROOT, "Re-attributed: %d of %d articles rewritten (%.1f s).%n", done.rewritten(),
                    done.articles(), done.took().toMillis() / 1000.0);
            return 0;
        }
    }
}

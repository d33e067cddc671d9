package dev.attache.app.cli;

import dev.attache.app.LibraryOptions;
import dev.attache.app.ProgressBar;
import dev.attache.core.Attache;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportReport;
import dev.attache.core.ops.Platform;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import articles in bulk from files and directories: .txt, .md, .html, .jsonl, .jsonl.gz.",
                "Shows progress on stderr and prints added / duplicate / rejected (with reasons) and the rate."})
public final class ImportCommand implements Callable<Integer> {

    static final int MAX_REJECTIONS_SHOWN = 20;

    @Mixin
    LibraryOptions library;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to import.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        try (Attache attache = library.open(); ProgressBar bar = new ProgressBar(System.err)) {
            ImportReport report = attache.importPaths(Caller.local(Platform.CLI), paths, bar);
            bar.close();
            System.out.printf(Locale.ROOT, "Added %,d, duplicates %,d, rejected %,d; %,d passages in %.1f s "
                            + "(%.0f articles/s, %.0f passages/s, %.2f M chars of text/s)%n",
                    report.added(), report.duplicates(), report.rejected().size(), report.passages(),
                    report.elapsedMs() / 1000.0, report.articlesPerSecond(), report.passagesPerSecond(),
                    report.megacharsPerSecond());
            report.rejected().stream().limit(MAX_REJECTIONS_SHOWN)
                    .forEach(r -> System.out.println("  rejected " + r.source() + ": " + r.reason()));
            if (report.rejected().size() > MAX_REJECTIONS_SHOWN) {
                System.out.println("  … and " + (report.rejected().size() - MAX_REJECTIONS_SHOWN) + " more rejected");
            }
        }
        return 0;
    }
}

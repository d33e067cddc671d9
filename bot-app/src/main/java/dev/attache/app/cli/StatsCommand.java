package dev.attache.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.app.LibraryOptions;
import dev.attache.app.OutcomeText;
import dev.attache.core.Attache;
import dev.attache.core.ops.LibraryStats;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true, description = {
        "Counts for the library: articles, passages, quotes, speakers, index size, feedback,",
        "and how many passages have dense vectors yet (embedding runs in the background of chat, import and serve)."})
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Option(names = "--json", description = "Write {articles, passages, embedded_passages, quotes, speakers, index_bytes, index_segments, up_votes, down_votes}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Attache attache = library.open()) {
            LibraryStats s = attache.stats();
            System.out.println(json
                    ? new ObjectMapper().createObjectNode().put("articles", s.articles()).put("passages", s.passages())
                            .put("embedded_passages", s.embeddedPassages())
                            .put("quotes", s.quotes()).put("speakers", s.speakers()).put("index_bytes", s.indexBytes())
                            .put("index_segments", s.indexSegments())
                            .put("up_votes", s.upVotes()).put("down_votes", s.downVotes()).toString()
                    : OutcomeText.of(s));
        }
        return 0;
    }
}

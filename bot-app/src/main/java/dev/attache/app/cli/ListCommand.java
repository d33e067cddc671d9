package dev.attache.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attache.app.LibraryOptions;
import dev.attache.app.OutcomeText;
import dev.attache.core.Attache;
import dev.attache.core.ops.ArticlePage;
import dev.attache.core.ops.ArticleSummary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the library's articles, most recently added first.")
public final class ListCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Option(names = "--json", description = "Write {total, page, articles: [{id, title, outlet, author, published, url, passages, quotes}]}.")
    boolean json;

    @Option(names = "--page", defaultValue = "1", description = "Page number, from 1 (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--page-size", defaultValue = "50", description = "Articles per page (default: ${DEFAULT-VALUE}).")
    int pageSize;

    @Override
    public Integer call() throws Exception {
        try (Attache attache = library.open()) {
            ArticlePage result = attache.list(page, pageSize);
            System.out.println(json ? toJson(result) : OutcomeText.of(result));
        }
        return 0;
    }

    private static String toJson(ArticlePage page) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("total", page.total());
        root.put("page", page.page());
        root.put("pages", page.pages());
        ArrayNode articles = root.putArray("articles");
        for (ArticleSummary a : page.articles()) {
            articles.addObject().put("id", a.id()).put("title", a.title()).put("outlet", a.outlet())
                    .put("author", a.author()).put("published", a.published().toString()).put("url", a.url())
                    .put("passages", a.passages()).put("quotes", a.quotes());
        }
        return root.toString();
    }
}

package dev.attache.core.ops;

import java.util.List;

/** One page of the library listing, newest additions first; pages count from 1. */
public record ArticlePage(int page, int pageSize, long total, List<ArticleSummary> articles) {

    public ArticlePage {
        articles = List.copyOf(articles);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}

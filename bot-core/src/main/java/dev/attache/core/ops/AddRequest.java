package dev.attache.core.ops;

/** What an operator asks to add: a URL to fetch, a file's bytes, or the article text itself. */
public sealed interface AddRequest {

    /** A page to fetch over HTTP or HTTPS. */
    record FromUrl(String url) implements AddRequest {}

    /** A file's content; its name decides the format (.html, .txt, .md, .jsonl, .jsonl.gz). */
    record FromFile(String fileName, byte[] bytes) implements AddRequest {}

    /** Article text pasted into a chat; the first line may be its title. */
    record FromText(String text) implements AddRequest {}
}

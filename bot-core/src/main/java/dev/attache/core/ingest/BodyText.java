package dev.attache.core.ingest;

/**
 * The cleaning every parser applies to body text: invisible junk removed, photo galleries made
 * captions, chrome lines dropped, lines reflowed into paragraphs. Also the one place that turns
 * "nothing left" into a clear error.
 */
final class BodyText {

    private BodyText() {
    }

    static String clean(String raw) {
        return Reflow.reflow(Boilerplate.strip(PhotoGallery.unfold(Reflow.sanitize(raw))));
    }

    /** The cleaned text, or an {@link IngestException} saying what the source held instead of text. */
    static String require(String cleaned, String raw, String source) {
        if (!cleaned.isEmpty()) {
            return cleaned;
        }
        if (raw.isBlank()) {
            throw new IngestException(source + " has no text. Send the article's text, or a file that contains it.");
        }
        throw new IngestException(source + " holds only page chrome (share counters, ads, newsletter prompts), "
                + "no article text. Send the article itself, for example its page URL or its text.");
    }
}

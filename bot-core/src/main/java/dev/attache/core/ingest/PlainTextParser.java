package dev.attache.core.ingest;

import dev.attache.core.article.ParsedDocument;
import dev.attache.core.article.PublishedDate;

/**
 * Reads plain text (a pasted article, a .txt file) into a document. The first line is taken as
 * the title when it reads like a headline: short, not ending in a period, followed by a blank
 * line; a "By Jane Doe" line just below it becomes the author. The body is cleaned of page chrome
 * and reflowed into paragraphs.
 */
public final class PlainTextParser {

    private static final int MAX_TITLE_CHARS = 200;
    private static final int MAX_TITLE_WORDS = 25;
    /** How many non-blank lines below the title are searched for a byline. */
    private static final int BYLINE_LINES = 3;

    private PlainTextParser() {
    }

    /** Parses {@code text}; throws {@link IngestException} when it holds no article text. */
    public static ParsedDocument parse(String text) {
        String[] lines = Reflow.sanitize(text).split("\n", -1);
        int first = nextNonBlank(lines, 0);
        String title = "";
        int bodyStart = 0;
        if (first >= 0 && looksLikeHeadline(lines, first)) {
            title = lines[first].strip().replaceAll(" {2,}", " ");
            bodyStart = first + 1;
        }
        String author = "";
        int seen = 0;
        for (int i = nextNonBlank(lines, bodyStart); i >= 0 && seen < BYLINE_LINES; i = nextNonBlank(lines, i + 1)) {
            var byline = Byline.author(lines[i]);
            if (byline.isPresent()) {
                author = byline.get();
                lines[i] = "";
                break;
            }
            seen++;
        }
        String raw = String.join("\n", java.util.Arrays.asList(lines).subList(bodyStart, lines.length));
        String body = BodyText.require(BodyText.clean(raw), text, "The text");
        return new ParsedDocument("", title, "", author, "", PublishedDate.unknown(), "", "en", body);
    }

    private static boolean looksLikeHeadline(String[] lines, int index) {
        String line = lines[index].strip();
        boolean blankAfter = index + 1 < lines.length && lines[index + 1].isBlank();
        if (!blankAfter || nextNonBlank(lines, index + 1) < 0 || line.length() > MAX_TITLE_CHARS
                || line.split("\\s+").length > MAX_TITLE_WORDS || Boilerplate.isChrome(line)
                || Byline.author(line).isPresent()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != ',' && last != ';' && last != ':' && line.codePoints().anyMatch(Character::isLetter);
    }

    private static int nextNonBlank(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }
}

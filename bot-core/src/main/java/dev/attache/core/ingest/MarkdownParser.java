package dev.attache.core.ingest;

import dev.attache.core.article.ParsedDocument;
import dev.attache.core.article.PublishedDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a Markdown article into a document: optional front matter between {@code ---} lines
 * (title, outlet/source/publisher, author, role/author_role, date/published, url, id), the first
 * level-one heading as title when the front matter gives none, and the body reduced to plain
 * paragraphs (markup, links' targets, images, code blocks and HTML tags removed), cleaned of
 * page chrome and reflowed.
 */
public final class MarkdownParser {

    private static final int MAX_FRONT_MATTER_LINES = 100;
    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+");
    private static final Pattern QUOTE = Pattern.compile("^\\s*(?:>\\s?)+");
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+]:\\s+\\S+.*$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)](?:\\([^)\\n]*\\)|\\[[^\\]\\n]*])");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>\\n]*>");
    private static final Pattern CODE = Pattern.compile("`+([^`\\n]*)`+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)([^\\n]*?\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\p{N}*_])([*_])(?=\\S)([^\\n*_]*?\\S)\\1(?![\\p{L}\\p{N}*_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)([^\\n]*?\\S)~~");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");

    private MarkdownParser() {
    }

    /** Parses {@code markdown}; throws {@link IngestException} when it holds no article text. */
    public static ParsedDocument parse(String markdown) {
        String[] lines = Reflow.sanitize(markdown).split("\n", -1);
        Map<String, String> meta = new HashMap<>();
        int bodyStart = frontMatter(lines, meta);
        String title = first(meta, "title", "headline");
        StringBuilder body = new StringBuilder();
        boolean inFence = false;
        for (int i = bodyStart; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                body.append('\n');
                continue;
            }
            if (inFence || REFERENCE.matcher(line).matches() || TABLE_RULE.matcher(line).matches()
                    && line.contains("-")) {
                body.append('\n');
                continue;
            }
            var heading = HEADING.matcher(line);
            boolean setextTitle = i + 1 < lines.length && !line.isBlank()
                    && SETEXT.matcher(lines[i + 1]).matches() && lines[i + 1].strip().startsWith("=");
            if (heading.matches() || setextTitle) {
                String text = inline(heading.matches() ? heading.group(2) : line.strip());
                boolean levelOne = setextTitle || heading.group(1).length() == 1;
                if (title.isEmpty() && levelOne) {
                    title = text;
                } else {
                    body.append("\n\n").append(text).append("\n\n");
                }
                if (setextTitle) {
                    i++;
                }
                continue;
            }
            if (RULE.matcher(line).matches() || SETEXT.matcher(line).matches()) {
                body.append("\n\n");
                continue;
            }
            String text = QUOTE.matcher(line).replaceFirst("");
            var bullet = BULLET.matcher(text);
            if (bullet.find()) {
                body.append("\n\n");
                text = text.substring(bullet.end());
            } else if (NUMBERED.matcher(text).find()) {
                body.append("\n\n");
                text = text.strip();
            }
            if (text.strip().startsWith("|")) {
                text = text.replace('|', ' ');
            }
            body.append(inline(text)).append('\n');
        }
        String raw = body.toString();
        String text = BodyText.require(BodyText.clean(raw), raw, "The Markdown document");
        return new ParsedDocument(first(meta, "id"), title, first(meta, "outlet", "source", "publisher", "site"),
                first(meta, "author", "by"), first(meta, "author_role", "role"),
                PublishedDate.parse(first(meta, "published", "date", "publish_date")),
                first(meta, "url", "canonical", "link"), first(meta, "language", "lang"), text);
    }

    /** Reads front matter into {@code meta}; returns the index of the first body line. */
    private static int frontMatter(String[] lines, Map<String, String> meta) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.length && i <= MAX_FRONT_MATTER_LINES; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.equals("...")) {
                return i + 1;
            }
            var m = FRONT_MATTER_LINE.matcher(line);
            if (m.matches()) {
                meta.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), unquote(m.group(2).strip()));
            } else if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("- ")) {
                meta.clear();
                return 0;                      // not front matter after all: a rule above a paragraph
            }
        }
        meta.clear();
        return 0;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String first(Map<String, String> meta, String... keys) {
        for (String key : keys) {
            String value = meta.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    /** Inline Markdown reduced to its text. */
    static String inline(String text) {
        String t = IMAGE.matcher(text).replaceAll("");
        t = LINK.matcher(t).replaceAll("$1");
        t = AUTOLINK.matcher(t).replaceAll("$1");
        t = TAG.matcher(t).replaceAll("");
        t = CODE.matcher(t).replaceAll("$1");
        t = STRONG.matcher(t).replaceAll("$2");
        t = STRIKE.matcher(t).replaceAll("$1");
        t = EMPHASIS.matcher(t).replaceAll("$2");
        return ESCAPE.matcher(t).replaceAll("$1");
    }
}

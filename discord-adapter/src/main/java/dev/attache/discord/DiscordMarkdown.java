package dev.attache.discord;

import java.util.Locale;

/**
 * Makes text from articles safe to show in Discord markdown: characters that would format,
 * link, mention or quote are escaped, and truncation never leaves a dangling escape.
 */
public final class DiscordMarkdown {

    /** Characters that format anywhere in a line. */
    private static final String SPECIAL = "\\*_~`|>[]<";
    /** Characters that format only at the start of a line (headings, lists). */
    private static final String LINE_START = "#-+";
    private static final char ELLIPSIS = '…';

    private DiscordMarkdown() {
    }

    /** {@code text} with every markdown-active character backslash-escaped and mentions defused. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            boolean lineStart = sb.isEmpty() || sb.charAt(sb.length() - 1) == '\n';
            if (SPECIAL.indexOf(c) >= 0 || (lineStart && LINE_START.indexOf(c) >= 0)) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * {@code text} cut to at most {@code max} characters, ending in an ellipsis when cut; an
     * escape backslash or a surrogate pair is never split.
     */
    public static String truncate(String text, int max) {
        if (max < 1) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        // Count the backslashes before the cut: an odd run means the last one escapes the next char.
        int run = 0;
        for (int i = end - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            run++;
        }
        if (run % 2 == 1) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /** Escaped, then truncated to {@code max}. */
    public static String escapeTruncate(String text, int max) {
        return truncate(escape(text.strip()), max);
    }

    /**
     * A URL made safe inside a markdown link target, or empty when it is not http(s): parentheses,
     * spaces and angle brackets are percent-encoded.
     */
    public static String linkTarget(String url) {
        String u = url == null ? "" : url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || u.length() > 1_000) {
            return "";
        }
        StringBuilder sb = new StringBuilder(u.length());
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            switch (c) {
                case '(' -> sb.append("%28");
                case ')' -> sb.append("%29");
                case ' ' -> sb.append("%20");
                case '<' -> sb.append("%3C");
                case '>' -> sb.append("%3E");
                case '\n', '\r', '\t' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}

package dev.attache.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's HTML parse mode, the small part of it Attaché uses: escaping text and attribute
 * values, turning markup back into plain text, and cutting an over-long piece of markup into
 * pieces that are each well-formed on their own. Telegram accepts only a few tags
 * ({@link #ALLOWED_TAGS}) and the entities {@code &lt; &gt; &amp; &quot;} and numeric ones.
 */
public final class TelegramHtml {

    /** The tags Telegram's HTML parse mode accepts and Attaché may emit. */
    public static final Set<String> ALLOWED_TAGS = Set.of("b", "i", "u", "s", "a", "code", "pre", "blockquote");

    private static final Pattern TOKEN = Pattern.compile("<[^<>]*>|&(?:#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Pattern TAG_TOKEN = Pattern.compile("<[^<>]*>");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z-]+)[^>]*>");

    private TelegramHtml() {
    }

    /** Escapes text for use between tags: {@code & < >}. */
    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Escapes text for use inside a double-quoted attribute value: {@code & < > "}. */
    public static String escapeAttribute(String text) {
        return escape(text).replace("\"", "&quot;");
    }

    /** Links with longer URLs are shown as their label alone, so that any link fits in a message part. */
    public static final int MAX_LINK_URL_CHARS = 512;

    /** A link, or the escaped label alone when {@code url} is not a (reasonably short) http(s) URL. */
    public static String link(String url, String label) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://")) || url.contains(" ")
                || url.length() > MAX_LINK_URL_CHARS) {
            return escape(label);
        }
        return "<a href=\"" + escapeAttribute(url) + "\">" + escape(label) + "</a>";
    }

    /** The text a reader sees: tags dropped, entities decoded. Used when Telegram rejects markup. */
    public static String toPlainText(String html) {
        String noTags = html.replaceAll("<[^<>]*>", "");
        Matcher m = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);").matcher(noTags);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String rep = switch (e) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                default -> {
                    int cp = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                    yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
                }
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Cuts well-formed markup into pieces of at most {@code limit} UTF-16 units, each well-formed
     * on its own: it breaks between words where it can (never inside a tag or an entity, never
     * between the two halves of a surrogate pair), closes the tags open at a break and reopens
     * them, attributes included, at the start of the next piece. A word longer than a piece is cut
     * between characters.
     */
    public static List<String> splitMarkup(String html, int limit) {
        if (html.length() <= limit) {
            return List.of(html);
        }
        List<String> pieces = new ArrayList<>();
        Deque<String[]> open = new ArrayDeque<>(); // tags written to `cur` and still open: {name, tag}
        List<String[]> pending = new ArrayList<>(); // opening tags waiting for their first text
        StringBuilder cur = new StringBuilder();
        boolean hasContent = false;
        for (String tok : tokenize(html)) {
            Matcher tag = TAG.matcher(tok);
            if (tok.startsWith("<") && tag.matches()) {
                String name = tag.group(2).toLowerCase();
                if (tag.group(1).isEmpty()) {
                    pending.add(new String[] {name, tok});
                } else if (!pending.isEmpty() && pending.get(pending.size() - 1)[0].equals(name)) {
                    pending.remove(pending.size() - 1); // an element with no text: drop it
                } else {
                    cur.append(tok); // always fits: reserved in closingLength(open)
                    if (!open.isEmpty() && open.peek()[0].equals(name)) {
                        open.pop();
                    }
                }
                continue;
            }
            int pendingLength = 0;
            for (String[] p : pending) {
                pendingLength += p[1].length() + p[0].length() + 3;
            }
            if (hasContent && cur.length() + pendingLength + tok.length() + closingLength(open) > limit) {
                pieces.add(flush(cur, open));
                cur.append(reopen(open));
                hasContent = false;
                if (tok.isBlank()) {
                    continue; // the break replaces the space
                }
            }
            for (String[] p : pending) {
                cur.append(p[1]);
                open.push(p);
            }
            pending.clear();
            if (cur.length() + tok.length() + closingLength(open) <= limit) {
                cur.append(tok);
                hasContent |= !tok.isBlank();
                continue;
            }
            // a word longer than a whole piece: cut it between entities and code points
            int i = 0;
            while (i < tok.length()) {
                int unit = unitLength(tok, i);
                if (cur.length() + unit + closingLength(open) > limit) {
                    if (!hasContent) {
                        throw new IllegalArgumentException("limit " + limit + " too small for the open tags");
                    }
                    pieces.add(flush(cur, open));
                    cur.append(reopen(open));
                    hasContent = false;
                    continue;
                }
                cur.append(tok, i, i + unit);
                hasContent = true;
                i += unit;
            }
        }
        if (hasContent || pieces.isEmpty()) {
            pieces.add(flush(cur, open));
        }
        return pieces;
    }

    /** The length of the entity or code point at {@code i}. */
    private static int unitLength(String s, int i) {
        if (s.charAt(i) == '&') {
            Matcher m = TOKEN.matcher(s).region(i, s.length());
            if (m.lookingAt()) {
                return m.end() - i;
            }
        }
        return Character.charCount(s.codePointAt(i));
    }

    private static String flush(StringBuilder cur, Deque<String[]> open) {
        StringBuilder out = new StringBuilder(cur);
        for (String[] o : open) {
            out.append("</").append(o[0]).append('>');
        }
        cur.setLength(0);
        return out.toString().strip();
    }

    private static String reopen(Deque<String[]> open) {
        StringBuilder sb = new StringBuilder();
        var it = open.descendingIterator();
        while (it.hasNext()) {
            sb.append(it.next()[1]);
        }
        return sb.toString();
    }

    private static int closingLength(Deque<String[]> open) {
        int n = 0;
        for (String[] o : open) {
            n += o[0].length() + 3;
        }
        return n;
    }

    /** Tags, runs of whitespace and words (entities stay inside their words), in order. */
    private static List<String> tokenize(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = TAG_TOKEN.matcher(html);
        int last = 0;
        while (m.find()) {
            words(html.substring(last, m.start()), out);
            out.add(m.group());
            last = m.end();
        }
        words(html.substring(last), out);
        return out;
    }

    private static void words(String text, List<String> out) {
        int i = 0;
        while (i < text.length()) {
            boolean space = Character.isWhitespace(text.charAt(i));
            int j = i;
            while (j < text.length() && Character.isWhitespace(text.charAt(j)) == space) {
                j++;
            }
            out.add(text.substring(i, j));
            i = j;
        }
    }
}

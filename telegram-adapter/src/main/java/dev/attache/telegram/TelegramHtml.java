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

    /** A link, or the escaped label alone when {@code url} is not an http(s) URL. */
    public static String link(String url, String label) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://")) || url.contains(" ")) {
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
     * them, attributes included, at the start of the next piece.
     */
    public static List<String> splitMarkup(String html, int limit) {
        if (html.length() <= limit) {
            return List.of(html);
        }
        List<String> tokens = tokenize(html);
        List<String> pieces = new ArrayList<>();
        Deque<String[]> open = new ArrayDeque<>(); // {name, opening tag}, innermost first
        StringBuilder cur = new StringBuilder();
        boolean hasContent = false;
        for (int ti = 0; ti < tokens.size(); ti++) {
            String tok = tokens.get(ti);
            int closing = closingLength(open);
            Matcher tag = TAG.matcher(tok);
            boolean isTag = tok.startsWith("<") && tag.matches();
            int closeAfter = closing;
            if (isTag) {
                String name = tag.group(2).toLowerCase();
                closeAfter = tag.group(1).isEmpty() ? closing + name.length() + 3 : closing - name.length() - 3;
            }
            if (cur.length() + tok.length() + Math.max(closing, closeAfter) > limit && hasContent) {
                pieces.add(flush(cur, open));
                cur.append(reopen(open));
                hasContent = false;
                if (tok.isBlank() && !isTag) {
                    continue; // a break swallows the space it replaces
                }
            }
            if (!isTag && cur.length() + tok.length() + closing > limit) {
                // one word longer than a whole message: cut it between code points
                int room = limit - cur.length() - closing;
                int i = 0;
                while (i < tok.length()) {
                    int take = Math.min(room, tok.length() - i);
                    if (take <= 0) {
                        throw new IllegalArgumentException("limit " + limit + " too small for the open tags");
                    }
                    int end = i + take;
                    if (end < tok.length() && Character.isHighSurrogate(tok.charAt(end - 1))) {
                        end--;
                    }
                    cur.append(tok, i, end);
                    i = end;
                    if (i < tok.length()) {
                        pieces.add(flush(cur, open));
                        cur.append(reopen(open));
                        room = limit - cur.length() - closing;
                    }
                }
                hasContent = true;
                continue;
            }
            cur.append(tok);
            if (isTag) {
                String name = tag.group(2).toLowerCase();
                if (tag.group(1).isEmpty()) {
                    open.push(new String[] {name, tok});
                } else if (!open.isEmpty() && open.peek()[0].equals(name)) {
                    open.pop();
                }
            } else {
                hasContent = true;
            }
        }
        if (hasContent || !pieces.isEmpty() && cur.length() > reopen(open).length()) {
            pieces.add(flush(cur, open));
        }
        return pieces;
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

    /** Tags, entities, runs of whitespace and words, in order; concatenated they give back the input. */
    private static List<String> tokenize(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(html);
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

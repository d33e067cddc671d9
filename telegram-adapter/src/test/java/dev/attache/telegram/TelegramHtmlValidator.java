package dev.attache.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reading of Telegram's HTML parse mode, for tests: only the tags Telegram supports
 * (with only their attributes), properly nested and closed; every {@code <} starts a tag and every
 * {@code &} an entity Telegram knows ({@code &lt; &gt; &amp; &quot;} and numeric ones); no lone
 * surrogates; and at most 4,096 characters of text once parsed.
 */
final class TelegramHtmlValidator {

    static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code",
            "pre", "blockquote", "tg-spoiler", "span", "tg-emoji");
    private static final Pattern OPEN = Pattern.compile("<([a-z-]+)((?:\\s+[a-z-]+(?:=\"[^\"<>]*\")?)*)\\s*>");
    private static final Pattern CLOSE = Pattern.compile("</([a-z-]+)\\s*>");
    private static final Pattern ATTR = Pattern.compile("([a-z-]+)(?:=\"([^\"<>]*)\")?");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

    private TelegramHtmlValidator() {
    }

    static boolean isValid(String html) {
        return problems(html).isEmpty();
    }

    static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    problems.add("unclosed '<' at " + i);
                    break;
                }
                String tag = html.substring(i, end + 1);
                Matcher close = CLOSE.matcher(tag);
                Matcher op = OPEN.matcher(tag);
                if (close.matches()) {
                    String name = close.group(1);
                    if (open.isEmpty() || !open.peek().equals(name)) {
                        problems.add("can't find end tag corresponding to start tag / unexpected </" + name + "> at " + i);
                    } else {
                        open.pop();
                    }
                } else if (op.matches()) {
                    String name = op.group(1);
                    if (!TAGS.contains(name)) {
                        problems.add("Unsupported start tag \"" + name + "\" at " + i);
                    }
                    Matcher attrs = ATTR.matcher(op.group(2));
                    while (attrs.find()) {
                        String attr = attrs.group(1);
                        boolean allowed = switch (name) {
                            case "a" -> attr.equals("href");
                            case "blockquote" -> attr.equals("expandable");
                            case "code", "pre" -> attr.equals("class");
                            case "span" -> attr.equals("class");
                            case "tg-emoji" -> attr.equals("emoji-id");
                            default -> false;
                        };
                        if (!allowed) {
                            problems.add("unsupported attribute " + attr + " on <" + name + ">");
                        } else if (attrs.group(2) != null) {
                            problems.addAll(entityProblems(attrs.group(2), i));
                        }
                    }
                    if (name.equals("a") && !op.group(2).contains("href=")) {
                        problems.add("<a> without href at " + i);
                    }
                    open.push(name);
                } else {
                    problems.add("malformed tag " + tag + " at " + i);
                }
                i = end + 1;
            } else if (c == '&') {
                Matcher m = ENTITY.matcher(html).region(i, html.length());
                if (!m.lookingAt()) {
                    problems.add("unescaped '&' at " + i);
                    i++;
                } else {
                    i = m.end();
                }
            } else if (c == '>') {
                problems.add("unescaped '>' at " + i);
                i++;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= html.length() || !Character.isLowSurrogate(html.charAt(i + 1))) {
                    problems.add("lone high surrogate at " + i);
                }
                i += 2;
            } else if (Character.isLowSurrogate(c)) {
                problems.add("lone low surrogate at " + i);
                i++;
            } else {
                i++;
            }
        }
        if (!open.isEmpty()) {
            problems.add("unclosed tags " + open);
        }
        if (problems.isEmpty() && TelegramHtml.toPlainText(html).length() > TelegramRenderer.MAX_MESSAGE_CHARS) {
            problems.add("text longer than " + TelegramRenderer.MAX_MESSAGE_CHARS);
        }
        if (problems.isEmpty() && TelegramHtml.toPlainText(html).isBlank()) {
            problems.add("message text is empty");
        }
        return problems;
    }

    private static List<String> entityProblems(String value, int at) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '&' && !ENTITY.matcher(value).region(i, value.length()).lookingAt()) {
                problems.add("unescaped '&' in attribute at " + at);
            }
        }
        return problems;
    }
}

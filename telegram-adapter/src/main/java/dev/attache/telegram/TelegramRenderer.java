package dev.attache.telegram;

import static dev.attache.telegram.TelegramHtml.escape;
import static dev.attache.telegram.TelegramHtml.link;

import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Point;
import dev.attache.core.answer.Source;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.ArticlePage;
import dev.attache.core.ops.ArticleSummary;
import dev.attache.core.ops.LibraryStats;
import dev.attache.core.ops.QuoteRecord;
import dev.attache.core.ops.RateLimits;
import dev.attache.core.ops.RemoveOutcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders core's platform-neutral results as Telegram HTML messages. Every string that came from
 * an article or a user is escaped; only tags Telegram accepts are emitted; quotes go in
 * {@code <blockquote>} under a line naming the speaker; sources are numbered links. Each method
 * returns whole messages, each at most {@link #MAX_MESSAGE_CHARS} long (counted as raw HTML, which
 * is never shorter than what Telegram counts) and well-formed on its own.
 */
public final class TelegramRenderer {

    /** Telegram's limit on a message's text, in UTF-16 code units after entity parsing. */
    public static final int MAX_MESSAGE_CHARS = 4096;
    /** Telegram's limit on an inline button's callback data, in bytes. */
    public static final int MAX_CALLBACK_DATA_BYTES = 64;
    /** How many points one answer message shows; "More" shows the next ones. */
    public static final int POINTS_PER_PAGE = 6;
    /** Quotes listed in the reply to an operator's /add. */
    public static final int MAX_QUOTES_LISTED_ON_ADD = 10;
    /** Quotes shortened to this many characters in the reply to /add. */
    public static final int MAX_QUOTE_CHARS_ON_ADD = 240;

    static final String PARAGRAPH = "\n\n";
    /** The smallest message limit a renderer accepts (tests use small ones to exercise splitting). */
    static final int MIN_LIMIT = 1000;

    private final int limit;

    public TelegramRenderer() {
        this(MAX_MESSAGE_CHARS);
    }

    /** A renderer with a smaller message limit, for tests of splitting. */
    TelegramRenderer(int limit) {
        if (limit < MIN_LIMIT || limit > MAX_MESSAGE_CHARS) {
            throw new IllegalArgumentException("limit out of range: " + limit);
        }
        this.limit = limit;
    }

    /** The answer's points {@code [from, to)} with the sources they cite; or the no-answer message. */
    public List<String> answer(Answer answer, int from, int to) {
        if (!answer.answered() || answer.points().isEmpty()) {
            return List.of(noAnswer());
        }
        List<Point> points = answer.points().subList(Math.max(0, from), Math.min(to, answer.points().size()));
        List<String> blocks = new ArrayList<>();
        if (from == 0) {
            blocks.add("<b>" + escape(answer.opening()) + "</b>");
        } else {
            blocks.add("<i>More from the library:</i>");
        }
        Set<Integer> cited = new LinkedHashSet<>();
        for (Point p : points) {
            blocks.add(point(p));
            cited.add(p.source());
        }
        List<Source> sources = answer.sources().stream().filter(s -> cited.contains(s.n())).toList();
        blocks.addAll(sourceBlocks(sources, false));
        return pack(blocks);
    }

    /** The first page of an answer. */
    public List<String> answer(Answer answer) {
        return answer(answer, 0, POINTS_PER_PAGE);
    }

    public String noAnswer() {
        return "<b>The library has nothing on this.</b>" + PARAGRAPH
                + "I answer only from the articles in my library, and none of them covers this question. "
                + "Try other words, or ask about another topic.";
    }

    /** The full list of an answer's sources: title, outlet, date, author and link. */
    public List<String> sources(Answer answer) {
        if (answer.sources().isEmpty()) {
            return List.of("The last answer here cited no sources.");
        }
        return pack(sourceBlocks(answer.sources(), true));
    }

    String point(Point p) {
        String cite = " [" + p.source() + "]";
        if (p.kind() == Point.Kind.QUOTE) {
            StringBuilder sb = new StringBuilder();
            p.speaker().ifPresent(s -> sb.append(speakerLine(s, p.cue())).append('\n'));
            sb.append("<blockquote>“").append(escape(p.text().strip())).append("”").append(cite)
                    .append("</blockquote>");
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder("• ");
        if (!p.textNamesSpeaker()) {
            p.speaker().ifPresent(s -> sb.append(speakerLine(s, p.cue())).append(' '));
        }
        return sb.append(escape(p.text().strip())).append(cite).toString();
    }

    /** "<b>Name</b>, role at Organization, told Sputnik:", "<b>Name</b> said:" */
    static String speakerLine(Speaker s, String cue) {
        String introduced = s.introducing(cue);
        StringBuilder sb = new StringBuilder();
        int at = s.name().isEmpty() ? -1 : introduced.indexOf(s.name()); // "According to Name" leads with the cue
        if (at >= 0) {
            sb.append(escape(introduced.substring(0, at))).append("<b>").append(escape(s.name())).append("</b>")
                    .append(escape(introduced.substring(at + s.name().length())));
        } else {
            sb.append(escape(introduced));
        }
        return sb.append(':').toString();
    }

    private List<String> sourceBlocks(List<Source> sources, boolean full) {
        List<String> blocks = new ArrayList<>();
        if (sources.isEmpty()) {
            return blocks;
        }
        StringBuilder sb = new StringBuilder(full ? "<b>Sources of the last answer</b>" : "<b>Sources</b>");
        for (Source s : sources) {
            String line = "\n[" + s.n() + "] " + source(s, full);
            if (sb.length() + line.length() > limit) {
                blocks.add(sb.toString());
                sb.setLength(0);
                line = line.substring(1);
            }
            sb.append(line);
        }
        blocks.add(sb.toString());
        return blocks;
    }

    static String source(Source s, boolean full) {
        String title = s.title().isBlank() ? (s.url().isBlank() ? s.articleId() : s.url()) : s.title();
        StringBuilder sb = new StringBuilder(link(s.url(), title));
        List<String> meta = new ArrayList<>();
        if (!s.outlet().isBlank()) {
            meta.add(s.outlet());
        }
        if (s.published().isKnown()) {
            meta.add(s.published().toString());
        }
        if (full && !s.author().isBlank()) {
            meta.add(s.author());
        }
        if (!meta.isEmpty()) {
            sb.append(" — ").append(escape(String.join(", ", meta)));
        }
        if (full && !s.articleId().isBlank()) {
            sb.append(" <code>").append(escape(s.articleId())).append("</code>");
        }
        return sb.toString();
    }

    /** What an operator's /add did. */
    public List<String> added(AddOutcome outcome) {
        return switch (outcome) {
            case AddOutcome.Added a -> {
                ArticleSummary s = a.article();
                List<String> blocks = new ArrayList<>();
                blocks.add("✅ <b>Added</b> <code>" + escape(s.id()) + "</code>\n" + summaryLine(s) + "\n"
                        + s.passages() + (s.passages() == 1 ? " passage, " : " passages, ")
                        + s.quotes() + (s.quotes() == 1 ? " quote found." : " quotes found."));
                if (!a.quotes().isEmpty()) {
                    StringBuilder sb = new StringBuilder("<b>Quotes and who said them</b>");
                    a.quotes().stream().limit(MAX_QUOTES_LISTED_ON_ADD).forEach(q -> sb.append("\n• ")
                            .append(escape(q.speaker().describe().isBlank() ? "(unattributed)" : q.speaker().describe()))
                            .append(": “").append(escape(shorten(q.text(), MAX_QUOTE_CHARS_ON_ADD))).append('”'));
                    if (a.quotes().size() > MAX_QUOTES_LISTED_ON_ADD) {
                        sb.append("\n…and ").append(a.quotes().size() - MAX_QUOTES_LISTED_ON_ADD).append(" more.");
                    }
                    blocks.add(sb.toString());
                }
                yield pack(blocks);
            }
            case AddOutcome.Duplicate d -> List.of("Already in the library as <code>" + escape(d.existingId())
                    + "</code>" + (d.title().isBlank() ? "." : ": " + escape(d.title())));
            case AddOutcome.Rejected r -> List.of("⚠️ Not added: " + escape(r.reason()));
            case AddOutcome.Denied d -> List.of(denied(d.reason()));
        };
    }

    public String removed(RemoveOutcome outcome) {
        return switch (outcome) {
            case RemoveOutcome.Removed r -> "🗑 Removed <code>" + escape(r.id()) + "</code>"
                    + (r.title().isBlank() ? "." : ": " + escape(r.title()));
            case RemoveOutcome.NotFound n -> "No article with id <code>" + escape(n.id()) + "</code> in the library.";
            case RemoveOutcome.Denied d -> denied(d.reason());
        };
    }

    /**
     * The notice for a question refused by a rate limit. It is sent once per episode of being
     * limited (see {@link RateLimits.Limited#tell()}), so it says that further messages are
     * skipped until the wait is over.
     */
    public String limited(RateLimits.Limited limited) {
        long s = limited.retryAfterSeconds();
        String wait = s == 1 ? "a second" : s < 120 ? s + " seconds" : (s + 59) / 60 + " minutes";
        String who = limited.scope() == RateLimits.Scope.CHAT ? "This chat is" : "You're";
        return "⏳ " + who + " asking faster than I can answer. Please wait " + wait
                + " and ask again — until then I skip questions here without answering.";
    }

    /** The reply when every answer slot stayed busy: the question is fine, the bot is overloaded. */
    public String busy() {
        return "⏳ I'm answering a lot of questions right now. Please ask again in a few seconds.";
    }

    /** The polite refusal for someone who is not an operator, with core's reason. */
    public String denied(String reason) {
        String why = reason == null || reason.isBlank() ? "only the library's operators can do that." : reason.strip();
        return "🔒 Sorry — " + escape(why);
    }

    public List<String> list(ArticlePage page) {
        if (page.total() == 0) {
            return List.of("The library is empty. Operators add articles with /add URL.");
        }
        List<String> blocks = new ArrayList<>();
        blocks.add("<b>Library</b> — " + page.total() + (page.total() == 1 ? " article" : " articles")
                + ", page " + page.page() + " of " + page.pages());
        for (ArticleSummary s : page.articles()) {
            blocks.add("<code>" + escape(s.id()) + "</code> " + summaryLine(s) + " · " + s.passages() + " passages, "
                    + s.quotes() + " quotes");
        }
        if (page.articles().isEmpty()) {
            blocks.add("No articles on this page; the last page is " + page.pages() + ": /list " + page.pages());
        }
        if (page.page() < page.pages()) {
            blocks.add("Next: /list " + (page.page() + 1));
        }
        return pack(blocks);
    }

    public String stats(LibraryStats s) {
        return "<b>Library</b>\n"
                + s.articles() + " articles, " + s.passages() + " passages\n"
                + s.quotes() + " quotes from " + s.speakers() + " speakers\n"
                + String.format(Locale.ROOT, "index %.1f MB, generation %d%n", s.indexBytes() / 1e6, s.generation())
                + "feedback: " + s.upVotes() + " 👍, " + s.downVotes() + " 👎";
    }

    public List<String> who(String name, List<QuoteRecord> records) {
        if (records.isEmpty()) {
            return List.of("The library has no quotes from " + escape(name) + ".");
        }
        List<String> blocks = new ArrayList<>();
        blocks.add("<b>What " + escape(name) + " is quoted as saying</b>");
        for (QuoteRecord r : records) {
            String text = escape(r.text().strip());
            blocks.add(speakerLine(r.speaker(), "") + "\n<blockquote>" + (r.direct() ? "“" + text + "”" : text)
                    + "</blockquote>\n— " + source(r.source(), false));
        }
        return pack(blocks);
    }

    public String start(String botUsername) {
        String mention = botUsername.isBlank() ? "me" : "@" + escape(botUsername);
        return "<b>Attaché</b> answers questions on foreign affairs, security, economics and government "
                + "from a library of articles its operators chose. Every point names its source, and every "
                + "quote names who said it." + PARAGRAPH
                + "<b>How to ask</b>\nHere, just write your question. In a group, mention " + mention
                + ", reply to one of my messages, or use /ask." + PARAGRAPH
                + "<b>Examples</b>\n<code>Could China create an Asian NATO?</code>\n"
                + "<code>What did Zelensky say about Crimea?</code> (their own words first)" + PARAGRAPH
                + "/who NAME — what someone is quoted as saying\n/sources — the sources of my last answer here\n"
                + "/help — this message";
    }

    public String help(String botUsername, boolean operator) {
        String base = start(botUsername);
        if (!operator) {
            return base;
        }
        return base + PARAGRAPH + "<b>Operator commands</b>\n"
                + "/add URL — fetch and index an article\n"
                + "/add as the caption of a document (HTML, text, Markdown) — index the file\n"
                + "/add in reply to a message — index that message's text\n"
                + "/remove ID — remove an article\n/list [page] — the library\n/stats — counts";
    }

    private static String summaryLine(ArticleSummary s) {
        String title = s.title().isBlank() ? "(untitled)" : s.title();
        StringBuilder sb = new StringBuilder(link(s.url(), title));
        List<String> meta = new ArrayList<>();
        if (!s.outlet().isBlank()) {
            meta.add(s.outlet());
        }
        if (s.published().isKnown()) {
            meta.add(s.published().toString());
        }
        if (!s.author().isBlank()) {
            meta.add(s.author());
        }
        if (!meta.isEmpty()) {
            sb.append(" — ").append(escape(String.join(", ", meta)));
        }
        return sb.toString();
    }

    private static String shorten(String text, int max) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        if (Character.isHighSurrogate(t.charAt(cut - 1))) {
            cut--;
        }
        return t.substring(0, cut) + "…";
    }

    /**
     * Packs well-formed blocks into messages: blocks are joined by blank lines and a message ends at
     * a block boundary; a block longer than a message is cut with {@link TelegramHtml#splitMarkup}.
     */
    List<String> pack(List<String> blocks) {
        List<String> messages = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String block : blocks) {
            if (block.isBlank()) {
                continue;
            }
            if (block.length() > limit) {
                if (!cur.isEmpty()) {
                    messages.add(cur.toString());
                    cur.setLength(0);
                }
                List<String> parts = TelegramHtml.splitMarkup(block, limit);
                messages.addAll(parts.subList(0, parts.size() - 1));
                cur.append(parts.get(parts.size() - 1));
                continue;
            }
            if (!cur.isEmpty() && cur.length() + PARAGRAPH.length() + block.length() > limit) {
                messages.add(cur.toString());
                cur.setLength(0);
            }
            if (!cur.isEmpty()) {
                cur.append(PARAGRAPH);
            }
            cur.append(block);
        }
        if (!cur.isEmpty()) {
            messages.add(cur.toString());
        }
        return messages;
    }

    int limit() {
        return limit;
    }
}

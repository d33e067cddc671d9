package dev.attache.discord;

import static dev.attache.discord.DiscordMarkdown.escapeTruncate;

import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Point;
import dev.attache.core.answer.RankedPassage;
import dev.attache.core.answer.Source;
import dev.attache.core.attribution.Speaker;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.ArticlePage;
import dev.attache.core.ops.ArticleSummary;
import dev.attache.core.ops.LibraryStats;
import dev.attache.core.ops.QuoteRecord;
import dev.attache.core.ops.RemoveOutcome;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Turns core results (answers, quotes, library pages, outcomes) into Discord embeds. Whatever it
 * is given, every message it returns stays within {@link DiscordLimits}: at most
 * {@value DiscordLimits#EMBEDS_PER_MESSAGE} embeds and {@value DiscordLimits#EMBEDS_TOTAL_PER_MESSAGE}
 * characters; content that does not fit one message continues in the next one (a follow-up).
 * Text from articles is escaped, so it never formats, links or mentions.
 */
public final class DiscordRenderer {

    /** A reply: its first message answers the interaction, the others are follow-ups. Never empty. */
    public record Rendered(List<List<MessageEmbed>> messages) {
        public Rendered {
            messages = messages.stream().map(List::copyOf).toList();
            if (messages.isEmpty()) {
                throw new IllegalArgumentException("nothing rendered");
            }
        }

        public List<MessageEmbed> first() {
            return messages.get(0);
        }

        public List<List<MessageEmbed>> followUps() {
            return messages.subList(1, messages.size());
        }
    }

    static final Color ANSWER_COLOR = new Color(0x2B6CB0);
    static final Color NO_ANSWER_COLOR = new Color(0x718096);
    static final Color ERROR_COLOR = new Color(0xC53030);
    static final Color OK_COLOR = new Color(0x2F855A);

    /** Footers are kept short; reserving this much in every message keeps the packing simple. */
    static final int FOOTER_BUDGET = 200;
    /** One point (quote or statement with its attribution) is cut to this many characters. */
    static final int POINT_BUDGET = 1_800;
    static final int SOURCE_TITLE_BUDGET = 200;
    static final int SPEAKER_BUDGET = 300;
    static final int EXCERPT_BUDGET = 600;
    /** How many other passages the More button shows. */
    static final int MORE_PASSAGES = 5;

    /** The answer: points with their speakers, then the numbered sources as links. */
    public Rendered answer(Answer answer) {
        List<String> blocks = new ArrayList<>();
        String title = escapeTruncate(answer.question(), DiscordLimits.EMBED_TITLE);
        if (!answer.answered() || answer.points().isEmpty()) {
            blocks.add("I found nothing in the library on this. Try other words or an earlier question,"
                    + " or ask an operator to add articles on it with `/article add`.");
            return new Rendered(pack(title, blocks, footer(answer), NO_ANSWER_COLOR));
        }
        blocks.add(DiscordMarkdown.escape(answer.opening()) + "\n");
        for (Point point : answer.points()) {
            blocks.add(point(point) + "\n");
        }
        List<Source> sources = answer.sources();
        for (int i = 0; i < sources.size(); i++) {
            String line = sourceLine(sources.get(i));
            blocks.add(i == 0 ? "**Sources**\n" + line : line);
        }
        return new Rendered(pack(title, blocks, footer(answer), ANSWER_COLOR));
    }

    /** All sources of an answer with their full metadata, for the Sources button. */
    public Rendered sources(Answer answer) {
        List<String> blocks = new ArrayList<>();
        for (Source s : answer.sources()) {
            StringBuilder sb = new StringBuilder(sourceLine(s));
            String link = DiscordMarkdown.linkTarget(s.url());
            if (!link.isEmpty()) {
                sb.append('\n').append('<').append(DiscordMarkdown.truncate(link, 1_000)).append('>');
            }
            blocks.add(sb.toString());
        }
        if (blocks.isEmpty()) {
            blocks.add("This answer cites no sources.");
        }
        return new Rendered(pack("Sources", blocks, footer(answer), ANSWER_COLOR));
    }

    /** Other retrieved passages that the answer's points did not use, for the More button. */
    public Rendered more(Answer answer, Function<String, Optional<ArticleSummary>> articles) {
        Set<String> used = answer.points().stream().map(Point::passageId).collect(Collectors.toSet());
        List<String> blocks = new ArrayList<>();
        for (RankedPassage p : answer.passages()) {
            if (used.contains(p.passageId()) || blocks.size() >= MORE_PASSAGES) {
                continue;
            }
            String title = articles.apply(p.articleId()).map(a -> articleLink(a.title(), a.url()))
                    .orElse("`" + escapeTruncate(p.articleId().replace("`", ""), 100) + "`");
            blocks.add("**" + title + "**\n" + escapeTruncate(p.text(), EXCERPT_BUDGET));
        }
        if (blocks.isEmpty()) {
            blocks.add("That is all the library has on this question.");
        }
        return new Rendered(pack("More from the library", blocks, footer(answer), ANSWER_COLOR));
    }

    /** Would the More button show anything beyond what the answer shows? */
    public boolean hasMore(Answer answer) {
        Set<String> used = answer.points().stream().map(Point::passageId).collect(Collectors.toSet());
        return answer.passages().stream().anyMatch(p -> !used.contains(p.passageId()));
    }

    /** What people matching {@code name} are quoted as saying. */
    public Rendered who(String name, List<QuoteRecord> quotes) {
        String title = escapeTruncate("Quoted: " + name, DiscordLimits.EMBED_TITLE);
        List<String> blocks = new ArrayList<>();
        for (QuoteRecord q : quotes) {
            String text = q.direct()
                    ? quoteLines(escapeTruncate(q.text(), POINT_BUDGET))
                    : "• " + escapeTruncate(q.text(), POINT_BUDGET);
            blocks.add(text + "\n— " + speaker(q.speaker()) + " · " + sourceRef(q.source()));
        }
        if (blocks.isEmpty()) {
            blocks.add("The library quotes nobody by that name. Pick a name from the suggestions as you type.");
        }
        return new Rendered(pack(title, blocks, "", ANSWER_COLOR));
    }

    /** One page of the library listing. */
    public Rendered articles(ArticlePage page) {
        String title = "Library — page " + page.page() + " of " + page.pages() + " (" + page.total()
                + (page.total() == 1 ? " article)" : " articles)");
        List<String> blocks = new ArrayList<>();
        for (ArticleSummary a : page.articles()) {
            blocks.add("`" + DiscordMarkdown.truncate(a.id().replace("`", ""), 100) + "` "
                    + articleLink(a.title(), a.url()) + meta(a.outlet(), a.author(), a.published().toString())
                    + " · " + a.passages() + " passages, " + a.quotes() + " quotes");
        }
        if (blocks.isEmpty()) {
            blocks.add(page.total() == 0
                    ? "The library is empty. Add an article with `/article add`."
                    : "No articles on this page; the last page is " + page.pages() + ".");
        }
        return new Rendered(pack(title, blocks, "", ANSWER_COLOR));
    }

    /** The library's counts. */
    public List<MessageEmbed> stats(LibraryStats s) {
        EmbedBuilder eb = new EmbedBuilder().setTitle("Library").setColor(ANSWER_COLOR)
                .addField("Articles", Long.toString(s.articles()), true)
                .addField("Passages", Long.toString(s.passages()), true)
                .addField("Quotes", Long.toString(s.quotes()), true)
                .addField("Speakers", Long.toString(s.speakers()), true)
                .addField("Index size", humanBytes(s.indexBytes()), true)
                .addField("Votes", "👍 " + s.upVotes() + " · 👎 " + s.downVotes(), true)
                .setFooter("index generation " + s.generation());
        return List.of(eb.build());
    }

    /** The outcome of an operator's add. */
    public Rendered added(AddOutcome outcome) {
        return switch (outcome) {
            case AddOutcome.Added added -> {
                ArticleSummary a = added.article();
                List<String> blocks = new ArrayList<>();
                blocks.add(articleLink(a.title(), a.url()) + meta(a.outlet(), a.author(), a.published().toString())
                        + "\nid `" + a.id().replace("`", "") + "` · " + a.passages() + " passages, "
                        + a.quotes() + " quotes. It is answerable now.");
                if (!added.quotes().isEmpty()) {
                    blocks.add("**Quotes found**");
                }
                for (AddOutcome.FoundQuote q : added.quotes()) {
                    blocks.add(quoteLines(escapeTruncate(q.text(), 500)) + "\n— " + speaker(q.speaker()));
                }
                yield new Rendered(pack("Added to the library", blocks, "", OK_COLOR));
            }
            case AddOutcome.Duplicate d -> message("Already in the library",
                    "That article is already there as `" + d.existingId().replace("`", "") + "`: "
                            + escapeTruncate(d.title(), SOURCE_TITLE_BUDGET) + ". Nothing changed.", NO_ANSWER_COLOR);
            case AddOutcome.Rejected r -> message("Not added",
                    escapeTruncate(r.reason(), 1_500) + "\nNothing changed. Fix the link or file and try again.",
                    ERROR_COLOR);
            case AddOutcome.Denied d -> denied(d.reason());
        };
    }

    /** The outcome of an operator's remove. */
    public Rendered removed(RemoveOutcome outcome) {
        return switch (outcome) {
            case RemoveOutcome.Removed r -> message("Removed from the library",
                    escapeTruncate(r.title(), SOURCE_TITLE_BUDGET) + " (`" + r.id().replace("`", "")
                            + "`) is no longer used in answers.", OK_COLOR);
            case RemoveOutcome.NotFound n -> message("Not found",
                    "No article has the id `" + DiscordMarkdown.truncate(n.id().replace("`", ""), 100)
                            + "`. Pick one from the suggestions, or see `/article list`.", ERROR_COLOR);
            case RemoveOutcome.Denied d -> denied(d.reason());
        };
    }

    /**
     * The private notice for a question refused by a rate limit, with Discord's relative timestamp
     * ({@code <t:…:R>}, shown as "in 12 seconds" in each reader's locale) for when to ask again.
     */
    public Rendered limited(dev.attache.core.ops.RateLimits.Limited limited, java.time.Instant now) {
        long at = now.plusSeconds(limited.retryAfterSeconds()).getEpochSecond();
        String who = limited.scope() == dev.attache.core.ops.RateLimits.Scope.CHAT
                ? "This channel is asking" : "You're asking";
        return message("Slow down", who + " faster than I can answer. Ask again <t:" + at + ":R>.", NO_ANSWER_COLOR);
    }

    /** The reply when every answer slot stayed busy: nothing is wrong with the question. */
    public Rendered busy() {
        return message("Busy", "I'm answering a lot of questions right now. Please ask again in a few seconds.",
                NO_ANSWER_COLOR);
    }

    /** A refusal for someone who is not an operator. */
    public Rendered denied(String reason) {
        String why = reason.isBlank() ? "" : escapeTruncate(reason, 500) + "\n";
        return message("Operators only", why + "Only the library's operators can do this. Ask a server admin to add"
                + " your user id or one of your roles to DISCORD_OPERATORS or DISCORD_OPERATOR_ROLES.", ERROR_COLOR);
    }

    /** A short message in one embed. */
    public Rendered message(String title, String text, Color color) {
        return new Rendered(pack(escapeTruncate(title, DiscordLimits.EMBED_TITLE), List.of(
                DiscordMarkdown.truncate(text, DiscordLimits.EMBED_DESCRIPTION)), "", color));
    }

    // --- pieces

    static String point(Point p) {
        String ref = " \\[" + p.source() + "\\]";
        String text = escapeTruncate(p.text(), POINT_BUDGET);
        // the dash before the speaker says "according to" already
        String cue = p.cue().isBlank() || Speaker.isAccordingTo(p.cue()) ? "" : ", *" + escapeTruncate(p.cue(), 100) + "*";
        if (p.kind() == Point.Kind.QUOTE) {
            String who = p.speaker().map(DiscordRenderer::speaker).orElse("unattributed");
            return quoteLines(text) + "\n— " + who + cue + ref;
        }
        return "• " + text + p.speaker().map(s -> " — " + speaker(s) + cue).orElse("") + ref;
    }

    /** "**Name**, role, organization", as much as is known. */
    static String speaker(Speaker s) {
        List<String> parts = new ArrayList<>();
        parts.add("**" + escapeTruncate(s.name().isBlank() ? "unnamed source" : s.name(), 100) + "**");
        Stream.of(s.role(), s.organization()).filter(x -> !x.isBlank())
                .forEach(x -> parts.add(escapeTruncate(x, 100)));
        return DiscordMarkdown.truncate(String.join(", ", parts), SPEAKER_BUDGET);
    }

    static String quoteLines(String escapedText) {
        return escapedText.lines().map(l -> "> " + l).collect(Collectors.joining("\n"));
    }

    static String sourceLine(Source s) {
        return "**\\[" + s.n() + "\\]** " + articleLink(s.title(), s.url())
                + meta(s.outlet(), s.author(), s.published().toString());
    }

    private static String sourceRef(Source s) {
        return articleLink(s.title(), s.url()) + meta(s.outlet(), "", s.published().toString());
    }

    static String articleLink(String title, String url) {
        String t = escapeTruncate(title.isBlank() ? "(untitled)" : title, SOURCE_TITLE_BUDGET)
                .replace("\n", " ");
        String link = DiscordMarkdown.linkTarget(url);
        return link.isEmpty() ? t : "[" + t + "](" + link + ")";
    }

    private static String meta(String outlet, String author, String date) {
        String m = Stream.of(outlet, author, date).filter(x -> x != null && !x.isBlank())
                .map(x -> escapeTruncate(x, 100)).collect(Collectors.joining(" · "));
        return m.isEmpty() ? "" : " — " + m;
    }

    private static String footer(Answer a) {
        return DiscordMarkdown.truncate("as of " + a.asOf() + " · answer " + a.id(), FOOTER_BUDGET);
    }

    private static String humanBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KiB", bytes / 1024.0);
        }
        return String.format("%.1f MiB", bytes / (1024.0 * 1024));
    }

    /**
     * Packs blocks into embed descriptions and embeds into messages within every limit. Each block
     * is cut to fit one description; the title goes on the first embed, the footer on the last.
     */
    static List<List<MessageEmbed>> pack(String title, List<String> blocks, String footer, Color color) {
        String t = DiscordMarkdown.truncate(title, DiscordLimits.EMBED_TITLE);
        String f = DiscordMarkdown.truncate(footer, FOOTER_BUDGET);
        int perMessage = DiscordLimits.EMBEDS_TOTAL_PER_MESSAGE - t.length() - f.length();
        List<List<String>> messages = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int used = 0;
        StringBuilder desc = new StringBuilder();
        for (String raw : blocks) {
            String block = DiscordMarkdown.truncate(raw, DiscordLimits.EMBED_DESCRIPTION);
            if (block.isEmpty()) {
                continue;
            }
            int sep = desc.isEmpty() ? 0 : 1;
            int cap = Math.min(DiscordLimits.EMBED_DESCRIPTION, perMessage - used);
            if (desc.length() + sep + block.length() <= cap) {
                if (sep == 1) {
                    desc.append('\n');
                }
                desc.append(block);
                continue;
            }
            if (!desc.isEmpty()) {
                current.add(desc.toString());
                used += desc.length();
                desc.setLength(0);
            }
            if (current.size() == DiscordLimits.EMBEDS_PER_MESSAGE || perMessage - used < block.length()) {
                messages.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            desc.append(block);
        }
        if (!desc.isEmpty()) {
            current.add(desc.toString());
        }
        if (!current.isEmpty()) {
            messages.add(current);
        }
        if (messages.isEmpty()) {
            messages.add(List.of("(empty)"));
        }
        List<List<MessageEmbed>> out = new ArrayList<>();
        for (int m = 0; m < messages.size(); m++) {
            List<String> descs = messages.get(m);
            List<MessageEmbed> embeds = new ArrayList<>();
            for (int e = 0; e < descs.size(); e++) {
                EmbedBuilder eb = new EmbedBuilder().setColor(color).setDescription(descs.get(e));
                if (m == 0 && e == 0 && !t.isBlank()) {
                    eb.setTitle(t);
                }
                if (m == messages.size() - 1 && e == descs.size() - 1 && !f.isBlank()) {
                    eb.setFooter(f);
                }
                embeds.add(eb.build());
            }
            out.add(embeds);
        }
        return out;
    }

    /** Every limit a message of embeds must respect; the reasons it does not, empty when it does. */
    public static List<String> violations(List<MessageEmbed> message) {
        List<String> problems = new ArrayList<>();
        if (message.isEmpty()) {
            problems.add("no embeds");
        }
        if (message.size() > DiscordLimits.EMBEDS_PER_MESSAGE) {
            problems.add(message.size() + " embeds");
        }
        int total = 0;
        for (MessageEmbed e : message) {
            total += e.getLength();
            check(problems, "title", e.getTitle(), DiscordLimits.EMBED_TITLE);
            check(problems, "description", e.getDescription(), DiscordLimits.EMBED_DESCRIPTION);
            check(problems, "footer", e.getFooter() == null ? null : e.getFooter().getText(), DiscordLimits.EMBED_FOOTER);
            check(problems, "author", e.getAuthor() == null ? null : e.getAuthor().getName(), DiscordLimits.EMBED_AUTHOR);
            if (e.getFields().size() > DiscordLimits.EMBED_FIELDS) {
                problems.add(e.getFields().size() + " fields");
            }
            for (MessageEmbed.Field field : e.getFields()) {
                check(problems, "field name", field.getName(), DiscordLimits.EMBED_FIELD_NAME);
                check(problems, "field value", field.getValue(), DiscordLimits.EMBED_FIELD_VALUE);
            }
            if (e.isEmpty()) {
                problems.add("empty embed");
            }
        }
        if (total > DiscordLimits.EMBEDS_TOTAL_PER_MESSAGE) {
            problems.add("total " + total);
        }
        return problems;
    }

    private static void check(List<String> problems, String what, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(what + " " + value.length() + " > " + max);
        }
    }
}

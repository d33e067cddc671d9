package dev.attache.discord;

import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The slash commands Attaché registers, and the names of their options. Operator commands are
 * hidden by default from members without Manage Server; core still checks every caller.
 */
public final class DiscordCommands {

    public static final String ASK = "ask";
    public static final String WHO = "who";
    public static final String ARTICLE = "article";
    public static final String STATS = "stats";
    public static final String ADD = "add";
    public static final String REMOVE = "remove";
    public static final String LIST = "list";

    public static final String QUESTION = "question";
    public static final String AS_OF = "as_of";
    public static final String SPEAKER = "speaker";
    public static final String NAME = "name";
    public static final String URL = "url";
    public static final String FILE = "file";
    public static final String TEXT = "text";
    public static final String ID = "id";
    public static final String PAGE = "page";

    private DiscordCommands() {
    }

    /** Every command, as registered globally or on the development guild. */
    public static List<CommandData> all() {
        DefaultMemberPermissions operators = DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER);
        return List.of(
                Commands.slash(ASK, "Ask the library a policy question; the answer cites its sources")
                        .addOptions(
                                new OptionData(OptionType.STRING, QUESTION, "Your question", true)
                                        .setMaxLength(2_000),
                                new OptionData(OptionType.STRING, AS_OF,
                                        "Answer as of this date (YYYY-MM-DD): nothing published later is used")
                                        .setMinLength(10).setMaxLength(10),
                                new OptionData(OptionType.STRING, SPEAKER, "Only what this person said", false, true)),
                Commands.slash(WHO, "What a person is quoted as saying in the library")
                        .addOptions(new OptionData(OptionType.STRING, NAME, "The person's name", true, true)),
                Commands.slash(ARTICLE, "Manage the library (operators)")
                        .setDefaultPermissions(operators)
                        .addSubcommands(
                                new SubcommandData(ADD, "Add an article from a link, a file or pasted text")
                                        .addOptions(
                                                new OptionData(OptionType.STRING, URL, "Link to the article page"),
                                                new OptionData(OptionType.ATTACHMENT, FILE,
                                                        "A .html, .txt, .md or .jsonl(.gz) file"),
                                                new OptionData(OptionType.STRING, TEXT,
                                                        "The article text; the first line may be its title")),
                                new SubcommandData(REMOVE, "Remove an article")
                                        .addOptions(new OptionData(OptionType.STRING, ID, "The article", true, true)),
                                new SubcommandData(LIST, "List the library")
                                        .addOptions(new OptionData(OptionType.INTEGER, PAGE, "Page number")
                                                .setMinValue(1))),
                Commands.slash(STATS, "Library statistics (operators)").setDefaultPermissions(operators));
    }
}

package dev.attache.discord;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {

    @Test
    void escapesFormattingLinksAndQuotes() {
        assertThat(DiscordMarkdown.escape("*bold* _it_ ~~s~~ `c` ||sp|| [x](y) > q <@123>"))
                .isEqualTo("\\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|sp\\|\\| \\[x\\](y) \\> q \\<@123\\>");
    }

    @Test
    void escapesHeadingsAndListsOnlyAtTheStartOfALine() {
        assertThat(DiscordMarkdown.escape("# Title\n- item\nnot - a list #1"))
                .isEqualTo("\\# Title\n\\- item\nnot - a list #1");
    }

    @Test
    void truncationNeverLeavesADanglingEscapeOrAHalfSurrogate() {
        assertThat(DiscordMarkdown.truncate("ab\\*cd", 4)).isEqualTo("ab…");
        assertThat(DiscordMarkdown.truncate("a😀b", 3)).isEqualTo("a…");
        assertThat(DiscordMarkdown.truncate("short", 10)).isEqualTo("short");
    }

    @Test
    void linkTargetsAreHttpOnlyAndCannotCloseTheLink() {
        assertThat(DiscordMarkdown.linkTarget("https://example.org/a_(b) c")).isEqualTo("https://example.org/a_%28b%29%20c");
        assertThat(DiscordMarkdown.linkTarget("javascript:alert(1)")).isEmpty();
        assertThat(DiscordMarkdown.linkTarget("")).isEmpty();
    }

    @Property
    void truncatedTextFitsAndIsAPrefix(@ForAll String text, @ForAll @IntRange(min = 1, max = 300) int max) {
        String escaped = DiscordMarkdown.escape(text);
        String cut = DiscordMarkdown.truncate(escaped, max);
        assertThat(cut.length()).isLessThanOrEqualTo(max);
        if (escaped.length() <= max) {
            assertThat(cut).isEqualTo(escaped);
        } else {
            assertThat(cut).endsWith("…");
            String kept = cut.substring(0, cut.length() - 1);
            assertThat(escaped).startsWith(kept);
            int backslashes = kept.length() - kept.replaceAll("\\\\+$", "").length();
            assertThat(backslashes % 2).as("no dangling escape").isZero();
        }
    }
}

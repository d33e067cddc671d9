package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.article.ParsedDocument;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

    @Test
    void frontMatterGivesMetadataAndMarkupIsStrippedToText() {
        String md = """
                ---
                title: "Asian NATO: Could China create a military alliance?"
                source: Sputnik
                author: Sofia Melnichuk
                role: columnist
                date: 2022-07-01
                url: https://example.org/asian-nato
                ---
                # Ignored because front matter has a title

                Some experts called it **a desire** to create an [alliance](https://x.example) against _NATO_.
                ![chart](chart.png)

                - Japan, Australia and India are in the `Quad`.
                - The US has partners in Southeast Asia.

                ```
                code = "not article text"
                ```
                > Quoted text stays.
                """;
        ParsedDocument doc = MarkdownParser.parse(md);
        assertThat(doc.title()).isEqualTo("Asian NATO: Could China create a military alliance?");
        assertThat(doc.outlet()).isEqualTo("Sputnik");
        assertThat(doc.author()).isEqualTo("Sofia Melnichuk");
        assertThat(doc.authorRole()).isEqualTo("columnist");
        assertThat(doc.published().toString()).isEqualTo("2022-07-01");
        assertThat(doc.url()).isEqualTo("https://example.org/asian-nato");
        assertThat(doc.text()).isEqualTo("Ignored because front matter has a title\n\n"
                + "Some experts called it a desire to create an alliance against NATO.\n\n"
                + "Japan, Australia and India are in the Quad.\n\nThe US has partners in Southeast Asia.\n\n"
                + "Quoted text stays.");
    }

    @Test
    void firstLevelOneHeadingIsTheTitleWithoutFrontMatter() {
        ParsedDocument doc = MarkdownParser.parse("# Talks resume\n\nNegotiators met on *Monday*.\n");
        assertThat(doc.title()).isEqualTo("Talks resume");
        assertThat(doc.text()).isEqualTo("Negotiators met on Monday.");
    }

    @Test
    void snakeCaseWordsAreNotTakenForEmphasis() {
        assertThat(MarkdownParser.inline("the policy_id field and 2*3*4")).isEqualTo("the policy_id field and 2*3*4");
    }
}

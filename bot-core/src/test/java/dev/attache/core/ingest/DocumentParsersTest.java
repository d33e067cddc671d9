package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.core.article.ParsedDocument;
import dev.attache.core.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentParsersTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void dispatchesByExtension() {
        assertThat(DocumentParsers.parse("a.txt", utf8("Title here\n\nBody text.")).get(0).title()).isEqualTo("Title here");
        assertThat(DocumentParsers.parse("a.md", utf8("# Heading\n\n*Body* text.")).get(0).text()).isEqualTo("Body text.");
        assertThat(DocumentParsers.parse("a.HTM", utf8("<p>Body <b>text</b>.</p>")).get(0).text()).isEqualTo("Body text.");
        assertThat(DocumentParsers.parse("a.jsonl", utf8("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}"))).hasSize(2);
        assertThat(DocumentParsers.parse("a.json", utf8("[{\"text\":\"One.\"},{\"text\":\"Two.\"}]"))).hasSize(2);
        assertThat(DocumentParsers.parse("a.json", utf8("{\n  \"title\": \"T\",\n  \"text\": \"One.\"\n}")))
                .singleElement().extracting(ParsedDocument::title).isEqualTo("T");
    }

    @Test
    void sniffsHtmlJsonAndGzipWhenTheNameSaysNothing() throws IOException {
        assertThat(DocumentParsers.parse("upload", utf8("<!DOCTYPE html><html><body><p>Hi there.</p></body></html>"))
                .get(0).text()).isEqualTo("Hi there.");
        assertThat(DocumentParsers.parse("upload", utf8("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}"))).hasSize(2);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(utf8("{\"text\":\"One.\"}\n"));
        }
        assertThat(DocumentParsers.parse("batch.jsonl.gz", gz.toByteArray())).hasSize(1);
        assertThat(DocumentParsers.parse("blob", gz.toByteArray())).hasSize(1);
    }

    @Test
    void seedArticleParsesAsPlainText() {
        List<ParsedDocument> docs = DocumentParsers.parse("asian-nato.txt",
                SharedData.text("seed/asian-nato.txt").getBytes(StandardCharsets.UTF_8));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Asian NATO: Could China create a military alliance with its neighbors?");
            assertThat(d.text()).doesNotContain("0 1,569").doesNotContain("Advertisement");
        });
    }

    @Test
    void rejectsEmptyAndWhitespaceOnlyFiles() {
        assertThatThrownBy(() -> DocumentParsers.parse("a.txt", new byte[0])).isInstanceOf(IngestException.class)
                .hasMessageContaining("is empty");
        assertThatThrownBy(() -> DocumentParsers.parse("a.txt", utf8(" \n\t\n"))).isInstanceOf(IngestException.class)
                .hasMessageContaining("is empty");
    }

    @Test
    void rejectsBinaryContent() {
        byte[] pdfLike = {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2, 3, (byte) 0xff};
        assertThatThrownBy(() -> DocumentParsers.parse("paper.pdf", pdfLike)).isInstanceOf(IngestException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void rejectsInvalidUtf8WithTheOffsetAndWhatToDo() {
        byte[] latin1 = "Caf\u00e9 society.".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> DocumentParsers.parse("a.txt", latin1)).isInstanceOf(IngestException.class)
                .hasMessageContaining("not valid UTF-8").hasMessageContaining("offset 3").hasMessageContaining("Save it");
    }

    @Test
    void rejectsTextThatIsOnlyBoilerplate() {
        assertThatThrownBy(() -> DocumentParsers.parse("a.txt", utf8("Advertisement\n\nSubscribe to our newsletter\n")))
                .isInstanceOf(IngestException.class).hasMessageContaining("only page chrome");
    }

    @Test
    void rejectsJsonLinesWhereNoLineIsAnArticle() {
        assertThatThrownBy(() -> DocumentParsers.parse("a.jsonl", utf8("{\"title\":\"no text\"}\n")))
                .isInstanceOf(IngestException.class).hasMessageContaining("line 1");
    }

    @Test
    void parseStreamStreamsJsonLinesAndReadsOtherFilesWhole(@TempDir Path dir) throws IOException {
        Path jsonl = Files.writeString(dir.resolve("b.jsonl"), "{\"text\":\"One.\"}\nbroken\n{\"text\":\"Two.\"}\n");
        try (var entries = DocumentParsers.parseStream(jsonl)) {
            assertThat(entries.map(JsonLinesReader.Entry::line).toList()).containsExactly(1L, 2L, 3L);
        }
        Path txt = Files.writeString(dir.resolve("a.txt"), "Body text.");
        try (var entries = DocumentParsers.parseStream(txt)) {
            assertThat(entries.toList()).singleElement().isInstanceOf(JsonLinesReader.Entry.Parsed.class);
        }
    }

    @Test
    void fetchedPageIsParsedByItsContentTypeAndCharset() {
        byte[] latin1 = "<html><body><p>Caf\u00e9 society.</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
        FetchedPage page = new FetchedPage("https://x.example/a", "text/html", "ISO-8859-1", latin1);
        assertThat(DocumentParsers.parse(page)).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Caf\u00e9 society.");
            assertThat(d.url()).isEqualTo("https://x.example/a");
        });
    }
}

package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    private static List<JsonLinesReader.Entry> read(byte[] bytes) throws IOException {
        List<JsonLinesReader.Entry> entries = new ArrayList<>();
        try (JsonLinesReader reader = JsonLinesReader.open(new ByteArrayInputStream(bytes))) {
            reader.forEachRemaining(entries::add);
        }
        return entries;
    }

    private static final String LINES = """
            {"id":"a1","title":"One","outlet":"Wire","author":"Ana","author_role":"Minister","published":"2016","text":"First\\nstory.","country":"X"}

            not json at all
            {"id":"a3","text":""}
            [1,2]
            {"id":"a5","text":"Fifth story.","published":null}
            """;

    @Test
    void aSeparatorLeftAfterANameFieldIsDropped() throws IOException {
        String line = "{\"id\":\"b1\",\"outlet\":\"Wire;\",\"author\":\"Ana Lund, \",\"author_role\":\"Minister,\","
                + "\"text\":\"A story.\"}";
        var doc = ((JsonLinesReader.Entry.Parsed) read(line.getBytes(StandardCharsets.UTF_8)).get(0)).document();
        assertThat(doc.author()).isEqualTo("Ana Lund");
        assertThat(doc.authorRole()).isEqualTo("Minister");
        assertThat(doc.outlet()).isEqualTo("Wire");
    }

    @Test
    void aNameInCapitalsIsWrittenAsNamesAreButAnAcronymStays() throws IOException {
        assertThat(author("Mr. MAHMUD ALI")).isEqualTo("Mr. Mahmud Ali");
        assertThat(author("Mr AL-SHARA")).isEqualTo("Mr Al-Shara");
        assertThat(author("KING ABDULLAH II")).isEqualTo("King Abdullah II");
        assertThat(author("Mr. XI JINPING")).isEqualTo("Mr. Xi Jinping");
        assertThat(author("O'NEILL HALE")).isEqualTo("O'Neill Hale");
        assertThat(author("AP")).isEqualTo("AP");
        assertThat(author("Ana McLund")).isEqualTo("Ana McLund");
    }

    private static String author(String author) throws IOException {
        String line = "{\"id\":\"c1\",\"author\":\"" + author + "\",\"text\":\"A story.\"}";
        return ((JsonLinesReader.Entry.Parsed) read(line.getBytes(StandardCharsets.UTF_8)).get(0)).document().author();
    }

    @Test
    void badLinesAreReportedWithTheirLineNumberAndDoNotStopTheRest() throws IOException {
        List<JsonLinesReader.Entry> entries = read(LINES.getBytes(StandardCharsets.UTF_8));
        assertThat(entries).extracting(JsonLinesReader.Entry::line).containsExactly(1L, 3L, 4L, 5L, 6L);
        var first = (JsonLinesReader.Entry.Parsed) entries.get(0);
        assertThat(first.document().givenId()).isEqualTo("a1");
        assertThat(first.document().authorRole()).isEqualTo("Minister");
        assertThat(first.document().published().toString()).isEqualTo("2016");
        assertThat(first.document().text()).isEqualTo("First story.");
        assertThat(entries.get(1)).isInstanceOfSatisfying(JsonLinesReader.Entry.Failed.class,
                f -> assertThat(f.message()).startsWith("not valid JSON"));
        assertThat(entries.get(2)).isInstanceOfSatisfying(JsonLinesReader.Entry.Failed.class,
                f -> assertThat(f.message()).contains("\"text\" field is missing or empty"));
        assertThat(entries.get(3)).isInstanceOf(JsonLinesReader.Entry.Failed.class);
        assertThat(entries.get(4)).isInstanceOf(JsonLinesReader.Entry.Parsed.class);
    }

    @Test
    void gzippedInputIsDetectedByItsMagicBytes() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(LINES.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(read(gz.toByteArray())).hasSize(5);
    }

    @Test
    void invalidUtf8OnOneLineIsReportedForThatLineOnly() throws IOException {
        byte[] bytes = "{\"text\":\"ok.\"}\n{\"text\":\"bad \u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        List<JsonLinesReader.Entry> entries = read(bytes);
        assertThat(entries.get(0)).isInstanceOf(JsonLinesReader.Entry.Parsed.class);
        assertThat(entries.get(1)).isInstanceOfSatisfying(JsonLinesReader.Entry.Failed.class,
                f -> assertThat(f.message()).contains("UTF-8"));
    }

    @Test
    void readsTheUnDebateCorpusRowsWithSpeakerAndPost() throws IOException {
        int[] seen = {0};
        try (JsonLinesReader reader = JsonLinesReader.open(SharedData.file("corpora/ungdc-1946-2024.jsonl.gz"))) {
            while (reader.hasNext() && seen[0] < 200) {
                var entry = reader.next();
                assertThat(entry).isInstanceOf(JsonLinesReader.Entry.Parsed.class);
                var doc = ((JsonLinesReader.Entry.Parsed) entry).document();
                assertThat(doc.outlet()).isEqualTo("United Nations General Assembly");
                assertThat(doc.published().isKnown()).isTrue();
                assertThat(doc.text()).isNotBlank();
                seen[0]++;
            }
        }
        assertThat(seen[0]).isEqualTo(200);
    }
}

package dev.attache.app.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Small fictional policy articles generated for the reliability tests (nothing copied in): each
 * has a unique invented place name, so every article is distinct and answerable by that name.
 */
final class GeneratedArticles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TOPICS = {"grain tariffs", "border patrols", "fishing quotas", "port fees",
            "rail subsidies", "water treaties", "energy levies", "visa rules"};

    private GeneratedArticles() {
    }

    /** A word made of letters only, unique per series and number (digits are spelled as letters). */
    static String place(String series, int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : series.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) ('q' + (c - '0') % 10) : c);
        }
        sb.append("vik");
        int v = n;
        do {
            sb.append((char) ('a' + v % 26));
            v /= 26;
        } while (v > 0);
        String word = sb.toString().replaceAll("[^a-z]", "");
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static String title(String series, int n) {
        return "Council of " + place(series, n) + " revisits " + TOPICS[n % TOPICS.length];
    }

    static String body(String series, int n) {
        String place = place(series, n);
        String topic = TOPICS[n % TOPICS.length];
        return String.format(Locale.ROOT, """
                The council of %1$s met on Tuesday to revisit its %2$s after a long winter of debate.

                "We cannot keep the old %2$s in %1$s," said Mara Hollen, the council's treasurer. \
                Delegates from the coastal districts asked for a slower timetable.

                A final vote on the %2$s of %1$s is expected before the summer recess, number %3$d.
                """, place, topic, n);
    }

    /** Plain text with the title on the first line, as an operator would paste it. */
    static String text(String series, int n) {
        return title(series, n) + "\n\n" + body(series, n);
    }

    static String id(String series, int n) {
        return series + "-" + n;
    }

    /** Writes {@code count} articles as JSON Lines with ids {@code series-0 … series-(count-1)}. */
    static Path jsonl(Path file, String series, int count) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int n = 0; n < count; n++) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", id(series, n));
                o.put("title", title(series, n));
                o.put("outlet", "The Generated Gazette");
                o.put("published", String.format(Locale.ROOT, "2024-%02d-%02d", 1 + n % 12, 1 + n % 28));
                o.put("text", body(series, n));
                w.write(JSON.writeValueAsString(o));
                w.write('\n');
            }
        }
        return file;
    }
}

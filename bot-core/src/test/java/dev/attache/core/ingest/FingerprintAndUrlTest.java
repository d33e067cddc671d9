package dev.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerprintAndUrlTest {

    @Test
    void fingerprintIgnoresCaseWhitespaceQuoteAndDashKinds() {
        String a = "\u201CIt is impossible,\u201D he said \u2014 twice.\n\nIt\u2019s  over.";
        String b = "\"it is IMPOSSIBLE,\" he said - twice. it's over.";
        assertThat(TextFingerprint.of(a)).isEqualTo(TextFingerprint.of(b)).hasSize(64).matches("[0-9a-f]+");
        assertThat(TextFingerprint.shortId(a)).hasSize(16).isEqualTo(TextFingerprint.of(a).substring(0, 16));
        assertThat(TextFingerprint.of("It is possible.")).isNotEqualTo(TextFingerprint.of("It is impossible."));
    }

    @Test
    void canonicalUrlDropsTrackingFragmentDefaultPortAndTrailingSlashAndSortsParameters() {
        assertThat(CanonicalUrl.of("HTTPS://News.Example.COM:443/world/story/?utm_source=tw&b=2&fbclid=x&a=1&gclid=y#top"))
                .isEqualTo("https://news.example.com/world/story?a=1&b=2");
        assertThat(CanonicalUrl.of("http://example.com:80/")).isEqualTo("http://example.com");
        assertThat(CanonicalUrl.of("http://example.com:8080/a/../b")).isEqualTo("http://example.com:8080/b");
    }

    @Test
    void canonicalUrlRejectsNonHttpUrls() {
        assertThatThrownBy(() -> CanonicalUrl.of("ftp://example.com/a")).isInstanceOf(IngestException.class);
        assertThatThrownBy(() -> CanonicalUrl.of("not a url")).isInstanceOf(IngestException.class);
    }
}

package dev.attache.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TelegramConfigTest {

    @Test
    void noTokenMeansTelegramIsNotConfigured() {
        assertThat(TelegramConfig.fromEnvironment(Map.of())).isEmpty();
        assertThat(TelegramConfig.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "  "))).isEmpty();
    }

    @Test
    void readsTokenOperatorsAndApiUrl() {
        TelegramConfig c = TelegramConfig.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "123:abc",
                "TELEGRAM_OPERATORS", "42, 7 ,99", "TELEGRAM_API_URL", "http://127.0.0.1:8081/")).orElseThrow();
        assertThat(c.token()).isEqualTo("123:abc");
        assertThat(c.operators()).containsExactlyInAnyOrder("42", "7", "99");
        assertThat(c.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8081"));
        assertThat(c.fileUrl("documents/file_3.txt")).isEqualTo("http://127.0.0.1:8081/file/bot123:abc/documents/file_3.txt");
    }

    @Test
    void defaultsToThePublicBotApi() {
        TelegramConfig c = TelegramConfig.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "123:abc")).orElseThrow();
        assertThat(c.apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
        assertThat(c.port()).isEqualTo(443);
        assertThat(c.operators()).isEmpty();
    }

    @Test
    void toStringNeverShowsTheToken() {
        TelegramConfig c = TelegramConfig.of("123:very-secret", Set.of("1"));
        assertThat(c.toString()).doesNotContain("very-secret").contains("123");
    }

    @Test
    void rejectsMalformedValues() {
        assertThatThrownBy(() -> TelegramConfig.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "1:a",
                "TELEGRAM_OPERATORS", "@alice"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numeric");
        assertThatThrownBy(() -> TelegramConfig.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", "1:a",
                "TELEGRAM_API_URL", "ftp://x"))).isInstanceOf(IllegalArgumentException.class);
    }
}

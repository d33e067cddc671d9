package dev.attache.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.core.ops.Caller;
import dev.attache.core.ops.Operators;
import dev.attache.core.ops.Platform;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscordConfigTest {

    @Test
    void anEmptyEnvironmentDisablesTheBot() {
        DiscordConfig config = DiscordConfig.fromEnvironment(Map.of());
        assertThat(config.token()).isEmpty();
        assertThat(config.enabled()).isFalse();
        assertThat(config.operators()).isEmpty();
        assertThat(config.guild()).isEmpty();
        assertThat(config.apiUrl()).isEmpty();
        assertThat(config.gatewayUrl()).isEmpty();
    }

    @Test
    void readsEveryVariableAndSplitsIdLists() {
        DiscordConfig config = DiscordConfig.fromEnvironment(Map.of(
                "DISCORD_BOT_TOKEN", " secret-token ",
                "DISCORD_OPERATORS", "111, 222;333",
                "DISCORD_OPERATOR_ROLES", "444",
                "DISCORD_GUILD", "555",
                "DISCORD_API_URL", "http://127.0.0.1:9000/api/v10",
                "DISCORD_GATEWAY_URL", "ws://127.0.0.1:9001"));
        assertThat(config.token()).contains("secret-token");
        assertThat(config.operators()).containsExactlyInAnyOrder("111", "222", "333");
        assertThat(config.operatorRoles()).containsExactly("444");
        assertThat(config.guild()).contains("555");
        assertThat(config.apiUrl()).contains("http://127.0.0.1:9000/api/v10/");
        assertThat(config.gatewayUrl()).contains("ws://127.0.0.1:9001");
    }

    @Test
    void neverPrintsTheToken() {
        DiscordConfig config = DiscordConfig.fromEnvironment(Map.of("DISCORD_BOT_TOKEN", "MTIz.secret.value"));
        assertThat(config.toString()).doesNotContain("MTIz").doesNotContain("secret").contains("(set)");
    }

    @Test
    void rejectsAnApiUrlThatDoesNotEndInApiV10WithAMessageNamingTheVariable() {
        assertThatThrownBy(() -> DiscordConfig.fromEnvironment(Map.of("DISCORD_API_URL", "http://127.0.0.1:1/api/")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DISCORD_API_URL")
                .hasMessageContaining("/api/v10/");
        assertThatThrownBy(() -> DiscordConfig.fromEnvironment(Map.of("DISCORD_GATEWAY_URL", "http://x")))
                .hasMessageContaining("DISCORD_GATEWAY_URL");
    }

    @Test
    void rejectsIdsThatAreNotSnowflakes() {
        assertThatThrownBy(() -> DiscordConfig.fromEnvironment(Map.of("DISCORD_OPERATORS", "alice")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DISCORD_OPERATORS")
                .hasMessageContaining("alice");
        assertThatThrownBy(() -> DiscordConfig.fromEnvironment(Map.of("DISCORD_GUILD", "my-server")))
                .hasMessageContaining("DISCORD_GUILD");
    }

    @Test
    void addsItsOperatorsToCoreOperatorsWithoutDroppingOthers() {
        DiscordConfig config = DiscordConfig.fromEnvironment(Map.of(
                "DISCORD_OPERATORS", "111", "DISCORD_OPERATOR_ROLES", "444"));
        Operators merged = config.addTo(new Operators(Map.of(Platform.TELEGRAM, Set.of("9")), Set.of()));
        assertThat(merged.permits(Caller.of(Platform.DISCORD, "111"))).isTrue();
        assertThat(merged.permits(new Caller(Platform.DISCORD, "222", Set.of("444")))).isTrue();
        assertThat(merged.permits(Caller.of(Platform.DISCORD, "222"))).isFalse();
        assertThat(merged.permits(Caller.of(Platform.TELEGRAM, "9"))).isTrue();
    }
}

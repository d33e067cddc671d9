package dev.attache.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.Operators;
import dev.attache.core.ops.Platform;
import dev.attache.core.ops.RemoveOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authorization lives in core: whatever adapter calls {@link Attache}, only operators add, remove
 * and import, and every such action, allowed or denied, is a line of {@code DATA/audit.jsonl}.
 */
class AuthorizationTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Caller TELEGRAM_OPERATOR = Caller.of(Platform.TELEGRAM, "111");
    static final Caller DISCORD_OPERATOR = Caller.of(Platform.DISCORD, "222");
    static final Caller DISCORD_ROLE_HOLDER = new Caller(Platform.DISCORD, "333", Set.of("role-ops"));
    static final List<Caller> STRANGERS = List.of(
            Caller.of(Platform.TELEGRAM, "999"),
            Caller.of(Platform.TELEGRAM, "222"), // a Discord operator's id means nothing on Telegram
            Caller.of(Platform.DISCORD, "111"), // and the other way round
            new Caller(Platform.DISCORD, "444", Set.of("role-members")),
            new Caller(Platform.TELEGRAM, "555", Set.of("role-ops"))); // roles count on Discord only

    @TempDir
    Path dir;

    Attache attache;

    @BeforeEach
    void open() throws Exception {
        attache = Attache.open(AttacheConfig.at(dir).withOperators(new Operators(
                Map.of(Platform.TELEGRAM, Set.of("111"), Platform.DISCORD, Set.of("222")), Set.of("role-ops"))));
    }

    @AfterEach
    void close() throws Exception {
        attache.close();
    }

    private static AddRequest article(String place) {
        return new AddRequest.FromText("Ferry fares in " + place + "\n\nThe council of " + place
                + " cut ferry fares on Monday. \"Fares must fall,\" said Ada Venn, the mayor of " + place + ".");
    }

    private List<JsonNode> audit() throws Exception {
        Path file = dir.resolve("audit.jsonl");
        return Files.readAllLines(file).stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("audit line is not JSON: " + l, e);
            }
        }).toList();
    }

    @Test
    void strangersCannotAddRemoveImportCompactOrReattributeOnAnyPlatformAndEachAttemptIsAudited() throws Exception {
        AddOutcome seeded = attache.add(TELEGRAM_OPERATOR, article("Orwick"));
        String id = ((AddOutcome.Added) seeded).article().id();
        Path file = Files.writeString(dir.resolve("bulk.txt"), "Bulk piece on Strandholm\n\nStrandholm raised port fees.");
        for (Caller stranger : STRANGERS) {
            assertThat(attache.isOperator(stranger)).as("%s", stranger).isFalse();
            assertThat(attache.add(stranger, article("Lenmouth"))).isInstanceOf(AddOutcome.Denied.class);
            assertThat(attache.remove(stranger, id)).isInstanceOf(RemoveOutcome.Denied.class);
            assertThatThrownBy(() -> attache.importPaths(stranger, List.of(file), ImportProgress.NONE))
                    .isInstanceOf(SecurityException.class).hasMessageContaining("operators");
            assertThatThrownBy(() -> attache.compact(stranger))
                    .isInstanceOf(SecurityException.class).hasMessageContaining("operators");
            assertThatThrownBy(() -> attache.reattribute(stranger, (done, total) -> { }))
                    .isInstanceOf(SecurityException.class).hasMessageContaining("operators");
        }
        assertThat(attache.stats().articles()).isEqualTo(1);
        assertThat(attache.article(id)).isPresent();

        List<JsonNode> lines = audit();
        assertThat(lines).hasSize(1 + 5 * STRANGERS.size());
        for (Caller stranger : STRANGERS) {
            List<JsonNode> theirs = lines.stream()
                    .filter(l -> l.path("platform").asText().equals(stranger.platform().name().toLowerCase())
                            && l.path("user").asText().equals(stranger.userId()))
                    .toList();
            assertThat(theirs).extracting(l -> l.path("action").asText()).contains("add", "remove", "import", "compact", "reattribute");
            assertThat(theirs).allSatisfy(l -> {
                assertThat(l.path("outcome").asText()).isEqualTo("denied");
                assertThat(l.path("at").asText()).isNotBlank();
            });
        }
    }

    @Test
    void operatorsOfEveryPlatformMayChangeTheLibraryAndEveryChangeIsAudited() throws Exception {
        List<Caller> operators = List.of(TELEGRAM_OPERATOR, DISCORD_OPERATOR, DISCORD_ROLE_HOLDER,
                Caller.local(Platform.CONSOLE), Caller.local(Platform.CLI));
        int n = 0;
        for (Caller operator : operators) {
            String place = "Harrowgate" + (char) ('a' + n++);
            AddOutcome added = attache.add(operator, article(place));
            assertThat(added).as("%s", operator).isInstanceOf(AddOutcome.Added.class);
            String id = ((AddOutcome.Added) added).article().id();
            assertThat(attache.remove(operator, id)).isInstanceOf(RemoveOutcome.Removed.class);
            assertThat(attache.article(id)).isEmpty();
        }
        Path file = Files.writeString(dir.resolve("bulk.txt"), "Bulk piece on Strandholm\n\nStrandholm raised port fees.");
        assertThat(attache.importPaths(Caller.local(Platform.CLI), List.of(file), ImportProgress.NONE).added()).isEqualTo(1);

        List<JsonNode> lines = audit();
        assertThat(lines).hasSize(2 * operators.size() + 1);
        for (Caller operator : operators) {
            assertThat(lines).filteredOn(l -> l.path("user").asText().equals(operator.userId())
                            && l.path("platform").asText().equals(operator.platform().name().toLowerCase()))
                    .extracting(l -> l.path("action").asText() + " " + l.path("outcome").asText().split(" ")[0])
                    .contains("add added", "remove removed");
        }
        assertThat(lines.getLast().path("action").asText()).isEqualTo("import");
        assertThat(lines.getLast().path("outcome").asText()).contains("added=1");
    }
}

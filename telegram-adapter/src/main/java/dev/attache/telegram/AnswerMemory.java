package dev.attache.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.attache.core.answer.Answer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * What the buttons under an answer need to remember: the answer behind a short key (Telegram
 * allows only 64 bytes of callback data), how many of its points were shown, who voted on it, and
 * the last answer in each chat for {@code /sources}. Bounded and expiring (Caffeine), so memory
 * stays flat however long the bot runs; a button pressed after its answer expired says so.
 */
final class AnswerMemory {

    /** Answers remembered for their buttons. */
    static final int MAX_ANSWERS = 20_000;
    /** How long a button under an answer keeps working. */
    static final Duration ANSWER_TTL = Duration.ofHours(24);
    /** Length of the key in callback data; with the action and separator 12 bytes in all. */
    static final int KEY_CHARS = 10;

    enum Action {
        SOURCES("s"), MORE("m"), UP("u"), DOWN("d");

        final String code;

        Action(String code) {
            this.code = code;
        }

        static Optional<Action> of(String code) {
            for (Action a : values()) {
                if (a.code.equals(code)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
    }

    /** An answer as shown in one chat: {@code shown} of its points are on screen. */
    record Shown(Answer answer, long chatId, int shown) {}

    /** A decoded button press. */
    record Press(Action action, String key) {}

    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Shown> byKey = Caffeine.newBuilder()
            .maximumSize(MAX_ANSWERS).expireAfterAccess(ANSWER_TTL).build();
    private final Cache<Long, Answer> lastInChat = Caffeine.newBuilder()
            .maximumSize(MAX_ANSWERS).expireAfterAccess(ANSWER_TTL).build();
    private final Cache<String, Boolean> votes = Caffeine.newBuilder()
            .maximumSize(4L * MAX_ANSWERS).expireAfterWrite(ANSWER_TTL).build();

    /** Remembers an answer shown in a chat and returns its key. */
    String remember(Answer answer, long chatId, int shown) {
        String key = newKey();
        byKey.put(key, new Shown(answer, chatId, shown));
        lastInChat.put(chatId, answer);
        return key;
    }

    Optional<Shown> get(String key) {
        return Optional.ofNullable(byKey.getIfPresent(key));
    }

    /** Advances the points shown for {@code key} by up to {@code page}; the range to show next. */
    Optional<int[]> nextPage(String key, int page) {
        int[] range = new int[2];
        Shown updated = byKey.asMap().computeIfPresent(key, (k, s) -> {
            range[0] = s.shown();
            range[1] = Math.min(s.answer().points().size(), s.shown() + page);
            return new Shown(s.answer(), s.chatId(), range[1]);
        });
        return updated == null || range[0] >= range[1] ? Optional.empty() : Optional.of(range);
    }

    Optional<Answer> lastAnswer(long chatId) {
        return Optional.ofNullable(lastInChat.getIfPresent(chatId));
    }

    /** True the first time {@code userId} votes on the answer behind {@code key}. */
    boolean firstVote(String key, String userId) {
        return votes.asMap().putIfAbsent(key + "/" + userId, Boolean.TRUE) == null;
    }

    /** The inline keyboard under an answer: Sources, More (when points remain), 👍, 👎. */
    static InlineKeyboardMarkup keyboard(String key, Answer answer, int shown) {
        InlineKeyboardRow row = new InlineKeyboardRow();
        if (answer.answered() && !answer.sources().isEmpty()) {
            row.add(button("📚 Sources", Action.SOURCES, key));
        }
        if (answer.answered() && shown < answer.points().size()) {
            row.add(button("More ▸", Action.MORE, key));
        }
        row.add(button("👍", Action.UP, key));
        row.add(button("👎", Action.DOWN, key));
        return InlineKeyboardMarkup.builder().keyboardRow(row).build();
    }

    static String data(Action action, String key) {
        String data = action.code + ":" + key;
        if (data.getBytes(StandardCharsets.UTF_8).length >= TelegramRenderer.MAX_CALLBACK_DATA_BYTES) {
            throw new IllegalStateException("callback data too long: " + data);
        }
        return data;
    }

    static Optional<Press> parse(String data) {
        if (data == null) {
            return Optional.empty();
        }
        int colon = data.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        return Action.of(data.substring(0, colon)).map(a -> new Press(a, data.substring(colon + 1)));
    }

    private static InlineKeyboardButton button(String text, Action action, String key) {
        return InlineKeyboardButton.builder().text(text).callbackData(data(action, key)).build();
    }

    private String newKey() {
        StringBuilder sb = new StringBuilder(KEY_CHARS);
        for (int i = 0; i < KEY_CHARS; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}

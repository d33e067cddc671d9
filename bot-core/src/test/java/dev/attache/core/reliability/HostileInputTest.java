package dev.attache.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.core.Attache;
import dev.attache.core.AttacheConfig;
import dev.attache.core.answer.Answer;
import dev.attache.core.answer.Point;
import dev.attache.core.answer.Question;
import dev.attache.core.ops.AddOutcome;
import dev.attache.core.ops.AddRequest;
import dev.attache.core.ops.Caller;
import dev.attache.core.ops.ImportProgress;
import dev.attache.core.ops.ImportReport;
import dev.attache.core.ops.Limits;
import dev.attache.core.ops.Platform;
import dev.attache.core.testing.SharedData;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input through the facade, generated here (nothing copied in): every input gets a
 * clear rejection or a correct result, nothing throws except the documented
 * {@link IllegalArgumentException} for questions, and the library keeps what it had — its article
 * count and the seed article's answer are unchanged after each.
 */
class HostileInputTest {

    static final Caller OPERATOR = Caller.local(Platform.CLI);
    static final String KNOWN_QUESTION = "Could China create an Asian NATO?";
    static final long SEED = 20_260_801L;

    @TempDir
    Path dir;

    Attache attache;
    long articles;

    @BeforeEach
    void openWithTheSeedArticle() throws Exception {
        attache = open(Limits.defaults());
    }

    private Attache open(Limits limits) throws Exception {
        Attache a = Attache.open(AttacheConfig.at(dir).withLimits(limits));
        if (a.stats().articles() == 0) {
            byte[] seed = Files.readAllBytes(SharedData.file("seed/asian-nato.txt"));
            assertThat(a.add(OPERATOR, new AddRequest.FromFile("asian-nato.txt", seed))).isInstanceOf(AddOutcome.Added.class);
        }
        articles = a.stats().articles();
        return a;
    }

    private void reopen(Limits limits) throws Exception {
        attache.close();
        attache = open(limits);
    }

    @AfterEach
    void close() throws Exception {
        assertLibraryIntact();
        attache.close();
    }

    /** Nothing indexed was lost: the count is what the test expects and the known answer still stands. */
    private void assertLibraryIntact() {
        assertThat(attache.stats().articles()).isEqualTo(articles);
        Answer answer = attache.ask(Question.of(KNOWN_QUESTION));
        assertThat(answer.answered()).isTrue();
        assertThat(answer.points()).anySatisfy(p -> assertThat(p.speaker().map(s -> s.name()).orElse(""))
                .isEqualTo("Vasiliy Kashin"));
    }

    private AddOutcome.Rejected rejected(AddRequest request) {
        AddOutcome outcome = attache.add(OPERATOR, request);
        assertThat(outcome).isInstanceOf(AddOutcome.Rejected.class);
        AddOutcome.Rejected r = (AddOutcome.Rejected) outcome;
        assertThat(r.reason()).isNotBlank().doesNotContain("Exception");
        return r;
    }

    /** Added (the library grows by one) or rejected with a reason; never an exception. */
    private AddOutcome addedOrRejected(AddRequest request) {
        AddOutcome outcome = attache.add(OPERATOR, request);
        switch (outcome) {
            case AddOutcome.Added a -> articles++;
            case AddOutcome.Rejected r -> assertThat(r.reason()).isNotBlank().doesNotContain("Exception");
            default -> throw new AssertionError("unexpected " + outcome);
        }
        return outcome;
    }

    private AddOutcome.Added added(AddRequest request) {
        AddOutcome outcome = attache.add(OPERATOR, request);
        assertThat(outcome).isInstanceOf(AddOutcome.Added.class);
        articles++;
        return (AddOutcome.Added) outcome;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    // --- files

    @Test
    void randomBinaryFilesAreRejectedOrIndexedAsTextWithoutHarm() {
        Random random = new Random(SEED);
        for (String name : List.of("blob.bin", "page.html", "notes.txt", "post.md", "rows.jsonl", "archive.jsonl.gz")) {
            byte[] bytes = new byte[4096 + random.nextInt(4096)];
            random.nextBytes(bytes);
            addedOrRejected(new AddRequest.FromFile(name, bytes));
        }
        assertThat(rejected(new AddRequest.FromFile("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}))
                .reason()).isNotBlank();
    }

    @Test
    void invalidUtf8IsReadWithReplacementsOrRejectedClearly() {
        byte[] head = utf8("Harbour dues in Skellavik\n\nThe council of Skellavik raised harbour dues on Monday. ");
        byte[] broken = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80,
                (byte) 0xF0, (byte) 0x28, (byte) 0x8C};
        byte[] tail = utf8(" Fishermen protested at the quay.");
        byte[] bytes = new byte[head.length + broken.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(broken, 0, bytes, head.length, broken.length);
        System.arraycopy(tail, 0, bytes, head.length + broken.length, tail.length);
        for (String name : List.of("dues.txt", "dues.md", "dues.html")) {
            AddOutcome outcome = addedOrRejected(new AddRequest.FromFile(name, bytes));
            if (outcome instanceof AddOutcome.Added) {
                assertThat(attache.ask(Question.of("Skellavik harbour dues")).answered()).isTrue();
                break; // the same text again would be a duplicate
            }
        }
    }

    @Test
    void emptyAndBlankFilesAreRejectedAsHavingNoText() {
        for (String name : List.of("empty.txt", "empty.md", "empty.html", "empty.jsonl")) {
            rejected(new AddRequest.FromFile(name, new byte[0]));
        }
        assertThat(rejected(new AddRequest.FromFile("blank.txt", utf8(" \n\t\n \u00A0 \n"))).reason())
                .contains("no article text");
        rejected(new AddRequest.FromText("   \n  "));
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedBeforeItIsParsed() throws Exception {
        reopen(new Limits(2_000, 64 * 1024, 2_000));
        byte[] big = utf8(("Tariffs on grain rose again. ").repeat(3_000));
        assertThat(big.length).isGreaterThan(64 * 1024);
        assertThat(rejected(new AddRequest.FromFile("big.txt", big)).reason()).contains("limit").contains("65536");
    }

    @Test
    void aHundredMegabyteFileIsRejectedByTheBulkImportWithoutBeingRead() throws Exception {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024); // sparse: 100 MB on paper, nothing to read into memory
        }
        ImportReport report = attache.importPaths(OPERATOR, List.of(big), ImportProgress.NONE);
        assertThat(report.added()).isZero();
        assertThat(report.rejected()).singleElement().satisfies(r -> assertThat(r.reason()).contains("larger than the limit"));
    }

    @Test
    void aSingleLineOfAMillionCharactersIsIndexedWithinThePassageLimit() throws Exception {
        reopen(new Limits(2_000, 20L * 1024 * 1024, 50));
        StringBuilder line = new StringBuilder("Longline report: ");
        int n = 0;
        while (line.length() < 1_000_000) {
            line.append("Delegate ").append(n % 97).append(" of Brannoch spoke about ferry quotas and canal tolls. ");
            n++;
        }
        AddOutcome.Added a = added(new AddRequest.FromText(line.toString()));
        assertThat(a.article().passages()).isBetween(1, 50);
        assertThat(attache.ask(Question.of("Brannoch ferry quotas canal tolls")).answered()).isTrue();
        // Without spaces at all: one 1M-character token.
        addedOrRejected(new AddRequest.FromFile("token.txt", utf8("x".repeat(1_000_000))));
    }

    @Test
    void htmlNestedFiftyThousandDeepDoesNotOverflowTheStack() {
        String html = "<html><head><title>Deep page of Quarrowmere</title></head><body>"
                + "<div>".repeat(50_000) + "<p>The assembly of Quarrowmere voted to dredge the harbour.</p>"
                + "</div>".repeat(50_000) + "</body></html>";
        addedOrRejected(new AddRequest.FromFile("deep.html", utf8(html)));
        String unclosed = "<html><body>" + "<span><b><i>".repeat(17_000) + "Quarrowmere unclosed tags";
        addedOrRejected(new AddRequest.FromFile("unclosed.html", utf8(unclosed)));
    }

    @Test
    void pagesOfOnlyScriptsAndStylesOrOnlyBoilerplateAreRejected() {
        String scripts = "<html><head><style>body{color:red} p::after{content:'Quote'}</style>"
                + "<script>var said = \"the minister said\"; document.write(said);</script></head><body>"
                + "<script>for(;;){}</script><noscript></noscript><style>.x{}</style></body></html>";
        assertThat(rejected(new AddRequest.FromFile("scripts.html", utf8(scripts))).reason())
                .containsIgnoringCase("no article text");
        String boilerplate = String.join("\n", "- Advertisement -", "0 1,569", "Share", "Tweet",
                "Subscribe to our newsletter", "Sign up for our newsletter", "Advertisement", "Share this article");
        for (AddRequest r : List.of(new AddRequest.FromText(boilerplate),
                new AddRequest.FromFile("ads.html", utf8("<html><body><p>" + boilerplate.replace("\n", "</p><p>")
                        + "</p></body></html>")))) {
            AddOutcome outcome = attache.add(OPERATOR, r);
            assertThat(outcome).as("boilerplate-only input").isInstanceOf(AddOutcome.Rejected.class);
        }
    }

    @Test
    void zeroWidthRtlAndEmojiAreIndexedSafelyAndAnswerable() {
        String text = "Wind farms off Tarrowby\u200B\u200C\u200D\uFEFF\n\n"
                + "The council of Tarrowby approved three wind farms 🌬️🌊 on Friday. \u202Eevil\u202C "
                + "\u05E9\u05DC\u05D5\u05DD and \u0645\u0631\u062D\u0628\u0627 were painted on the turbines \u200F.\n\n"
                + "\"We will power every home in Tarrowby by 2030 👍🏽,\" said Ines Marrow, the council's energy chief.";
        added(new AddRequest.FromText(text));
        Answer answer = attache.ask(Question.of("Tarrowby 🌬️ wind\u200B farms\u202E?"));
        assertThat(answer.answered()).isTrue();
        // A question with no letter or digit has no words to look for: the user is asked for some.
        for (String wordless : List.of("\u200B\u200C\u200D\uFEFF", "👍🏽🌊🌬️", "?!…", "\u202E\u200F")) {
            assertThatThrownBy(() -> attache.ask(Question.of(wordless))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("in words");
        }
    }

    @Test
    void controlCharactersInTextAreRejectedAsBinaryOrStrippedNeverStored() {
        String text = "Ports of Kelloway\n\nThe harbour of Kelloway reopened on Monday.\u0000\u0007"
                + "\u001B[31m red\u001B[0m \u0008\u007F end. \"Ships may dock again,\" said Ada Venn, the harbour master.";
        AddOutcome outcome = addedOrRejected(new AddRequest.FromText(text));
        if (outcome instanceof AddOutcome.Rejected r) {
            assertThat(r.reason()).contains("binary");
        } else {
            Answer answer = attache.ask(Question.of("Kelloway harbour reopened"));
            assertThat(answer.points()).allSatisfy(p -> assertThat(p.text()).doesNotContain("\u0000", "\u001B"));
        }
        // Control characters without NUL, in a file: the same rules.
        addedOrRejected(new AddRequest.FromFile("ctl.txt", utf8(text.replace("\u0000", "").replace("Kelloway", "Kellowmere"))));
        assertThatThrownBy(() -> attache.ask(Question.of("\u0000\u0007\u001B"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void telegramHtmlAndDiscordMarkdownInsideArticlesAreKeptAsTextAndQuotedVerbatim() {
        String text = "Markup in Velmora\n\n"
                + "The mayor of Velmora posted <b>bold</b> <a href=\"javascript:alert(1)\">claims</a> &amp; <tg-spoiler>x</tg-spoiler> "
                + "and **stars** __under__ ||spoiler|| `code` @everyone <@123> on the ferry budget.\n\n"
                + "\"The <i>ferry</i> budget of Velmora is **settled**,\" said Oren Dahl, the mayor of Velmora.";
        added(new AddRequest.FromText(text));
        Answer answer = attache.ask(Question.of("What did Oren Dahl say about the <b>ferry</b> **budget** of Velmora?"));
        assertThat(answer.answered()).isTrue();
        assertThat(answer.points()).filteredOn(p -> p.kind() == Point.Kind.QUOTE)
                .allSatisfy(p -> assertThat(text).contains(p.text().replace("…", "").strip()));
    }

    // --- questions

    @Test
    void luceneQuerySyntaxInQuestionsIsTakenAsWords() {
        for (String q : List.of("title:China AND (NATO OR Asia)~2", "\"unclosed phrase", "*?^~\\/[a TO z]{}!-+&&||",
                "NATO^100 China*", "/regex.*/", "field:\"x\" -NOT +AND", "AND OR NOT")) {
            Answer answer = attache.ask(Question.of(q));
            assertThat(answer.status()).isNotNull();
        }
        for (String q : List.of(":::", "(((((((((", "\\")) {
            assertThatThrownBy(() -> attache.ask(Question.of(q))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("in words");
        }
        assertThat(attache.ask(Question.of("Asian NATO^9 China~ (create)*")).answered()).isTrue();
    }

    @Test
    void aTenThousandCharacterQuestionGetsTheLimitMessageAndARaisedLimitIsHonoured() throws Exception {
        String tenThousand = "Could China create an Asian NATO? ".repeat(300).substring(0, 10_000);
        assertThatThrownBy(() -> attache.ask(Question.of(tenThousand))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10000").hasMessageContaining("2000");
        reopen(new Limits(20_000, Limits.defaults().maxFileBytes(), Limits.defaults().maxPassagesPerArticle()));
        assertThat(attache.ask(Question.of(tenThousand)).answered()).isTrue();
        String words = new Random(SEED).ints(2_000, 0, 1_000_000).mapToObj(i -> "w" + i)
                .reduce((x, y) -> x + " " + y).orElseThrow();
        assertThat(attache.ask(Question.of(words.substring(0, Math.min(words.length(), 10_000)))).status()).isNotNull();
    }

    @Test
    void emptyAndControlOnlyQuestionsGetAClearMessage() {
        for (String q : List.of("", "   ", "\n\t", "\u0000\u0007\u001B")) {
            assertThatThrownBy(() -> attache.ask(Question.of(q))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Ask a question in words");
        }
    }

    @Test
    void aQuestionOfManyDistinctShortWordsWithinTheDefaultLimitIsAnsweredNotAnError() {
        StringBuilder q = new StringBuilder("Could China create an Asian NATO?");
        for (int i = 0; q.length() < 1_990; i++) {
            q.append(' ').append((char) ('b' + i % 24)).append((char) ('b' + i / 24 % 24));
        }
        assertThat(q.length()).isLessThanOrEqualTo(Limits.defaults().maxQuestionChars());
        assertThat(attache.ask(Question.of(q.toString())).status()).isNotNull();
    }

    @Test
    void thePassageLimitIsHonoured() throws Exception {
        reopen(new Limits(2_000, Limits.defaults().maxFileBytes(), 3));
        StringBuilder text = new StringBuilder("Many paragraphs about Orrinford\n\n");
        for (int i = 0; i < 200; i++) {
            text.append("Paragraph ").append(i).append(" says the levy of Orrinford rose by ").append(i)
                    .append(" percent after a long debate among the councillors of the district.\n\n");
        }
        AddOutcome.Added a = added(new AddRequest.FromText(text.toString()));
        assertThat(a.article().passages()).isBetween(1, 3);
    }
}

package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.core.attribution.Speaker;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether a statement names its speaker itself, so that a renderer does not put "According to" before it. */
class PointTest {

    @Test
    void aStatementNamingItsSpeakerByTheLastOrFirstWordOfTheName() {
        assertThat(statementBy("Tova Lind", "Lind said the basin would be dredged.").textNamesSpeaker()).isTrue();
        // a family name that comes first
        assertThat(statementBy("Zhao Ziyang", "Zhao said exports should cost less.").textNamesSpeaker()).isTrue();
        assertThat(statementBy("Wang Yi", "In Honiara last week, Wang condemned the deal.").textNamesSpeaker()).isTrue();
        assertThat(statementBy("Ana Ruiz-Lind", "Ruiz-Lind said so.").textNamesSpeaker()).isTrue();
        assertThat(statementBy("Seamus O'Hale", "O'Hale said so.").textNamesSpeaker()).isTrue();
        assertThat(statementBy("UN", "The group grows, according to the UN analysis.").textNamesSpeaker()).isTrue();
        assertThat(statementBy("U.N.", "Ferries left, the U.N. reported.").textNamesSpeaker()).isTrue();
    }

    @Test
    void aWordOfTheNameInsideAnotherWordOrAnInitialNamesNoOne() {
        assertThat(statementBy("Jo Lee", "The fleet sails from Leeds in June.").textNamesSpeaker()).isFalse();
        assertThat(statementBy("J. R. Lind", "J. R. R. Tolkien wrote of harbours.").textNamesSpeaker()).isFalse();
        assertThat(statementBy("Tova Lind", "The basin will be dredged in June.").textNamesSpeaker()).isFalse();
        // a word inside the name is none ("Ghana’s" of "Pulse Ghana’s Evans Effah")
        assertThat(statementBy("Harbor Radio’s Ivo Marsh", "Radio’s listeners grew in June.").textNamesSpeaker()).isFalse();
        // a first word elsewhere than as the sentence's subject is another thing ("Los Angeles" of the Dodgers)
        assertThat(statementBy("Port Orin Rowers", "The fleet left Port Orin in June.").textNamesSpeaker()).isFalse();
    }

    private static Point statementBy(String name, String text) {
        return new Point(text, Point.Kind.STATEMENT, Optional.of(new Speaker(name, "", "")), "said", 1, "a#0");
    }
}

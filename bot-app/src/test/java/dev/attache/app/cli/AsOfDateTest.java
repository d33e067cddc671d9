package dev.attache.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AsOfDateTest {

    @Test
    void aDateIsReadWithDashesOrSlashesOrFromATimestamp() {
        assertThat(AsOfDate.parse("2022-06-16")).isEqualTo(LocalDate.of(2022, 6, 16));
        assertThat(AsOfDate.parse(" 2022/06/16 ")).isEqualTo(LocalDate.of(2022, 6, 16));
        assertThat(AsOfDate.parse("2022-06-16T08:30:00Z")).isEqualTo(LocalDate.of(2022, 6, 16));
    }

    @Test
    void anythingElseIsRefusedWithHowToWriteIt() {
        assertThatThrownBy(() -> AsOfDate.parse("16.06.2022")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'16.06.2022' is not a date; write it as YYYY-MM-DD");
        assertThatThrownBy(() -> AsOfDate.parse("")).hasMessage("'' is not a date; write it as YYYY-MM-DD");
    }

    @Test
    void theAskCommandSaysSoForItsOption() {
        CommandLine ask = new CommandLine(new AskCommand());
        StringWriter err = new StringWriter();
        ask.setErr(new PrintWriter(err));

        assertThat(ask.execute("--as-of", "notadate", "question")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--as-of': 'notadate' is not a date; write it as YYYY-MM-DD");
    }
}

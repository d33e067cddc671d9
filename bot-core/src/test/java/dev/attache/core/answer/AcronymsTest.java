package dev.attache.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcronymsTest {

    @Test
    void anAcronymIsTwoToSixCapitalsWithOrWithoutDots() {
        assertThat(Acronyms.isAcronym("UN")).isTrue();
        assertThat(Acronyms.isAcronym("U.N.")).isTrue();
        assertThat(Acronyms.isAcronym("U.S")).isTrue();
        assertThat(Acronyms.isAcronym("NATO")).isTrue();
        assertThat(Acronyms.isAcronym("Un")).isFalse();
        assertThat(Acronyms.isAcronym("A.")).isFalse();
        assertThat(Acronyms.isAcronym("A")).isFalse();
        assertThat(Acronyms.isAcronym("ABCDEFG")).isFalse();
        assertThat(Acronyms.letters("U.N.")).isEqualTo("UN");
        assertThat(Acronyms.writtenForms("U.N.")).containsExactly("UN", "U.N.");
    }

    @Test
    void aBodysNameHasTheAcronymOfItsWordsInitialsLeavingOutConnectors() {
        assertThat(Acronyms.of("International Monetary Fund")).contains("IMF");
        assertThat(Acronyms.of("United Nations")).contains("UN");
        assertThat(Acronyms.of("Organization of the Petroleum Exporting Countries")).contains("OPEC");
        assertThat(Acronyms.of("Bank of the North Coast Federation")).contains("BNCF");
        assertThat(Acronyms.of("Non-Aligned Movement")).contains("NAM");
    }

    @Test
    void aPersonsNameOrANameHoldingAnAcronymHasNone() {
        assertThat(Acronyms.of("Alan Garcia")).isEmpty();
        assertThat(Acronyms.of("US Navy")).isEmpty();
        assertThat(Acronyms.of("Fund")).isEmpty();
        assertThat(Acronyms.of("world health organization")).isEmpty();
        assertThat(Acronyms.of("Alpha Beta Gamma Delta Epsilon Zeta Eta Union")).isEmpty();
    }

    @Test
    void theBodiesAPhraseNamesGiveTheirAcronyms() {
        assertThat(Acronyms.inPhrase("Secretary-General at the United Nations")).contains("UN");
        assertThat(Acronyms.inPhrase("United Nations Secretary-General")).contains("UN");
        assertThat(Acronyms.inPhrase("managing director of the International Monetary Fund")).contains("IMF");
        assertThat(Acronyms.inPhrase("Kestrian Foreign Minister")).isEmpty();
    }
}

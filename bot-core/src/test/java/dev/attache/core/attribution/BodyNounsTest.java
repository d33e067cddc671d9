package dev.attache.core.attribution;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyNounsTest {

    @Test
    void aCompanysNounFitsACompanysName() {
        assertTrue(BodyNouns.fits("company", "Holmdale Shipping Inc"));
        assertTrue(BodyNouns.fits("airline", "Vell Airlines"));
        assertTrue(BodyNouns.fits("company", "Holmdale"));
        assertFalse(BodyNouns.fits("company", "Vell Department of Health"), "a public body");
        assertFalse(BodyNouns.fits("company", "FDA"), "an agency's initials");
        assertFalse(BodyNouns.fits("company", "Russia"), "a country");
        assertFalse(BodyNouns.fits("company", "Harbor Times"), "a newspaper");
        assertFalse(BodyNouns.fits("company", "Rennick's disclosure"), "no name");
        assertFalse(BodyNouns.fits("company", "Tia Kasp"), "two words with no legal form or trade");
    }

    @Test
    void anotherBodysNounFitsANameThatHoldsIt() {
        assertTrue(BodyNouns.fits("ministry", "Vell Foreign Ministry"));
        assertTrue(BodyNouns.fits("agency", "VHA"));
        assertTrue(BodyNouns.fits("paper", "Harbor Times"));
        assertFalse(BodyNouns.fits("ministry", "Holmdale Shipping Inc"));
        assertFalse(BodyNouns.fits("administration", "Administration"), "the noun alone names no body");
        assertFalse(BodyNouns.fits("weather", "Vell Weather Service"), "no body's noun");
    }
}

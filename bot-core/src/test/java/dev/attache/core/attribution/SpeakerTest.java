package dev.attache.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpeakerTest {

    @Test
    void aCueFollowsTheRoleAfterACommaAndABareNameDirectly() {
        assertEquals("Ivo Marsh, Senator, said", new Speaker("Ivo Marsh", "Senator", "").introducing("said"));
        assertEquals("Ivo Marsh, analyst at the Harbor League, told Reuters",
                new Speaker("Ivo Marsh", "analyst", "the Harbor League").introducing("told Reuters"));
        assertEquals("Ivo Marsh said", new Speaker("Ivo Marsh", "", "").introducing("said"));
        assertEquals("Ivo Marsh says", new Speaker("Ivo Marsh", "", "").introducing("saying"));
        assertEquals("Ivo Marsh, Senator", new Speaker("Ivo Marsh", "Senator", "").introducing(""));
    }

    @Test
    void aCueInItsBareFormAgreesWithTheOneSpeaker() {
        assertEquals("Ivo Marsh stresses", new Speaker("Ivo Marsh", "", "").introducing("stress"));
        assertEquals("Ivo Marsh says", new Speaker("Ivo Marsh", "", "").introducing("say"));
        assertEquals("Ivo Marsh, Senator, agrees", new Speaker("Ivo Marsh", "Senator", "").introducing("agree"));
        assertEquals("Ivo Marsh said", new Speaker("Ivo Marsh", "", "").introducing("said"));
        assertEquals("Ivo Marsh says", new Speaker("Ivo Marsh", "", "").introducing("saying"));
        // a group named by a plural noun agrees as several ("…, adding" → "Fed officials add")
        assertEquals("Fed officials add", new Speaker("Fed officials", "", "").introducing("adding"));
        assertEquals("Harbor Associates adds", new Speaker("Harbor Associates", "", "").introducing("adding"));
        assertEquals("Ivo Marsh tells reporters", new Speaker("Ivo Marsh", "", "").introducing("telling reporters"));
        assertEquals("Ivo Marsh called for", new Speaker("Ivo Marsh", "", "").introducing("called for"));
        assertEquals("Ivo Marsh told Harbor Radio", new Speaker("Ivo Marsh", "", "").introducing("told Harbor Radio"));
    }

    @Test
    void accordingToGoesBeforeTheSpeaker() {
        assertEquals("According to the Joint Chiefs of Staff", new Speaker("the Joint Chiefs of Staff", "", "")
                .introducing("according to"));
        assertEquals("According to Ivo Marsh, Senator", new Speaker("Ivo Marsh", "Senator", "").introducing("According to"));
    }

    @Test
    void anOrganizationOfOneWordGoesBeforeTheRole() {
        assertEquals("Ivo Marsh, Ukrainian member of parliament, told Harbor Radio",
                new Speaker("Ivo Marsh", "member of parliament", "Ukrainian").introducing("told Harbor Radio"));
        assertEquals("Ivo Marsh, Kremlin spokesman", new Speaker("Ivo Marsh", "spokesman", "Kremlin").describe());
        assertEquals("Ivo Marsh, Kremlin", new Speaker("Ivo Marsh", "", "Kremlin").describe());
        // a public body's name takes "the" after "at", as the article's "Harbor House press secretary" would
        assertEquals("Ivo Marsh, press secretary at the Harbor House",
                new Speaker("Ivo Marsh", "press secretary", "Harbor House").describe());
        assertEquals("Ivo Marsh, chief economist at Lindenfeld Bank",
                new Speaker("Ivo Marsh", "chief economist", "Lindenfeld Bank").describe());
        assertEquals("Ivo Marsh, director at the Harbor League's Fish Council",
                new Speaker("Ivo Marsh", "director", "the Harbor League's Fish Council").describe());
        assertEquals("Ivo Marsh, fellow at Harbor League's Fish Council",
                new Speaker("Ivo Marsh", "fellow", "Harbor League's Fish Council").describe());
    }

    @Test
    void aTeamsOrFirmsNameEndingInAPluralGoesBeforeTheRole() {
        assertEquals("Ivo Marsh, Vell Harbor Seals quarterback",
                new Speaker("Ivo Marsh", "quarterback", "Vell Harbor Seals").describe());
        assertEquals("Ivo Marsh, analyst at Holm Brothers & Co",
                new Speaker("Ivo Marsh", "analyst", "Holm Brothers & Co").describe());
        assertEquals("Ivo Marsh, quarterback at the Vell Harbor Seals",
                new Speaker("Ivo Marsh", "quarterback", "the Vell Harbor Seals").describe());
        assertEquals("Ivo Marsh, director at Vell Fisheries Services",
                new Speaker("Ivo Marsh", "director", "Vell Fisheries Services").describe(), "a public body's word");
        assertEquals("Ivo Marsh, minister at Ministry of Ports",
                new Speaker("Ivo Marsh", "minister", "Ministry of Ports").describe(), "a plural after \"of\"");
    }

    @Test
    void anAgeOrAWordThatOpensACutOffRoleIsNoRole() {
        assertEquals("Ivo Marsh said", new Speaker("Ivo Marsh", "then 13", "").introducing("said"));
        assertEquals("Ivo Marsh said", new Speaker("Ivo Marsh", "59", "").introducing("said"));
        assertEquals("Ivo Marsh said", new Speaker("Ivo Marsh", "now", "").introducing("said"));
        assertEquals("Ivo Marsh said", new Speaker("Ivo Marsh", "Former", "").introducing("said"));
        assertEquals("Ivo Marsh said", new Speaker("Ivo Marsh", "U.S.", "").introducing("said"));
        assertEquals("Ivo Marsh, former mayor, said", new Speaker("Ivo Marsh", "former mayor", "").introducing("said"));
        assertEquals("Ivo Marsh, first lady, said", new Speaker("Ivo Marsh", "first lady", "").introducing("said"));
    }
}
